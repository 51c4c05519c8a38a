package org.minping.core.appraisal;

/** The way an appraisal reached the portal. */
public enum Channel {
    /** The portal's own web form. */
    WEB,
    /** A system calling the JSON API directly. */
    API,
    /** A mobile app. */
    APP,
    /** A self-service terminal in a service hall. */
    KIOSK,
    /** A hotline operator submitting on behalf of a caller. */
    HOTLINE
}

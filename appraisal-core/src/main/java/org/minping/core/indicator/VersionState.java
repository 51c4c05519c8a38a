package org.minping.core.indicator;

/** Where an indicator-system version stands: a draft is edited; a frozen version is in use by an opened cycle and never changes. */
public enum VersionState {
    DRAFT,
    FROZEN
}

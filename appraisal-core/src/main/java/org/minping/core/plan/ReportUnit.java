package org.minping.core.plan;

/** The unit of a plan's reporting interval: days, or calendar months (the same day of the month, or its last day). */
public enum ReportUnit {
    DAYS, MONTHS
}

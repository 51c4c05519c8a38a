package org.minping.core.indicator;

/** How an indicator is assessed: judged (定性) or measured against a target (定量). */
public enum Measure {
    QUALITATIVE,
    QUANTITATIVE
}

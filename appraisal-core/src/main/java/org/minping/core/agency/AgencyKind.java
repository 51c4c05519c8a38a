package org.minping.core.agency;

/** What sort of subject an agency is; the energy and budget tracks also evaluate enterprises and programmes. */
public enum AgencyKind {
    REGIONAL_GOVERNMENT,
    MINISTRY,
    STATE_COUNCIL_AGENCY,
    CENTRAL_ENTERPRISE,
    BUDGET_PROGRAMME
}

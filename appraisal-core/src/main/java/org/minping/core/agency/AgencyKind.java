package org.minping.core.agency;

/**
 * What sort of subject an agency is; the energy and budget tracks also evaluate enterprises and
 * programmes. A regional government (a province or a city) may have departments under it.
 */
public enum AgencyKind {
    REGIONAL_GOVERNMENT,
    DEPARTMENT,
    MINISTRY,
    STATE_COUNCIL_AGENCY,
    CENTRAL_ENTERPRISE,
    BUDGET_PROGRAMME
}

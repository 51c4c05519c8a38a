package org.minping.core.agency;

import org.minping.core.shared.CodeName;
import org.minping.core.shared.Localized;

/** What a search result shows of an agency. */
public record AgencySummary(String code, Localized name, String shortNameZh, AgencyKind kind,
                            CodeName track, CodeName region) {

    static AgencySummary of(Agency agency) {
        return new AgencySummary(agency.code(), agency.name(), agency.shortNameZh(), agency.kind(),
                new CodeName(agency.track().code(), agency.track().name()),
                new CodeName(agency.region().code(), agency.region().name()));
    }
}

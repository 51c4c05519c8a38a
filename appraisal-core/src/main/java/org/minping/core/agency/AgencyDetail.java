package org.minping.core.agency;

import java.util.List;
import org.minping.core.shared.CodeName;

/** An agency with the public services citizens can rate. */
public record AgencyDetail(AgencySummary summary, List<CodeName> services) {

    public AgencyDetail {
        services = List.copyOf(services);
    }

    public static AgencyDetail of(Agency agency) {
        return new AgencyDetail(AgencySummary.of(agency),
                agency.services().stream().map(s -> new CodeName(s.code(), s.name())).toList());
    }
}

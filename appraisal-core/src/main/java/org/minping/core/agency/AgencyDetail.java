package org.minping.core.agency;

import java.util.List;
import org.minping.core.shared.CodeName;

/** An agency with the public services citizens can rate and the service halls where they are served. */
public record AgencyDetail(AgencySummary summary, List<CodeName> services, List<HallSummary> halls) {

    public AgencyDetail {
        services = List.copyOf(services);
        halls = List.copyOf(halls);
    }

    public static AgencyDetail of(Agency agency) {
        return new AgencyDetail(AgencySummary.of(agency),
                agency.services().stream().map(s -> new CodeName(s.code(), s.name())).toList(),
                agency.halls().stream().map(HallSummary::of).toList());
    }
}

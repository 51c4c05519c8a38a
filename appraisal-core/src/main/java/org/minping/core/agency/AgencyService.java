package org.minping.core.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.minping.core.shared.CodeName;

/** The public agency directory: search, one agency with its services, and the filter choices. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AgencyService {

    @Inject
    AgencyRepository agencies;

    public List<AgencySummary> search(AgencyQuery query) {
        return agencies.search(query).stream().map(AgencySummary::of).toList();
    }

    public AgencyDetail getByCode(String code) {
        return agencies.findByCode(code).map(AgencyDetail::of).orElseThrow(() -> new AgencyNotFoundException(code));
    }

    public List<CodeName> tracks() {
        return agencies.tracks().stream().map(t -> new CodeName(t.code(), t.name())).toList();
    }

    public List<CodeName> regions() {
        return agencies.regions().stream().map(r -> new CodeName(r.code(), r.name())).toList();
    }
}

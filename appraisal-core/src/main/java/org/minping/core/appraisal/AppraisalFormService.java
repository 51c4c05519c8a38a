package org.minping.core.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.minping.core.agency.Agency;
import org.minping.core.agency.AgencyDetail;
import org.minping.core.agency.AgencyNotFoundException;
import org.minping.core.agency.AgencyRepository;
import org.minping.core.indicator.Indicator;
import org.minping.core.indicator.IndicatorSystem;
import org.minping.core.indicator.IndicatorSystemRepository;
import org.minping.core.shared.CodeName;

/** Describes the appraisal form of an agency, for the web page and for API clients alike. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AppraisalFormService {

    @Inject
    AgencyRepository agencies;

    @Inject
    IndicatorSystemRepository indicatorSystems;

    public AppraisalForm getForm(String agencyCode) {
        Agency agency = agencies.findByCode(agencyCode).orElseThrow(() -> new AgencyNotFoundException(agencyCode));
        IndicatorSystem system = indicatorSystems.getCurrentFor(agency);
        List<Indicator> rated = system.publicAppraisalIndicators();
        Indicator overall = rated.stream().filter(Indicator::isOverallSatisfaction).findFirst()
                .orElseThrow(() -> new IllegalStateException(system.code() + " has no overall satisfaction indicator"));
        List<CodeName> indicators = rated.stream().filter(i -> !i.isOverallSatisfaction())
                .map(i -> new CodeName(i.code(), i.name())).toList();
        AgencyDetail detail = AgencyDetail.of(agency);
        return new AppraisalForm(detail.summary(), system.code(), new CodeName(overall.code(), overall.name()),
                indicators, List.of(SatisfactionLevel.values()), detail.services(), detail.halls());
    }
}

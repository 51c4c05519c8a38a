package org.minping.core.appraisal;

import java.util.List;
import org.minping.core.agency.AgencySummary;
import org.minping.core.agency.HallSummary;
import org.minping.core.shared.CodeName;

/**
 * What the appraisal form of an agency asks: overall satisfaction, the rated indicators, the levels,
 * the services, and the service halls where the citizen may have been served.
 */
public record AppraisalForm(AgencySummary agency, String indicatorSystemCode, CodeName overall,
                            List<CodeName> indicators, List<SatisfactionLevel> levels, List<CodeName> services,
                            List<HallSummary> halls) {

    public AppraisalForm {
        indicators = List.copyOf(indicators);
        levels = List.copyOf(levels);
        services = List.copyOf(services);
        halls = List.copyOf(halls);
    }
}

package org.minping.moderation.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.minping.core.appraisal.IntakeScreening;
import org.minping.core.appraisal.ScreeningOutcome;

/** Runs every intake rule over a submission's comment and collects the reasons that hold it. */
@ApplicationScoped
public class RuleBasedIntakeScreening implements IntakeScreening {

    private final List<IntakeRule> rules = List.of(new LinkRule());

    @Override
    public ScreeningOutcome screen(String agencyCode, String comment) {
        List<String> reasons = rules.stream()
                .flatMap(rule -> rule.check(comment).stream())
                .map(HoldReason::code)
                .distinct()
                .toList();
        return new ScreeningOutcome(comment, reasons);
    }
}

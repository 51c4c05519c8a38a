package org.minping.moderation.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.minping.core.appraisal.IntakeScreening;
import org.minping.core.appraisal.ScreeningOutcome;
import org.minping.moderation.lexicon.LexiconService;
import org.minping.moderation.rules.ContactSpamRule;
import org.minping.moderation.rules.HoldReason;
import org.minping.moderation.rules.IntakeRule;
import org.minping.moderation.rules.Lexicon;
import org.minping.moderation.rules.LinkRule;
import org.minping.moderation.rules.PersonalData;
import org.minping.moderation.rules.NearDuplicate;

/**
 * The intake rules in the submitting transaction: personal data is blanked out first, then the
 * link, contact and lexicon rules read the redacted comment and name the reasons that hold it.
 */
@ApplicationScoped
public class RuleBasedIntakeScreening implements IntakeScreening {

    private static final List<IntakeRule> FIXED_RULES = List.of(new LinkRule(), new ContactSpamRule());

    @Inject
    LexiconService lexicon;

    @Inject
    RecentComments recent;

    @Override
    public ScreeningOutcome screen(String agencyCode, String comment) {
        ScreeningOutcome outcome = screen(comment, lexicon.current());
        Set<String> bigrams = NearDuplicate.bigrams(outcome.comment());
        if (bigrams.isEmpty()) {
            return outcome;
        }
        boolean duplicate = recent.comments(agencyCode).stream()
                .anyMatch(other -> NearDuplicate.similarity(bigrams, NearDuplicate.bigrams(other)) >= NearDuplicate.THRESHOLD);
        if (!duplicate) {
            return outcome;
        }
        List<String> reasons = new java.util.ArrayList<>(outcome.holdReasons());
        reasons.add(HoldReason.DUPLICATE.code());
        return new ScreeningOutcome(outcome.comment(), reasons);
    }

    /** The rules themselves, for any lexicon: pure, and what the unit tests exercise. */
    static ScreeningOutcome screen(String comment, Lexicon lexicon) {
        String redacted = PersonalData.redact(comment).text();
        Set<String> reasons = new LinkedHashSet<>();
        for (IntakeRule rule : FIXED_RULES) {
            rule.check(redacted).ifPresent(r -> reasons.add(r.code()));
        }
        lexicon.reasons(redacted).forEach(r -> reasons.add(r.code()));
        return new ScreeningOutcome(redacted, List.copyOf(reasons));
    }
}

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
import org.minping.moderation.rules.VelocityRule;
import org.minping.moderation.rules.IntakeRule;
import org.minping.moderation.rules.Lexicon;
import org.minping.moderation.rules.LinkRule;
import org.minping.moderation.rules.PersonalData;
import org.minping.moderation.rules.NearDuplicate;

/**
 * The intake rules in the submitting transaction: personal data is blanked out first, then the
 * link, contact and lexicon rules read the redacted comment and name the reasons that hold it;
 * near-duplicates of recent comments and bursts from one device or network are held too.
 */
@ApplicationScoped
public class RuleBasedIntakeScreening implements IntakeScreening {

    private static final List<IntakeRule> FIXED_RULES = List.of(new LinkRule(), new ContactSpamRule());

    @Inject
    LexiconService lexicon;

    @Inject
    RecentComments recent;

    @Inject
    RecentArrivals arrivals;

    @Inject
    VelocityRule velocity;

    @Inject
    ModerationPolicy policy;

    @Override
    public ScreeningOutcome screen(String agencyCode, String comment, String raterKey, String networkKey) {
        ScreeningOutcome outcome = screen(comment, lexicon.current());
        List<String> reasons = new java.util.ArrayList<>(outcome.holdReasons());
        Set<String> bigrams = NearDuplicate.bigrams(outcome.comment());
        if (!bigrams.isEmpty() && recent.comments(agencyCode).stream()
                .anyMatch(other -> NearDuplicate.similarity(bigrams, NearDuplicate.bigrams(other)) >= NearDuplicate.THRESHOLD)) {
            reasons.add(HoldReason.DUPLICATE.code());
        }
        velocity.check(arrivals.fromRater(agencyCode, raterKey), arrivals.fromNetwork(agencyCode, networkKey))
                .ifPresent(reason -> reasons.add(reason.code()));
        if (policy.holdsEverything(agencyCode)) {
            reasons.add(HoldReason.PRE_MODERATION.code());
        }
        return reasons.size() == outcome.holdReasons().size() ? outcome : new ScreeningOutcome(outcome.comment(), reasons);
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

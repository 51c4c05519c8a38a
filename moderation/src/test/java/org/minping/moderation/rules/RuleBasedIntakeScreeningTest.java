package org.minping.moderation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minping.core.appraisal.ScreeningOutcome;

class RuleBasedIntakeScreeningTest {

    private final RuleBasedIntakeScreening screening = new RuleBasedIntakeScreening();

    @Test
    void cleanCommentIsPublishedUnchanged() {
        ScreeningOutcome outcome = screening.screen("HZ", "办事很快");
        assertTrue(outcome.isClean());
        assertEquals("办事很快", outcome.comment());
    }

    @Test
    void commentWithLinkIsHeldWithTheLinkReason() {
        ScreeningOutcome outcome = screening.screen("HZ", "see www.example.com");
        assertEquals(List.of("link"), outcome.holdReasons());
    }

    @Test
    void appraisalWithoutCommentIsClean() {
        assertTrue(screening.screen("HZ", null).isClean());
    }
}

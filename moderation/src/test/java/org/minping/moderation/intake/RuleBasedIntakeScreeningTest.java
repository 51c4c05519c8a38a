package org.minping.moderation.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minping.core.appraisal.ScreeningOutcome;
import org.minping.moderation.rules.HoldReason;
import org.minping.moderation.rules.Lexicon;

class RuleBasedIntakeScreeningTest {

    private static final Lexicon LEXICON = new Lexicon(List.of(new Lexicon.Term("刷单", HoldReason.SPAM)));

    @Test
    void cleanCommentIsPublishedUnchanged() {
        ScreeningOutcome outcome = RuleBasedIntakeScreening.screen("办事很快", LEXICON);
        assertTrue(outcome.isClean());
        assertEquals("办事很快", outcome.comment());
    }

    @Test
    void personalDataIsRedactedAndTheCommentStillPublished() {
        ScreeningOutcome outcome = RuleBasedIntakeScreening.screen("我的电话13812345678，身份证11010519491231002X", LEXICON);
        assertTrue(outcome.isClean());
        assertEquals("我的电话[手机号]，身份证[身份证号]", outcome.comment());
    }

    @Test
    void aLandlineIsMaskedAtIntakeSoNoApprovalCanPublishIt() {
        ScreeningOutcome outcome = RuleBasedIntakeScreening.screen("办事处电话 0571－8765 4321，手机１３８１２３４５６７８", LEXICON);
        assertTrue(outcome.isClean(), "nothing to advertise once the number is masked");
        assertEquals("办事处电话 [座机号]，手机[手机号]", outcome.comment());
    }

    @Test
    void everyRuleThatFiresNamesItsReasonOnce() {
        ScreeningOutcome outcome = RuleBasedIntakeScreening.screen("刷单加微信 shuadan88 详见 www.x.cn www.y.cn", LEXICON);
        assertEquals(List.of("link", "contact", "spam"), outcome.holdReasons());
    }

    @Test
    void appraisalWithoutCommentIsClean() {
        assertTrue(RuleBasedIntakeScreening.screen(null, LEXICON).isClean());
    }
}

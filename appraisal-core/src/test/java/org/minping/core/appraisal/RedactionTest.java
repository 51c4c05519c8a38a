package org.minping.core.appraisal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void deletingOrMaskingIsARedaction() {
        assertTrue(AppraisalModerationService.isRedactionOf("窗口的王小明态度很差", "窗口的███态度很差"));
        assertTrue(AppraisalModerationService.isRedactionOf("窗口的王小明态度很差", "窗口的态度很差"));
        assertTrue(AppraisalModerationService.isRedactionOf("Clerk John Smith was rude", "Clerk **** ***** was rude"));
        assertTrue(AppraisalModerationService.isRedactionOf("全部删除", ""));
    }

    @Test
    void addingOrRewritingIsNot() {
        assertFalse(AppraisalModerationService.isRedactionOf("态度很差", "态度很好"));
        assertFalse(AppraisalModerationService.isRedactionOf("态度很差", "态度很差！"));
        assertFalse(AppraisalModerationService.isRedactionOf("was rude", "rude was"));
    }
}

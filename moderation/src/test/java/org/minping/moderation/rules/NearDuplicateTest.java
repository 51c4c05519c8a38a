package org.minping.moderation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class NearDuplicateTest {

    @RepeatedTest(20)
    void editedCopiesAreNearWhateverTheirUniquePart() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String original = "国土资源窗口办理建设用地审批拖了三个月，材料反复补交，" + marker + "号件至今没有结果，希望尽快处理。";
        assertTrue(NearDuplicate.areNear(original, original.replace("三个月", "四个月")));
        assertTrue(NearDuplicate.areNear(original, original + "！！"));
    }

    @Test
    void englishCopiesAreNear() {
        assertTrue(NearDuplicate.areNear("The staff at this counter were rude and sent me away three times without help.",
                "The staff at this counter were rude, and sent me away 3 times without help!"));
    }

    @Test
    void distinctCommentsAreAllFarApart() {
        String[] comments = {
                "网上预约很方便，材料一次就审核通过了，十分钟拿到营业执照，点赞。",
                "不动产登记要排三个小时的队，取号机还坏了，希望多开几个窗口。",
                "12345热线接通很快，工作人员耐心记录了问题，第二天就有人回电话。",
                "社保卡补办需要的材料在网站上写得不清楚，白跑了一趟，建议更新说明。",
                "The online form kept timing out and I had to start over four times.",
                "Very helpful staff at the tax counter; they explained every step clearly.",
                "政务公开栏的信息还是去年的，希望及时更新办事指南和收费标准。"};
        for (int i = 0; i < comments.length; i++) {
            for (int j = i + 1; j < comments.length; j++) {
                assertFalse(NearDuplicate.areNear(comments[i], comments[j]), i + " and " + j);
            }
        }
    }

    @Test
    void shortCommentsAreNeverCompared() {
        assertFalse(NearDuplicate.areNear("很好，很快", "很好，很快"));
        assertEquals(0.0, NearDuplicate.similarity(NearDuplicate.bigrams(null), NearDuplicate.bigrams("x")));
    }
}

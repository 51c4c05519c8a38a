package org.minping.moderation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SimHashTest {

    private static long of(String text) {
        return SimHash.of(text).orElseThrow();
    }

    @Test
    void nearCopiesAreNear() {
        long original = of("该窗口工作人员态度恶劣，让我来回跑了三趟都没有办成，强烈要求整改！");
        long edited = of("该窗口工作人员态度恶劣，让我来回跑了四趟都没有办成，强烈要求整改！！");
        assertTrue(SimHash.distance(original, edited) <= SimHash.NEAR, "distance " + SimHash.distance(original, edited));
        long english = of("The staff at this counter were rude and sent me away three times without help.");
        long englishEdited = of("The staff at this counter were rude, and sent me away 3 times without help!");
        assertTrue(SimHash.distance(english, englishEdited) <= SimHash.NEAR, "distance " + SimHash.distance(english, englishEdited));
    }

    @Test
    void differentCommentsAreFar() {
        long a = of("该窗口工作人员态度恶劣，让我来回跑了三趟都没有办成，强烈要求整改！");
        long b = of("网上预约很方便，材料一次就审核通过了，十分钟拿到营业执照，点赞。");
        assertTrue(SimHash.distance(a, b) > SimHash.NEAR, "distance " + SimHash.distance(a, b));
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
                int distance = SimHash.distance(of(comments[i]), of(comments[j]));
                assertTrue(distance > SimHash.NEAR, i + " and " + j + " are " + distance + " bits apart");
            }
        }
    }

    @Test
    void shortCommentsAreNotFingerprinted() {
        assertTrue(SimHash.of("很好，很快").isEmpty());
        assertTrue(SimHash.of(null).isEmpty());
    }

    @Test
    void theFingerprintIsStable() {
        assertEquals(of("同一段足够长的评议文字，每次计算都应得到同一个指纹。"), of("同一段足够长的评议文字，每次计算都应得到同一个指纹。"));
    }
}

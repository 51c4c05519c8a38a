package org.minping.moderation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconTest {

    private static final Lexicon LEXICON = new Lexicon(List.of(
            new Lexicon.Term("傻逼", HoldReason.OFFENSIVE),
            new Lexicon.Term("代开发票", HoldReason.SPAM),
            new Lexicon.Term("fuck", HoldReason.OFFENSIVE),
            new Lexicon.Term("cheap pills", HoldReason.SPAM)));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "窗口的人就是个傻逼|offensive",
            "专业代开发票，价格优惠|spam",
            "代 开 发 票 找我|spam",
            "What the FUCK is this queue|offensive",
            "Ｆｕｃｋ this|offensive",
            "buy cheap-pills now|spam"})
    void findsTermsInChineseAndEnglishWhateverTheSpelling(String comment, String reason) {
        assertEquals(Optional.of(HoldReason.ofCode(reason)), LEXICON.check(comment));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"服务很好，发票当场开好了", "The staff were helpful", "sheepish pills"})
    void leavesOrdinaryCommentsAlone(String comment) {
        assertEquals(Optional.empty(), LEXICON.check(comment));
    }

    @Test
    void theAutomatonFindsOverlappingTerms() {
        AhoCorasick<String> matcher = new AhoCorasick<>(Map.of("he", "he", "she", "she", "his", "his", "hers", "hers"));
        assertEquals(List.of("she", "he", "hers"), matcher.find("ushers"));
    }
}

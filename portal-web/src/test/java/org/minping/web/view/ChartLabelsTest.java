package org.minping.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartLabelsTest {

    private static List<String> lines(String label) {
        return ChartLabels.lines(label).getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void englishBreaksBetweenWordsSoThatTheNameStaysWhole() {
        assertEquals(List.of("Hangzhou Municipal", "People's Government"), lines("Hangzhou Municipal People's Government"));
        assertEquals(List.of("Economic restructuring ·", "Internal assessment"), lines("Economic restructuring · Internal assessment"));
    }

    @Test
    void chineseIsCutByWidthCountingEachCharacterAsTwo() {
        assertEquals(List.of("民生改善与基本公共服务 ·", "内部考核"), lines("民生改善与基本公共服务 · 内部考核"));
        assertEquals(List.of("新疆维吾尔自治区人民政府"), lines("新疆维吾尔自治区人民政府"), "twelve characters fill a line");
        assertEquals(List.of("广西壮族自治区人民政府办", "公厅"), lines("广西壮族自治区人民政府办公厅"));
    }

    @Test
    void aShortLabelIsOneLine() {
        assertEquals(List.of("HZ"), lines("  HZ "));
    }
}

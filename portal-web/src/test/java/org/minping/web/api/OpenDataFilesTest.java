package org.minping.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minping.core.opendata.OpenDataTable;

class OpenDataFilesTest {

    private static final OpenDataTable TABLE = new OpenDataTable("results", "2026", 10, List.of("agency", "name", "score", "count", "shown"),
            List.of(Arrays.asList("HZ", "=HYPERLINK(\"x\")", new BigDecimal("81.25"), 12L, true),
                    Arrays.asList("SZ", "\tname", null, null, false)));

    @Test
    void csvHasABomAHeaderAndNeutralizedQuotedTextWithEmptyCellsForNull() {
        assertEquals("\uFEFFagency,name,score,count,shown\r\n"
                + "\"HZ\",\"'=HYPERLINK(\"\"x\"\")\",81.25,12,true\r\n"
                + "\"SZ\",\"'\tname\",,,false\r\n", OpenDataFiles.csv(TABLE));
    }

    @Test
    void jsonHasTheSameColumnsAndValuesWithNullForEmptyCells() {
        JsonObject json = OpenDataFiles.json(TABLE);
        assertEquals("results", json.getString("dataset"));
        assertEquals(10, json.getInt("minimumCount"));
        JsonObject hangzhou = json.getJsonArray("rows").getJsonObject(0);
        assertEquals("=HYPERLINK(\"x\")", hangzhou.getString("name"), "JSON keeps the text as it is: no spreadsheet runs it");
        assertEquals(new BigDecimal("81.25"), hangzhou.getJsonNumber("score").bigDecimalValue());
        assertEquals(12, hangzhou.getInt("count"));
        assertEquals(JsonValue.NULL, json.getJsonArray("rows").getJsonObject(1).get("count"));
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new OpenDataTable("results", "2026", 10, List.of("a", "b"),
                List.of(Arrays.<Object>asList("only one"))));
    }
}

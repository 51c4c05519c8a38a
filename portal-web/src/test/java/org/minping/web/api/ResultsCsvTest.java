package org.minping.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minping.core.evaluation.RankedAgency;
import org.minping.core.shared.Localized;

class ResultsCsvTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "=1+1|\"'=1+1\"",
            "+SUM(A1)|\"'+SUM(A1)\"",
            "-2|\"'-2\"",
            "@cmd|\"'@cmd\"",
            "杭州市|\"杭州市\"",
            "say \"hi\"|\"say \"\"hi\"\"\""})
    void textCellsAreQuotedAndFormulasNeutralized(String value, String expected) {
        assertEquals(expected, ResultsCsv.cell(value));
    }

    @Test
    void writesABomHeaderAndOneLinePerAgency() {
        String csv = ResultsCsv.write(List.of(new RankedAgency("HZ", new Localized("杭州市人民政府", "Hangzhou"), "LOCAL",
                new BigDecimal("81.25"), "良好", 1, 1, 2, false, true, 80.0, 70.0, 90.0, 12.5, 13L, false)));
        assertTrue(csv.startsWith("\uFEFFagency,name,"));
        assertTrue(csv.contains("\"HZ\",\"杭州市人民政府\",\"Hangzhou\",\"LOCAL\",81.25,\"良好\",1,1,2,80.0000,70.0000,90.0000,12.5000,13,false,true,\"GOOD\",\"Good\",\r\n"),
                csv);
    }
}

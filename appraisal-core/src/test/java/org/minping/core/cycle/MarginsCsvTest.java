package org.minping.core.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minping.core.scoring.WeightingVariable;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;

class MarginsCsvTest {

    private static final Map<String, Set<String>> KNOWN = Map.of("region", Set.of("ZJ", "GD", "SC"),
            "ageBand", Set.of("<18", "18-29", "30-44", "45-59", "60+"));

    private static List<WeightingVariable> read(String csv) throws IOException {
        return MarginsCsv.read(new StringReader(csv), KNOWN);
    }

    private static List<FieldError> problems(String csv) {
        return assertThrows(InvalidInputException.class, () -> read(csv)).errors();
    }

    private static Map<String, Double> shares(List<WeightingVariable> margins, String variable) {
        return margins.stream().filter(v -> v.name().equals(variable)).findFirst().orElseThrow().populationShares();
    }

    @Nested
    class Shares {

        @Test
        void everyVariableWithItsShares() throws IOException {
            List<WeightingVariable> margins = read("variable,category,share\nregion,ZJ,0.4\nregion,GD,0.6\n"
                    + "ageBand,18-29,0.3\nageBand,60+,0.7\n");
            assertEquals(Map.of("ZJ", 0.4, "GD", 0.6), shares(margins, "region"));
            assertEquals(Map.of("18-29", 0.3, "60+", 0.7), shares(margins, "ageBand"));
        }

        @Test
        void aByteOrderMarkSpacesBlankLinesAndNoFinalLineBreakAreRead() throws IOException {
            List<WeightingVariable> margins = read("\uFEFFvariable, category, share\r\n\r\nregion , ZJ , 0.25\r\nregion,GD,0.75");
            assertEquals(Map.of("ZJ", 0.25, "GD", 0.75), shares(margins, "region"));
        }

        @Test
        void sharesThatDoNotSumToOneNameTheVariable() {
            assertEquals(List.of("margins.sum"), problems("variable,category,share\nregion,ZJ,0.5\nregion,GD,0.4\n").stream()
                    .map(FieldError::code).toList());
        }
    }

    @Nested
    class Counts {

        @Test
        void countsBecomeSharesOfTheirVariablesTotal() throws IOException {
            List<WeightingVariable> margins = read("variable,category,count\nregion,ZJ,6457\nregion,GD,12601\nregion,SC,8367\n"
                    + "ageBand,<18,1\nageBand,60+,3\n");
            Map<String, Double> regions = shares(margins, "region");
            assertEquals(6457.0 / 27425, regions.get("ZJ"), 1e-10);
            assertEquals(12601.0 / 27425, regions.get("GD"), 1e-10);
            assertEquals(8367.0 / 27425, regions.get("SC"), 1e-10);
            assertEquals(Map.of("<18", 0.25, "60+", 0.75), shares(margins, "ageBand"));
        }

        @Test
        void sharesFromCountsAreStoredToTenDecimalsAndSumToExactlyOne() throws IOException {
            Map<String, Double> thirds = shares(read("variable,category,count\nregion,ZJ,1\nregion,GD,1\nregion,SC,1\n"), "region");
            java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
            for (double share : thirds.values()) {
                java.math.BigDecimal decimal = java.math.BigDecimal.valueOf(share);
                assertEquals(true, decimal.scale() <= MarginLines.SHARE_SCALE, decimal.toPlainString());
                sum = sum.add(decimal);
            }
            assertEquals(0, sum.compareTo(java.math.BigDecimal.ONE), sum.toPlainString());
        }

        @Test
        void countsOfZeroInTotalNameTheVariable() {
            List<FieldError> problems = problems("variable,category,count\nregion,ZJ,0\nregion,GD,0\n");
            assertEquals(List.of(new FieldError("file", "margins.countTotal", "the counts of region add up to 0", "region")), problems);
        }
    }

    @Nested
    class BadLines {

        @Test
        void everyBadLineIsNamedByItsLineInTheFileAndNothingIsReturned() {
            List<FieldError> problems = problems("variable,category,share\n"
                    + "region,ZJ,0.4\n"      // 2: fine
                    + "gender,F,0.5\n"       // 3: a variable the portal does not ask about
                    + "region,XX,0.1\n"      // 4: no such region
                    + "ageBand,30-44,abc\n"  // 5: not a number
                    + "region,ZJ,0.6\n"      // 6: twice
                    + "\n"                   // 7: blank, skipped
                    + "region,GD\n");        // 8: two values
            assertEquals(List.of("margins.variable", "margins.category", "margins.share", "margins.duplicate", "margins.format"),
                    problems.stream().map(FieldError::code).toList());
            assertEquals(List.of(3L, 4L, 5L, 6L, 8L), problems.stream().map(p -> p.arguments().get(0)).toList());
            assertEquals(List.of(4L, "XX", "region"), problems.get(1).arguments());
            assertEquals("line 4: XX is not a category of region", problems.get(1).message());
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"-5|margins.count", "many|margins.count", "NaN|margins.count", "''|margins.count"})
        void aCountMustBeANumberOfZeroOrMore(String count, String code) {
            List<FieldError> problems = problems("variable,category,count\nregion,ZJ,10\nregion,GD," + count + "\n");
            assertEquals(List.of(code), problems.stream().map(FieldError::code).toList());
            assertEquals(3L, problems.get(0).arguments().get(0));
        }

        @Test
        void aLineOfTheWrongLengthUnderACountHeaderAsksForACount() {
            assertEquals("margins.countFormat", problems("variable,category,count\nregion,ZJ,1,2\n").get(0).code());
        }
    }

    @Nested
    class TheFile {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"variable,category,percent", "category,variable,share", "region,ZJ,0.4", "''"})
        void anotherHeaderIsRefusedNamingBothHeaders(String header) {
            List<FieldError> problems = problems(header + "\nregion,ZJ,1\n");
            assertEquals(1, problems.size());
            assertEquals("csv.header", problems.get(0).code());
            assertEquals(List.of("variable,category,share / variable,category,count"), problems.get(0).arguments());
        }

        @Test
        void aHeaderWithoutLinesIsRefused() {
            assertEquals(List.of("margins.empty"), problems("variable,category,share\n\n").stream().map(FieldError::code).toList());
        }

        @Test
        void aFileLongerThanAnyTableOfMarginsStopsAtTheLimit() {
            StringBuilder csv = new StringBuilder("variable,category,count\n");
            for (int i = 0; i <= MarginsCsv.MAX_ROWS; i++) {
                csv.append("region,ZJ,1\n");
            }
            List<FieldError> problems = problems(csv.toString());
            assertEquals("csv.tooLong", problems.get(problems.size() - 1).code());
        }

        @Test
        void aBrokenQuoteIsNamedNotThrown() {
            assertEquals("margins.unreadable", problems("variable,category,share\nregion,\"ZJ,0.4\n").get(0).code());
        }
    }
}

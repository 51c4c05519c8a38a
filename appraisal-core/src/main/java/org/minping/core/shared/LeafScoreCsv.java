package org.minping.core.shared;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV of scores per agency and leaf indicator, as internal-score imports and third-party
 * sheets share them: every problem is named by row and column, and only valid rows are returned.
 */
public final class LeafScoreCsv {

    /** A valid row. */
    public record Row(String agency, String indicator, long agencyId, long indicatorId, BigDecimal score) {
    }

    /** What a file's rows are checked against, and how their score is read. */
    public record Rules(List<List<String>> headers, Map<String, Long> agencyIds, Map<String, Map<String, Long>> leaves,
                        Function<String, String> agencyRefusal, Function<CSVRecord, BigDecimal> score, int maxRows) {
    }

    /**
     * A score column that cannot be read; the code and message name the problem, the row is added
     * here, before the values the message names.
     */
    public static final class UnreadableScore extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String code;
        private final transient List<Object> arguments;

        public UnreadableScore(String code, String message, List<Object> arguments) {
            super(message);
            this.code = code;
            this.arguments = List.copyOf(arguments);
        }
    }

    private LeafScoreCsv() {
    }

    /**
     * The valid rows; every problem is added to {@code errors}. A missing header is an error of its
     * own, thrown at once.
     */
    public static List<Row> read(Reader csv, Rules rules, List<FieldError> errors) throws IOException {
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setTrim(true).get();
        try (CSVParser parser = format.parse(Csv.withoutByteOrderMark(csv))) {
            if (rules.headers().stream().noneMatch(parser.getHeaderNames()::containsAll)) {
                List<String> headers = rules.headers().stream().map(h -> String.join(",", h)).toList();
                throw new InvalidInputException(List.of(new FieldError("file", "csv.header", "the first line must be the header "
                        + String.join(" or ", headers), String.join(" / ", headers))));
            }
            for (CSVRecord record : parser) {
                // The line of the file as a spreadsheet numbers it: the header is line 1.
                long line = record.getRecordNumber() + 1;
                String where = "row " + line;
                if (record.getRecordNumber() > rules.maxRows()) {
                    errors.add(new FieldError("file", "csv.tooLong", "more than " + rules.maxRows() + " rows", rules.maxRows()));
                    break;
                }
                if (!record.isConsistent()) {
                    errors.add(new FieldError("file", "csv.columns", where + ": expected " + parser.getHeaderNames().size() + " columns",
                            line, parser.getHeaderNames().size()));
                    continue;
                }
                String agency = record.get("agency");
                String indicator = record.get("indicator");
                Map<String, Long> leaves = rules.leaves().get(agency);
                if (leaves == null) {
                    errors.add(new FieldError("file", "csv.agency", where + ", column agency: unknown agency " + shown(agency),
                            line, shown(agency)));
                    continue;
                }
                String refusal = rules.agencyRefusal().apply(agency);
                if (refusal != null) {
                    errors.add(new FieldError("file", "csv.notAssigned", where + ", column agency: " + refusal, line, agency));
                    continue;
                }
                Long indicatorId = leaves.get(indicator);
                if (indicatorId == null) {
                    errors.add(new FieldError("file", "csv.indicator", where + ", column indicator: " + shown(indicator)
                            + " is not a leaf indicator of " + agency + "'s indicator system", line, shown(indicator), agency));
                    continue;
                }
                BigDecimal score;
                try {
                    score = rules.score().apply(record);
                } catch (UnreadableScore e) {
                    List<Object> arguments = new ArrayList<>(List.of(line));
                    arguments.addAll(e.arguments);
                    errors.add(new FieldError("file", e.code, where + e.getMessage(), arguments));
                    continue;
                }
                if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
                    errors.add(new FieldError("file", "csv.score", where + ", column score: must be from 0 to 100", line));
                    continue;
                }
                if (!seen.add(agency + "/" + indicator)) {
                    errors.add(new FieldError("file", "csv.duplicate", where + ": " + agency + "/" + indicator + " appears twice",
                            line, agency, indicator));
                    continue;
                }
                rows.add(new Row(agency, indicator, rules.agencyIds().get(agency), indicatorId, score));
            }
        }
        return rows;
    }

    /** A cell's value as an error names it: long enough to find it, never the whole of a hostile line. */
    static String shown(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    /** The plain score column. */
    public static BigDecimal scoreColumn(CSVRecord record) {
        try {
            return new BigDecimal(record.get("score"));
        } catch (NumberFormatException e) {
            throw new UnreadableScore("csv.scoreNumber", ", column score: not a number", List.of());
        }
    }
}

package org.minping.core.cycle;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.minping.core.scoring.WeightingVariable;
import org.minping.core.shared.Csv;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;

/**
 * Population margins from a statistics office's CSV: the header {@code variable,category,share}, or
 * {@code variable,category,count} whose counts become shares; then one line per category, checked
 * by the rules of {@link MarginLines}, every problem named by the line of the file (the header is
 * line 1).
 */
public final class MarginsCsv {

    /** Margins are a few dozen lines; a file far longer is not a table of margins. */
    static final int MAX_ROWS = 10_000;

    private static final String FIELD = "file";
    private static final List<String> SHARES = List.of("variable", "category", "share");
    private static final List<String> COUNTS = List.of("variable", "category", "count");

    private MarginsCsv() {
    }

    /**
     * The margins the file gives, or every problem at once.
     *
     * @param categories the known categories of each weighting variable
     * @throws InvalidInputException naming the header, a size, or each bad line
     */
    public static List<WeightingVariable> read(Reader csv, Map<String, Set<String>> categories) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setTrim(true).setIgnoreEmptyLines(false).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = format.parse(Csv.withoutByteOrderMark(csv))) {
            MarginLines lines = new MarginLines(categories, measureOf(parser.getHeaderNames()), FIELD);
            int rows = 0;
            for (CSVRecord record : parser) {
                // Blank lines are records too (and skipped), so the record number names the line: the header is line 1.
                long line = record.getRecordNumber() + 1;
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (++rows > MAX_ROWS) {
                    lines.problem(new FieldError(FIELD, "csv.tooLong", "more than " + MAX_ROWS + " rows", MAX_ROWS));
                    break;
                }
                if (record.size() != 3) {
                    lines.malformed(line);
                    continue;
                }
                lines.add(line, record.get(0), record.get(1), record.get(2));
            }
            if (rows == 0) {
                lines.problem(new FieldError(FIELD, "margins.empty", "the file has no margins below its header"));
            }
            return lines.margins();
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException unreadable) {
            // commons-csv names a broken quote or a duplicate header this way.
            throw new InvalidInputException(List.of(new FieldError(FIELD, "margins.unreadable",
                    "the file is not CSV that can be read: " + unreadable.getMessage())));
        }
    }

    private static MarginLines.Measure measureOf(List<String> header) {
        if (header.equals(SHARES)) {
            return MarginLines.Measure.SHARE;
        }
        if (header.equals(COUNTS)) {
            return MarginLines.Measure.COUNT;
        }
        throw new InvalidInputException(List.of(new FieldError(FIELD, "csv.header",
                "the first line must be the header variable,category,share or variable,category,count",
                "variable,category,share / variable,category,count")));
    }
}

package org.minping.web.view;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;

/**
 * Chart labels that fit beside their bars on a phone: a long name becomes lines that the chart
 * draws one under another, instead of a single line the chart cuts off at the left edge.
 */
public final class ChartLabels {

    /** Width of a line, counting a Chinese character as two Latin ones (about what it takes on screen). */
    static final int LINE_WIDTH = 24;

    private ChartLabels() {
    }

    /** The label broken at spaces, and inside words (Chinese has no spaces) only where a word is wider than a line. */
    public static JsonArray lines(String label) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        StringBuilder line = new StringBuilder();
        int width = 0;
        for (String word : label.strip().split("\\s+")) {
            int wordWidth = word.codePoints().map(ChartLabels::width).sum();
            if (width > 0 && width + 1 + wordWidth > LINE_WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
                width = 0;
            }
            if (width > 0) {
                line.append(' ');
                width++;
            }
            for (int codePoint : word.codePoints().toArray()) {
                if (width > 0 && width + width(codePoint) > LINE_WIDTH) {
                    lines.add(line.toString());
                    line.setLength(0);
                    width = 0;
                }
                line.appendCodePoint(codePoint);
                width += width(codePoint);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines.build();
    }

    private static int width(int codePoint) {
        return Character.isIdeographic(codePoint) || Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS ? 2 : 1;
    }
}

package org.minping.web.view;

/**
 * JSON that goes into a page's {@code <script>} (chart models): a valid JSON text cannot end the
 * script element or start markup, whatever its strings hold. JSON escaping alone leaves
 * {@code </script>} intact; here every {@code <}, {@code >} and {@code &}, and the line separators
 * that end a JavaScript string, are written as Unicode escapes, which mean the same to a JSON reader.
 */
public final class InlineJson {

    private InlineJson() {
    }

    /** The same JSON, safe inside an HTML script element. */
    public static String safe(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

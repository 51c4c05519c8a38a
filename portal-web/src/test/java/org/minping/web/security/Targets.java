package org.minping.web.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the permission tables' rows into requests: placeholders filled with real ids and codes. */
final class Targets {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /** An API path parameter's value, by the collection it follows (OpenAPI names them per resource). */
    private static final Map<String, String> API_PARAMETERS = Map.of(
            "agencies/{code}", "agency",
            "cycles/{code}", "cycle",
            "open-data/{cycle}", "cycle",
            "appraisals/{receipt}", "receipt",
            "assessments/{id}", "sheet",
            "runs/{run}", "run");

    private Targets() {
    }

    /** A page row such as {@code /result?cycle={cycle}&agency={agency}} as a path to request. */
    static String page(String row, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(row);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for {" + matcher.group(1) + "} in " + row);
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        }
        return matcher.appendTail(path).toString();
    }

    /**
     * An OpenAPI path with its parameters filled in. Calls that change state get a receipt of their
     * own ({disposableReceipt}), so withdrawing it takes nothing from the other rows.
     */
    static String api(String method, String openApiPath, Map<String, String> values) {
        String[] segments = openApiPath.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            if (PLACEHOLDER.matcher(segments[i]).matches()) {
                String parameter = API_PARAMETERS.get(segments[i - 1] + "/" + segments[i]);
                if (parameter == null) {
                    throw new IllegalStateException("the matrix test does not know what to put for " + segments[i] + " in "
                            + openApiPath + ": teach Targets.API_PARAMETERS");
                }
                if (parameter.equals("receipt") && !method.equals("GET")) {
                    parameter = "disposableReceipt";
                }
                String value = values.get(parameter);
                if (value == null) {
                    throw new IllegalStateException("no value for " + parameter + " in " + openApiPath);
                }
                segments[i] = URLEncoder.encode(value, StandardCharsets.UTF_8);
            }
        }
        return String.join("/", segments);
    }

    /** The path of a row or URL without its query: {@code /agency?code={agency}} → {@code /agency}. */
    static String pathOf(String target) {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }
}

package org.minping.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The auditors' page names every action in the page's language: each action the code base writes
 * into the audit chain has a name in both bundles. The actions are read from the sources: the
 * second argument of {@code audit.append(…)}, and the values given to a variable or parameter
 * named {@code action} that is passed on to it.
 */
class AuditActionNamesTest {

    private static final List<Path> SOURCES = List.of(Path.of("../appraisal-core/src/main/java"),
            Path.of("../moderation/src/main/java"), Path.of("src/main/java"));
    private static final Pattern APPEND = Pattern.compile("audit\\.append\\(([^;]*?)\\);", Pattern.DOTALL);
    private static final Pattern ACTION_ASSIGNED = Pattern.compile("String action\\s*=([^;]*);", Pattern.DOTALL);
    private static final Pattern FORWARDED = Pattern.compile("(\\w+)\\([^()]*\\bString action\\b[^()]*\\)\\s*\\{");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z-]*(?:\\.[a-z-]+)+)\"");

    @Test
    void everyAuditedActionHasANameInBothLanguages() throws IOException {
        Set<String> actions = actions();
        assertTrue(actions.size() >= 40, "the scan finds the actions: " + actions);
        for (String language : List.of("zh", "en")) {
            Properties bundle = new Properties();
            try (var in = getClass().getResourceAsStream("/org/minping/web/i18n/messages_" + language + ".properties")) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            Set<String> unnamed = new TreeSet<>();
            actions.stream().filter(action -> bundle.getProperty("audit.action." + action) == null).forEach(unnamed::add);
            assertEquals(Set.of(), unnamed, "audit actions without a name in messages_" + language);
        }
    }

    private static Set<String> actions() throws IOException {
        Set<String> actions = new TreeSet<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    Matcher append = APPEND.matcher(source);
                    while (append.find()) {
                        literals(secondArgument(append.group(1)), actions);
                    }
                    Matcher assigned = ACTION_ASSIGNED.matcher(source);
                    while (assigned.find()) {
                        literals(assigned.group(1), actions);
                    }
                    Matcher forwarded = FORWARDED.matcher(source);
                    while (forwarded.find()) {
                        Matcher call = Pattern.compile("\\b" + forwarded.group(1) + "\\(([^;]*?)\\);", Pattern.DOTALL).matcher(source);
                        while (call.find()) {
                            literals(secondArgument(call.group(1)), actions);
                        }
                    }
                }
            }
        }
        return actions;
    }

    /** The second argument of a call's argument list, split at the commas outside parentheses. */
    private static String secondArgument(String arguments) {
        int depth = 0;
        int start = -1;
        for (int i = 0; i < arguments.length(); i++) {
            char c = arguments.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                if (start >= 0) {
                    return arguments.substring(start, i);
                }
                start = i + 1;
            }
        }
        return start >= 0 ? arguments.substring(start) : "";
    }

    private static void literals(String text, Set<String> into) {
        Matcher literal = LITERAL.matcher(text);
        while (literal.find()) {
            into.add(literal.group(1));
        }
    }
}

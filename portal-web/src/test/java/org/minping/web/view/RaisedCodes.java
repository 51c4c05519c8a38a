package org.minping.web.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The problem codes the main sources of every module raise, read from the sources: the string
 * literals given as the code of a problem type ({@link #TYPES}: a field error, an engine's problem,
 * an unreadable score) and of every method that passes its parameter {@code code} on to one of
 * them or to another such method, conditional expressions included. Codes computed at run time
 * ({@code e.code()}) come from one of these literals, where they are found.
 */
final class RaisedCodes {

    /** The types whose constructors take a problem code. */
    static final Set<String> TYPES = Set.of("FieldError", "ScoringException", "UnreadableScore");

    static final List<Path> SOURCES = List.of(Path.of("../appraisal-core/src/main/java"), Path.of("../moderation/src/main/java"),
            Path.of("src/main/java"));

    private static final Pattern DECLARATION = Pattern.compile("\\b([A-Za-z_]\\w*)\\s*\\(([^()]*)\\)\\s*(?:throws[^{;]*)?\\{");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Set<String> KEYWORDS = Set.of("if", "for", "while", "switch", "catch", "synchronized", "try");

    /**
     * A method or constructor with a parameter named code, at this place of its parameters; its body
     * from {@code start} to {@code end}.
     */
    private record Taker(Path file, String name, int arity, boolean varargs, int codeIndex, int start, int end, boolean type) {
        boolean accepts(int arguments) {
            return varargs ? arguments >= arity - 1 : arguments == arity;
        }
    }

    private RaisedCodes() {
    }

    /** Each code and where it is raised. */
    static Map<String, Set<String>> scan() {
        Map<Path, String> sources = new TreeMap<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    sources.put(file, withoutComments(Files.readString(file)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Taker> takers = takers(sources);
        Map<String, Set<String>> codes = new TreeMap<>();
        sources.forEach((file, text) -> {
            for (Taker taker : takers) {
                if (!taker.type && !taker.file.equals(file)) {
                    continue;
                }
                for (List<String> arguments : calls(text, taker)) {
                    Matcher literal = STRING.matcher(arguments.get(taker.codeIndex));
                    while (literal.find()) {
                        codes.computeIfAbsent(literal.group(1), c -> new TreeSet<>()).add(file.getFileName().toString());
                    }
                }
            }
        });
        return codes;
    }

    /** The constructors of the problem types, and the methods that pass their code on, found until no more are. */
    private static List<Taker> takers(Map<Path, String> sources) {
        List<Taker> candidates = new ArrayList<>();
        sources.forEach((file, text) -> {
            Matcher declaration = DECLARATION.matcher(text);
            while (declaration.find()) {
                String name = declaration.group(1);
                List<String> parameters = split(declaration.group(2), '<', '>');
                int codeIndex = -1;
                for (int i = 0; i < parameters.size(); i++) {
                    if (parameters.get(i).strip().matches(".*[\\s.>]code")) {
                        codeIndex = i;
                    }
                }
                if (KEYWORDS.contains(name) || codeIndex < 0) {
                    continue;
                }
                int open = declaration.end() - 1;
                candidates.add(new Taker(file, name, parameters.size(), parameters.get(parameters.size() - 1).contains("..."),
                        codeIndex, open, closing(text, open), TYPES.contains(name)));
            }
        });
        List<Taker> takers = new ArrayList<>(candidates.stream().filter(Taker::type).toList());
        boolean found = true;
        while (found) {
            found = false;
            for (Taker candidate : candidates) {
                if (takers.contains(candidate)) {
                    continue;
                }
                String body = sources.get(candidate.file).substring(candidate.start, candidate.end);
                boolean passesCodeOn = takers.stream().filter(t -> t.type || t.file.equals(candidate.file))
                        .anyMatch(t -> calls(body, t).stream().anyMatch(a -> a.get(t.codeIndex).strip().equals("code")));
                if (passesCodeOn) {
                    takers.add(candidate);
                    found = true;
                }
            }
        }
        return takers;
    }

    /** The arguments of every call of {@code taker} in {@code text}, leaving out declarations. */
    private static List<List<String>> calls(String text, Taker taker) {
        Pattern call = Pattern.compile(taker.type ? "\\bnew\\s+(?:[\\w.]+\\.)?" + taker.name + "\\s*\\(" : "(?<![\\w.])" + taker.name + "\\s*\\(");
        List<List<String>> calls = new ArrayList<>();
        Matcher matcher = call.matcher(text);
        while (matcher.find()) {
            int open = matcher.end() - 1;
            int close = closing(text, open);
            // A declaration has its body after the parameters; a call never has.
            boolean declared = DECLARATION.matcher(text).region(matcher.start(), text.length()).lookingAt();
            List<String> arguments = split(text.substring(open + 1, close - 1), '(', ')');
            if (!declared && taker.accepts(arguments.size()) && arguments.size() > taker.codeIndex) {
                calls.add(arguments);
            }
        }
        return calls;
    }

    /** The position after the bracket that closes the one at {@code open}, skipping literals. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = afterLiteral(text, i) - 1;
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
        }
        return text.length();
    }

    /** Parts of a list separated by commas outside brackets and literals; none for a blank list. */
    private static List<String> split(String list, char open, char close) {
        List<String> parts = new ArrayList<>();
        if (list.isBlank()) {
            return parts;
        }
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '"' || c == '\'') {
                i = afterLiteral(list, i) - 1;
            } else if (c == open || c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == close || c == ')' || c == '}' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(list.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(list.substring(start));
        return parts;
    }

    private static int afterLiteral(String text, int quote) {
        char delimiter = text.charAt(quote);
        if (text.startsWith("\"\"\"", quote)) {
            int end = text.indexOf("\"\"\"", quote + 3);
            return end < 0 ? text.length() : end + 3;
        }
        for (int i = quote + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == delimiter) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** The source with its comments blanked, so commented-out code raises nothing. */
    static String withoutComments(String source) {
        StringBuilder text = new StringBuilder(source.length());
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                int end = afterLiteral(source, i);
                text.append(source, i, end);
                i = end - 1;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = (end < 0 ? source.length() : end) - 1;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = (end < 0 ? source.length() : end + 2) - 1;
                text.append(' ');
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}

package org.minping.web.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of the permission tables of docs/SECURITY.md, read by the tests that enforce it, so the
 * document and the tests cannot drift apart: the first Markdown table after a heading, its first
 * column the endpoint or page, then one column per identity (anonymous, each role, each token
 * scope), each cell an {@link Access}; a last column "why" is for people.
 */
record PermissionTable(String heading, List<String> identities, List<Row> rows) {

    /** The project's security document, seen from the portal-web module the tests run in. */
    static final Path SECURITY_MD = Path.of("..", "docs", "SECURITY.md");

    private static final String WHY = "why";

    /** A row: what is requested, and what each identity must get. */
    record Row(String target, Map<String, Access> expected, int line) {

        Access expectedFor(String identity) {
            return expected.get(identity);
        }
    }

    static PermissionTable read(String heading, List<String> identities) throws IOException {
        return parse(Files.readAllLines(SECURITY_MD), heading, identities);
    }

    /** Fails, naming the line, on anything it cannot read: a table nobody checks would be worse than none. */
    static PermissionTable parse(List<String> lines, String heading, List<String> identities) {
        int at = 0;
        while (at < lines.size() && !lines.get(at).strip().equals(heading)) {
            at++;
        }
        if (at == lines.size()) {
            throw new IllegalStateException("SECURITY.md has no heading \"" + heading + "\"");
        }
        while (at < lines.size() && !lines.get(at).startsWith("|")) {
            at++;
        }
        if (at + 1 >= lines.size()) {
            throw new IllegalStateException("no table after \"" + heading + "\"");
        }
        List<String> header = cells(lines.get(at));
        List<String> columns = header.subList(1, header.size()).stream()
                .filter(column -> !column.equals(WHY)).toList();
        if (!columns.equals(identities)) {
            throw new IllegalStateException("the table after \"" + heading + "\" (line " + (at + 1) + ") must have the columns "
                    + identities + " (and \"why\"), not " + columns);
        }
        at += 2;  // the header and the |---| line
        List<Row> rows = new ArrayList<>();
        for (; at < lines.size() && lines.get(at).startsWith("|"); at++) {
            List<String> cells = cells(lines.get(at));
            if (cells.size() != header.size()) {
                throw new IllegalStateException("SECURITY.md line " + (at + 1) + ": " + cells.size() + " cells, the header has "
                        + header.size());
            }
            Map<String, Access> expected = new LinkedHashMap<>();
            for (int column = 1; column < header.size(); column++) {
                if (!header.get(column).equals(WHY)) {
                    int line = at + 1;
                    String cell = cells.get(column);
                    expected.put(header.get(column), Access.ofCell(cell).orElseThrow(() -> new IllegalStateException(
                            "SECURITY.md line " + line + ": \"" + cell + "\" is none of " + Arrays.toString(Access.values()))));
                }
            }
            String target = cells.get(0).replace("`", "").strip();
            if (rows.stream().anyMatch(row -> row.target().equals(target))) {
                throw new IllegalStateException("SECURITY.md line " + (at + 1) + ": " + target + " has a row already");
            }
            rows.add(new Row(target, expected, at + 1));
        }
        return new PermissionTable(heading, identities, List.copyOf(rows));
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }
}

package org.minping.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The moderation module writes only its own tables. Appraisals, agencies, cycles and follow-ups are
 * the core's: moderation changes them through the core's services (QuarantineHolds,
 * PreModerationSwitches, AppraisalModerationService), which keep their rules and announce each
 * change. Read from the SQL in the module's sources, so a statement added later is checked too.
 */
class OwnTablesOnlyTest {

    private static final Set<String> OWN_TABLES = Set.of("quarantine", "moderation_term", "moderation_lexicon_version");
    private static final Pattern WRITE = Pattern.compile(
            "(?i)(?<!FOR )(?<!KEY )\\b(UPDATE|INSERT\\s+(?:IGNORE\\s+)?INTO|REPLACE\\s+INTO|DELETE\\s+FROM)\\s+(\\S+)");
    private static final Pattern ENTITY_WRITE = Pattern.compile("\\bem\\.(persist|merge|remove)\\(");

    @Test
    void moderationWritesNoTableOfTheCore() throws IOException {
        List<String> foreign = new ArrayList<>();
        int statements = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher write = WRITE.matcher(source);
                while (write.find()) {
                    statements++;
                    // A table named by a variable ("UPDATE " + table) cannot be checked, so it is refused too.
                    String table = write.group(2).replaceAll("[`\"]", "");
                    if (!OWN_TABLES.contains(table)) {
                        foreign.add(file.getFileName() + ": " + write.group(1) + " " + write.group(2));
                    }
                }
                Matcher entity = ENTITY_WRITE.matcher(source);
                while (entity.find()) {
                    foreign.add(file.getFileName() + ": em." + entity.group(1) + " of an entity");
                }
            }
        }
        assertTrue(statements >= 5, "the scan finds the module's own writes (" + statements + ")");
        assertEquals(List.of(), foreign, "writes to tables the moderation module does not own");
    }
}

package org.minping.core.audit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Verifies an exported audit chain offline: {@code VerifyAuditChain events.json}, where the file
 * is the answer of GET /api/v1/audit/events. Prints the head hash, or the first broken link and
 * exits with status 1.
 */
public final class VerifyAuditChain {

    private VerifyAuditChain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: VerifyAuditChain events.json");
            System.exit(2);
        }
        List<AuditEvent> events = read(Path.of(args[0]));
        Optional<AuditChain.BrokenLink> broken = AuditChain.verify(events);
        if (broken.isPresent()) {
            System.out.println("BROKEN at event " + broken.get().seq() + ": " + broken.get().reason());
            System.exit(1);
        }
        System.out.println("intact: " + events.size() + " events, head "
                + (events.isEmpty() ? AuditChain.GENESIS : events.get(events.size() - 1).hash()));
    }

    /** Reads the events of an export of GET /api/v1/audit/events. */
    public static List<AuditEvent> read(Path file) throws IOException {
        List<AuditEvent> events = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); JsonReader reader = Json.createReader(in)) {
            for (JsonObject event : reader.readArray().getValuesAs(JsonObject.class)) {
                events.add(new AuditEvent(event.getJsonNumber("seq").longValueExact(), null, event.getString("actor"),
                        event.getString("action"), event.getString("subject"), event.getString("payload"),
                        event.getString("previousHash"), event.getString("hash")));
            }
        }
        return events;
    }
}

package org.minping.core.recompute;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.minping.core.scoring.ScoringEngine;
import org.minping.core.scoring.ScoringException;
import org.minping.core.scoring.ScoringResult;

/**
 * Recomputes a published evaluation offline: reads a run's input JSON (downloaded from
 * /api/v1/cycles/{code}/input.json), runs the same engine, writes the full result with its digests.
 * Usage: {@code Recompute input.json [result.json]} (the result goes to standard output without
 * a second argument). Exit status 0 on success, 2 on unreadable or invalid input.
 */
public final class Recompute {

    private Recompute() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: Recompute input.json [result.json]");
            System.exit(2);
        }
        try {
            JsonObject result = recompute(Path.of(args[0]));
            if (args.length == 2) {
                try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
                    write(result, out);
                }
                System.err.println("input digest  " + result.getString("inputDigest"));
                System.err.println("output digest " + result.getString("outputDigest"));
            } else {
                Writer out = new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8);
                write(result, out);
                out.flush();
            }
        } catch (ScoringException | jakarta.json.JsonException e) {
            System.err.println("cannot recompute: " + e.getMessage());
            System.exit(2);
        }
    }

    public static JsonObject recompute(Path input) throws IOException {
        try (Reader in = Files.newBufferedReader(input, StandardCharsets.UTF_8); JsonReader reader = Json.createReader(in)) {
            ScoringResult result = ScoringEngine.score(ScoringJson.readInput(reader.readObject()));
            return ScoringJson.writeResult(result);
        }
    }

    private static void write(JsonObject json, Writer out) {
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(json);
        }
    }
}

package org.minping.core.recompute;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.minping.core.scoring.ScoringEngine;
import org.minping.core.scoring.ScoringException;
import org.minping.core.scoring.ScoringResult;

/**
 * Recomputes a scoring run offline: reads a run's input JSON (auditors download it from
 * /api/v1/audit/runs/{run}/input.json; everyone may download the public view of a published run's
 * from /api/v1/cycles/{code}/input.json), runs the same engine, writes the full result with its digests.
 * Usage: {@code Recompute input.json [result.json]} (the result goes to standard output without
 * a second argument). Exit status 0 on success, 2 on unreadable or invalid input.
 */
public final class Recompute {

    private Recompute() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.out, System.err));
    }

    /** The command line without the exit: its exit status, the result on {@code out}, messages on {@code err}. */
    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        if (args.length < 1 || args.length > 2) {
            err.println("usage: Recompute input.json [result.json]");
            return 2;
        }
        JsonObject input = null;
        try {
            input = read(Path.of(args[0]));
            JsonObject result = recompute(input);
            if (args.length == 2) {
                try (Writer writer = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
                    write(result, writer);
                }
                err.println("input digest  " + result.getString("inputDigest"));
                err.println("output digest " + result.getString("outputDigest"));
            } else {
                Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                write(result, writer);
                writer.flush();
            }
            publicViewNotice(input, result).ifPresent(err::println);
            return 0;
        } catch (ScoringException | jakarta.json.JsonException e) {
            err.println("cannot recompute: " + e.getMessage());
            if (input != null) {
                withheldNotice(input).ifPresent(err::println);
            }
            return 2;
        }
    }

    public static JsonObject recompute(Path input) throws IOException {
        return recompute(read(input));
    }

    private static JsonObject recompute(JsonObject input) {
        ScoringResult result = ScoringEngine.score(ScoringJson.readInput(input));
        return ScoringJson.writeResult(result);
    }

    private static JsonObject read(Path input) throws IOException {
        try (Reader in = Files.newBufferedReader(input, StandardCharsets.UTF_8); JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    /**
     * For the public view of a run: whether its digests are the run's, and if not, why; a reader
     * comparing them with the run's must not take a difference for tampering.
     */
    static Optional<String> publicViewNotice(JsonObject input, JsonObject result) {
        if (!isPublicView(input)) {
            return Optional.empty();
        }
        JsonObject run = input.getJsonObject("run");
        String view = "public view of run " + run.getJsonNumber("id") + ": ";
        if (result.getString("inputDigest").equals(run.getString("inputDigest"))) {
            return Optional.of(view + "nothing withheld, the digests are the run's");
        }
        if (input.getJsonObject("withheld").getJsonArray("agencies").isEmpty()) {
            return Optional.of(view + "nothing withheld, but the run named experts by account and this view by pseudonym,"
                    + " so the digests differ from the run's");
        }
        return withheldNotice(input).map(withheld -> withheld + "; so the digests differ from the run's (input "
                + run.getString("inputDigest") + ", output " + run.getString("outputDigest") + "), and so may the raking"
                + " factors, the shrinkage priors of their tracks and the numbers that depend on them");
    }

    /**
     * What a public view leaves out, also when that makes it impossible to score (the withheld
     * agencies held the only respondents of a margin category): auditors recompute the full input.
     */
    static Optional<String> withheldNotice(JsonObject input) {
        if (!isPublicView(input) || input.getJsonObject("withheld").getJsonArray("agencies").isEmpty()) {
            return Optional.empty();
        }
        JsonObject withheld = input.getJsonObject("withheld");
        return Optional.of("public view of run " + input.getJsonObject("run").getJsonNumber("id") + ": the cube cells of "
                + withheld.getJsonArray("agencies") + " are withheld (" + withheld.getString("reason") + ", fewer than "
                + withheld.getJsonNumber("minRaters") + " raters); auditors recompute the full input to get the run's digests");
    }

    private static boolean isPublicView(JsonObject input) {
        return ScoringJson.PUBLIC_INPUT_FORMAT.equals(input.getString("format", null));
    }

    private static void write(JsonObject json, Writer out) {
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(json);
        }
    }
}

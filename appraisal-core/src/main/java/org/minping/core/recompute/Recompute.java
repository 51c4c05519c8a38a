package org.minping.core.recompute;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
 * a second argument). Exit status 0 on success, 2 on unreadable or invalid input or an unwritable
 * result, with one line naming the field ({@link InvalidScoringInput#path()}) or the file.
 */
public final class Recompute {

    private Recompute() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        // Exit only on failure: under exec:java a successful run leaves Maven to finish normally.
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * The command line without the exit: the result on {@code out} (or in the file named second),
     * digests and notices on {@code err}; 0, or 2 with one line naming the field or file at fault.
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 1 || args.length > 2) {
            err.println("usage: Recompute input.json [result.json]");
            return 2;
        }
        JsonObject input = null;
        try {
            input = InputDocument.read(Path.of(args[0]));
            JsonObject result = recompute(input);
            if (args.length == 2) {
                writeFile(result, Path.of(args[1]));
                err.println("input digest  " + result.getString("inputDigest"));
                err.println("output digest " + result.getString("outputDigest"));
            } else {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                write(result, writer);
                writer.flush();
            }
            publicViewNotice(input, result).ifPresent(err::println);
            return 0;
        } catch (ScoringException e) {
            err.println("cannot recompute: " + e.getMessage());
            if (input != null) {
                try {
                    withheldNotice(input).ifPresent(err::println);
                } catch (InvalidScoringInput malformed) {
                    // The view's own sections are at fault; said above unless another field failed first.
                    if (!malformed.getMessage().equals(e.getMessage())) {
                        err.println("cannot recompute: " + malformed.getMessage());
                    }
                }
            }
            return 2;
        } catch (IOException e) {
            err.println("cannot recompute: " + e.getMessage());
            return 2;
        }
    }

    /** Reads and recomputes an input file, as the command line does; an invalid one throws {@link InvalidScoringInput}. */
    public static JsonObject recompute(Path input) {
        return recompute(InputDocument.read(input));
    }

    private static JsonObject recompute(JsonObject input) {
        ScoringResult result = ScoringEngine.score(ScoringJson.readInput(input));
        return ScoringJson.writeResult(result);
    }

    private static void writeFile(JsonObject result, Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(result, writer);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such folder for the result file");
        } catch (AccessDeniedException e) {
            throw new IOException(file + ": the result file may not be written");
        } catch (FileSystemException e) {
            throw new IOException(file + ": the result file cannot be written"
                    + (e.getReason() == null ? "" : " (" + e.getReason() + ")"));
        } catch (IOException e) {
            throw new IOException(file + ": the result file cannot be written");
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
        if (!isPublicView(input)) {
            return Optional.empty();
        }
        ScoringJson.checkPublicView(Fields.of(input));
        if (input.getJsonObject("withheld").getJsonArray("agencies").isEmpty()) {
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

    /** Writes the result without closing {@code out}: standard output stays open for what follows. */
    private static void write(JsonObject json, Writer out) {
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out).writeObject(json);
    }
}

package org.minping.core.recompute;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minping.core.scoring.TestCycles;

/**
 * The command line answers every invalid input with exit status 2 and one message that names the
 * field (as a path into the document) or the argument: no stack trace, no text of the Java
 * runtime or the JSON library, no result.
 */
class RecomputeCommandLineTest {

    /** A complete, valid cycle with two weighting variables: every case below spoils one thing of it. */
    private static final JsonObject VALID = ScoringJson.writeInput(TestCycles.random(42));

    /** Texts that only a stack trace or a message of the runtime or a library would show. */
    private static final List<String> INTERNALS = List.of("Exception", "\tat ", "Cannot invoke", "Rounding necessary",
            "Overflow", "No enum constant", "java.", "jakarta.", "org.eclipse", "org.minping", "OutOfMemory", "Error:");

    /** Where NaN goes: JSON-P cannot write it, but other writers (Python's json among them) do. */
    private static final String NAN_MARK = "@NaN@";

    /** What the command line did, as a shell would see it. */
    record Outcome(int status, String out, String err) {
    }

    /** Runs the command line as the JVM would: what escapes {@code run} is a stack trace and exit status 1. */
    private static Outcome recompute(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            try {
                status = Recompute.run(args, o, e);
            } catch (Throwable escaped) {
                StringWriter trace = new StringWriter();
                escaped.printStackTrace(new PrintWriter(trace));
                e.print("Exception in thread \"main\" " + trace);
                status = 1;
            }
        }
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static JsonObject set(JsonObject json, String pointer, JsonValue value) {
        return Json.createPointer(pointer).replace(json, value);
    }

    private static JsonObject add(JsonObject json, String pointer, JsonValue value) {
        return Json.createPointer(pointer).add(json, value);
    }

    private static JsonObject remove(JsonObject json, String pointer) {
        return Json.createPointer(pointer).remove(json);
    }

    private static JsonValue number(String literal) {
        return Json.createValue(new BigDecimal(literal));
    }

    private static double cell(int index, String field) {
        return VALID.getJsonArray("cube").getJsonObject(index).getJsonNumber(field).doubleValue();
    }

    /** An input document spoilt one way, with what the message must name. */
    private static Arguments document(String name, UnaryOperator<JsonObject> spoil, String names) {
        return Arguments.of(name, (Setup) dir -> {
            Path input = dir.resolve("input.json");
            Files.writeString(input, spoil.apply(VALID).toString().replace("\"" + NAN_MARK + "\"", "NaN"),
                    StandardCharsets.UTF_8);
            return new String[] {input.toString()};
        }, names);
    }

    private static Arguments text(String name, String content, String names) {
        return Arguments.of(name, (Setup) dir -> {
            Path input = dir.resolve("input.json");
            Files.writeString(input, content, StandardCharsets.UTF_8);
            return new String[] {input.toString()};
        }, names);
    }

    /** The arguments of one run, with its files laid in a fresh folder. */
    @FunctionalInterface
    interface Setup {
        String[] arguments(Path dir) throws Exception;
    }

    static Stream<Arguments> hostileInputs() {
        double weight5 = cell(5, "weightSum");
        return Stream.of(
                Arguments.of("no arguments", (Setup) dir -> new String[0], "usage"),
                Arguments.of("a missing input file", (Setup) dir -> new String[] {dir.resolve("absent.json").toString()},
                        "absent.json"),
                Arguments.of("an unwritable result file", (Setup) dir -> {
                    Path input = dir.resolve("input.json");
                    Files.writeString(input, VALID.toString(), StandardCharsets.UTF_8);
                    return new String[] {input.toString(), dir.resolve("no-such-folder").resolve("result.json").toString()};
                }, "no-such-folder"),
                text("not JSON", "this is not JSON", "input.json"),
                text("a JSON array", "[1, 2, 3]", "input.json"),
                text("cut short", VALID.toString().substring(0, 200), "input.json"),
                document("a missing required field", json -> remove(json, "/parameters/shrinkageK"),
                        "parameters.shrinkageK"),
                document("a missing section (Cannot invoke…)", json -> remove(json, "/parameters/raking"),
                        "parameters.raking"),
                document("a field of the wrong type", json -> set(json, "/cube/0/count", Json.createValue("three")),
                        "cube[0].count"),
                document("an element of the wrong type", json -> set(json, "/agencies/1", JsonValue.NULL), "agencies[1]"),
                document("an unknown source (No enum constant…)",
                        json -> set(json, "/panelScores/0/source", Json.createValue("CITIZEN")), "panelScores[0].source"),
                document("a negative count", json -> set(json, "/cube/1/count", Json.createValue(-3)), "cube[1].count"),
                document("a count past a long (Overflow)", json -> set(json, "/cube/3/count", number("1e30")),
                        "cube[3].count"),
                document("a weight of 1e309", json -> set(json, "/cube/2/weightSum", number("1e309")),
                        "cube[2].weightSum"),
                document("NaN", json -> set(json, "/cube/2/weightSquareSum", Json.createValue(NAN_MARK)),
                        "cube[2].weightSquareSum"),
                document("weights whose sums overflow", json -> {
                    JsonObject spoilt = set(json, "/cube/0/count", number("1e18"));
                    spoilt = set(spoilt, "/cube/0/weightSum", number("1e160"));
                    return set(spoilt, "/cube/0/weightSquareSum", number("1e302"));
                }, "cube[0].weightSum"),
                document("weights whose total overflows", json -> {
                    JsonObject spoilt = json;
                    for (int i = 0; i < 2; i++) {
                        spoilt = set(spoilt, "/cube/" + i + "/count", number("1e6"));
                        spoilt = set(spoilt, "/cube/" + i + "/weightSum", number("1e154"));
                        spoilt = set(spoilt, "/cube/" + i + "/weightSquareSum", number("1e303"));
                    }
                    return spoilt;
                }, "cube[1].weightSum"),
                document("level 2.5", json -> set(json, "/cube/0/level", number("2.5")), "cube[0].level"),
                document("level 6", json -> set(json, "/cube/0/level", Json.createValue(6)), "cube[0].level"),
                document("a stratum longer than the variables",
                        json -> add(json, "/cube/0/stratum/-", Json.createValue("X")), "cube[0].stratum"),
                document("a stratum shorter than the variables", json -> remove(json, "/cube/0/stratum/1"),
                        "cube[0].stratum"),
                document("Σt² = 0 with a count", json -> set(json, "/cube/4/weightSquareSum", Json.createValue(0)),
                        "cube[4].weightSquareSum"),
                document("Σt² > (Σt)²", json -> set(json, "/cube/5/weightSquareSum",
                        Json.createValue(4 * weight5 * weight5 + 1)), "cube[5].weightSquareSum"),
                document("a seed with a fraction (Rounding necessary)",
                        json -> set(json, "/parameters/sensitivity/seed", number("1.5")), "parameters.sensitivity.seed"),
                document("10^9 sensitivity draws", json -> set(json, "/parameters/sensitivity/draws",
                        Json.createValue(1_000_000_000)), "parameters.sensitivity.draws"),
                document("draws past an int", json -> set(json, "/parameters/sensitivity/draws", number("1e10")),
                        "parameters.sensitivity.draws"),
                document("a public view that does not name its run", json -> add(publicView(json), "/withheld",
                        Json.createObjectBuilder().add("reason", "FEWER_THAN_MIN_RATERS").add("minRaters", 10)
                                .add("agencies", Json.createArrayBuilder()).build()), "run"),
                document("a public view that does not say what it withholds", json -> add(publicView(json), "/run",
                        Json.createObjectBuilder().add("id", 3).add("inputDigest", "0".repeat(64))
                                .add("outputDigest", "0".repeat(64)).build()), "withheld"));
    }

    private static JsonObject publicView(JsonObject json) {
        return set(json, "/format", Json.createValue(ScoringJson.PUBLIC_INPUT_FORMAT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileInputs")
    void anInvalidInputExitsWithStatus2AndNamesTheField(String name, Setup setup, String names, @TempDir Path dir)
            throws Exception {
        Outcome outcome = recompute(setup.arguments(dir));
        String said = outcome.err + outcome.out;
        assertAll(name,
                () -> assertEquals(2, outcome.status, "exit status; it said:\n" + said),
                () -> assertTrue(outcome.err.contains(names), "names " + names + "; it said:\n" + said),
                () -> assertEquals(1, outcome.err.strip().lines().count(), "says it once, on one line:\n" + said),
                () -> assertEquals("", outcome.out, "writes no result"),
                () -> INTERNALS.forEach(internal -> assertFalse(said.contains(internal),
                        "shows no internals (" + internal.strip() + "); it said:\n" + said)));
    }

    @Test
    void aValidInputStillExitsWith0AndWritesTheResult(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("input.json");
        Files.writeString(input, VALID.toString(), StandardCharsets.UTF_8);
        Outcome outcome = recompute(input.toString());
        assertEquals(0, outcome.status, outcome.err);
        JsonObject result = Json.createReader(new java.io.StringReader(outcome.out)).readObject();
        assertEquals(ScoringJson.RESULT_FORMAT, result.getString("format"));
    }
}

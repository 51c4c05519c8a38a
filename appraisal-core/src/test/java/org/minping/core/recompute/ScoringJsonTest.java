package org.minping.core.recompute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minping.core.scoring.ScoringEngine;
import org.minping.core.scoring.ScoringException;
import org.minping.core.scoring.ScoringInput;
import org.minping.core.scoring.ScoringResult;
import org.minping.core.scoring.TestCycles;

class ScoringJsonTest {

    private static ScoringInput throughText(ScoringInput input) {
        String text = ScoringJson.writeInput(input).toString();
        return ScoringJson.readInput(Json.createReader(new StringReader(text)).readObject());
    }

    @Property(tries = 60)
    void anInputSurvivesJsonToTheLastBit(@ForAll long seed) {
        ScoringInput input = TestCycles.random(seed);
        ScoringResult direct = ScoringEngine.score(input);
        ScoringResult recomputed = ScoringEngine.score(throughText(input));
        assertEquals(direct.inputDigest(), recomputed.inputDigest());
        assertEquals(direct.outputDigest(), recomputed.outputDigest());
    }

    @Test
    void theCommandLineWritesTheResultWithItsDigests(@TempDir Path dir) throws Exception {
        ScoringInput input = TestCycles.random(42);
        Path in = dir.resolve("input.json");
        Path out = dir.resolve("result.json");
        Files.writeString(in, ScoringJson.writeInput(input).toString(), StandardCharsets.UTF_8);
        assertEquals(0, Recompute.run(new String[] {in.toString(), out.toString()}, System.out, System.err));
        JsonObject result = Json.createReader(Files.newBufferedReader(out)).readObject();
        ScoringResult expected = ScoringEngine.score(input);
        assertEquals(ScoringJson.RESULT_FORMAT, result.getString("format"));
        assertEquals(expected.inputDigest(), result.getString("inputDigest"));
        assertEquals(expected.outputDigest(), result.getString("outputDigest"));
        assertEquals(expected.agencies().size(), result.getJsonArray("agencies").size());
        JsonObject first = result.getJsonArray("agencies").getJsonObject(0);
        assertEquals(expected.agencies().get(0).agency(), first.getString("agency"));
        assertTrue(first.containsKey("decomposition"));
    }

    @Test
    void aDocumentOfAnotherFormatIsRefusedByName() {
        JsonObject wrong = Json.createObjectBuilder().add("format", "something-else").build();
        ScoringException e = assertThrows(ScoringException.class, () -> ScoringJson.readInput(wrong));
        assertEquals("format: must be minping-scoring-input/1 or minping-public-input/1", e.getMessage());
        JsonObject incomplete = Json.createObjectBuilder().add("format", ScoringJson.INPUT_FORMAT).build();
        InvalidScoringInput missing = assertThrows(InvalidScoringInput.class, () -> ScoringJson.readInput(incomplete));
        assertEquals("trees", missing.path());
        assertEquals("trees: is required", missing.getMessage());
    }
}

package org.minping.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minping.core.recompute.ScoringJson;
import org.minping.core.scoring.ScoringEngine;
import org.minping.core.scoring.ScoringResult;

class PublicRunInputTest {

    private static final JsonObject RUN_INPUT = TwoAgencyRun.input();

    private static final ScoringResult RUN = ScoringEngine.score(ScoringJson.readInput(RUN_INPUT));

    private static JsonObject publicView(int minRaters) {
        return PublicRunInput.of(RUN_INPUT, new PublicRunInput.Run(7, RUN.inputDigest(), RUN.outputDigest()), minRaters,
                account -> {
                    throw new AssertionError("a pseudonym is renamed: " + account);
                });
    }

    private static List<String> agenciesInTheCube(JsonObject input) {
        return input.getJsonArray("cube").getValuesAs(JsonObject.class).stream().map(c -> c.getString("agency")).toList();
    }

    @Nested
    class BelowTheMinimum {

        @Test
        void everyCellOfTheAgencyIsLeftOutAndTheOthersKept() {
            JsonObject view = publicView(10);
            assertEquals(List.of("SZ", "SZ"), agenciesInTheCube(view));
            assertEquals(RUN_INPUT.getJsonArray("cube").getJsonObject(2), view.getJsonArray("cube").getJsonObject(0),
                    "kept cells are the run's, to the last digit");
        }

        @Test
        void theFileSaysWhatWasWithheldAndWhy() {
            JsonObject withheld = publicView(10).getJsonObject("withheld");
            assertEquals("FEWER_THAN_MIN_RATERS", withheld.getString("reason"));
            assertEquals(10, withheld.getInt("minRaters"));
            assertEquals(Json.createArrayBuilder().add("HZ").build(), withheld.getJsonArray("agencies"));
            assertEquals(Json.createArrayBuilder().add("cube").build(), withheld.getJsonArray("sections"));
        }

        @Test
        void respondentsAreCountedOnceEachInTheOverallSliceNotOncePerRating() {
            // HZ has 6 ratings but 3 respondents: 4 is above what it has.
            assertEquals(List.of("SZ", "SZ"), agenciesInTheCube(publicView(4)));
            assertEquals(List.of("HZ", "HZ", "SZ", "SZ"), agenciesInTheCube(publicView(3)), "3 of 3 is enough");
        }

        @Test
        void theViewNamesTheRunAndItsDigestsButCannotReproduceThem() {
            JsonObject view = publicView(10);
            assertEquals(ScoringJson.PUBLIC_INPUT_FORMAT, view.getString("format"));
            assertEquals(7, view.getJsonObject("run").getInt("id"));
            assertEquals(RUN.inputDigest(), view.getJsonObject("run").getString("inputDigest"));
            assertEquals(RUN.outputDigest(), view.getJsonObject("run").getString("outputDigest"));
            ScoringResult recomputed = ScoringEngine.score(ScoringJson.readInput(view));
            assertNotEquals(RUN.inputDigest(), recomputed.inputDigest());
            assertTrue(recomputed.agencies().stream().filter(a -> a.agency().equals("HZ")).findFirst().orElseThrow()
                    .indicators().stream().allMatch(i -> i.publicEstimate().isEmpty()), "no satisfaction of HZ can be computed");
        }
    }

    @Test
    void withNothingWithheldTheViewRecomputesToTheRunsDigests() {
        JsonObject view = publicView(3);
        assertEquals(0, view.getJsonObject("withheld").getJsonArray("agencies").size());
        ScoringResult recomputed = ScoringEngine.score(ScoringJson.readInput(view));
        assertEquals(RUN.inputDigest(), recomputed.inputDigest());
        assertEquals(RUN.outputDigest(), recomputed.outputDigest());
    }

    @Test
    void expertsThatARunStoredBeforePseudonymsNamedByAccountAreRenamedAndOrganisationsStayNamed() {
        JsonObject legacy = TwoAgencyRun.parse(TwoAgencyRun.TEXT.replace("E-aaaaaaaaaaaa", "zhang.wei"));
        String text = PublicRunInput.of(legacy, new PublicRunInput.Run(7, "-", "-"), 10,
                account -> account.equals("zhang.wei") ? "E-ffffffffffff" : "unexpected " + account).toString();
        assertFalse(text.contains("zhang.wei"), text);
        assertEquals(2, text.split("\"rater\":\"E-ffffffffffff\"", -1).length - 1, text);
        assertTrue(text.contains("\"rater\":\"E-0123456789ab\""), text);
        assertTrue(text.contains("\"rater\":\"ORG-CASS\""), text);
        assertFalse(text.contains("unexpected"), text);
    }
}

package org.minping.core.recompute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minping.core.evaluation.PublicRunInput;
import org.minping.core.evaluation.TwoAgencyRun;
import org.minping.core.scoring.ScoringEngine;
import org.minping.core.scoring.ScoringException;
import org.minping.core.scoring.ScoringResult;
import org.minping.core.scoring.TestCycles;

/** What the command line says about the public view of a run, beside the digests it prints. */
class RecomputeTest {

    private static final JsonObject RUN_INPUT = TwoAgencyRun.input();
    private static final ScoringResult RUN = ScoringEngine.score(ScoringJson.readInput(RUN_INPUT));

    private static JsonObject publicView(JsonObject runInput, ScoringResult run, int minRaters) {
        return PublicRunInput.of(runInput, new PublicRunInput.Run(3, run.inputDigest(), run.outputDigest()), minRaters,
                account -> account);
    }

    private static Optional<String> noticeFor(int minRaters) {
        JsonObject view = publicView(RUN_INPUT, RUN, minRaters);
        return Recompute.publicViewNotice(view, ScoringJson.writeResult(ScoringEngine.score(ScoringJson.readInput(view))));
    }

    @Test
    void aRunsOwnInputNeedsNoNotice() {
        assertEquals(Optional.empty(), Recompute.publicViewNotice(RUN_INPUT, ScoringJson.writeResult(RUN)));
    }

    @Test
    void aPublicViewWithNothingWithheldSaysItsDigestsAreTheRuns() {
        assertEquals(Optional.of("public view of run 3: nothing withheld, the digests are the run's"), noticeFor(3));
    }

    @Test
    void aPublicViewWithWithheldCellsSaysWhyItsDigestsDifferAndNamesTheRuns() {
        String notice = noticeFor(10).orElseThrow();
        assertTrue(notice.startsWith("public view of run 3: the cube cells of [\"HZ\"] are withheld (FEWER_THAN_MIN_RATERS,"
                + " fewer than 10 raters)"), notice);
        assertTrue(notice.contains(RUN.inputDigest()) && notice.contains(RUN.outputDigest()), notice);
    }

    @Test
    void aPublicViewThatCannotBeScoredStillSaysWhatItWithholds() {
        JsonObject raked = ScoringJson.writeInput(TestCycles.random(7));
        ScoringResult run = ScoringEngine.score(ScoringJson.readInput(raked));
        JsonObject view = publicView(raked, run, Integer.MAX_VALUE);
        // Every agency withheld: no respondent is left to rake.
        assertThrows(ScoringException.class, () -> ScoringEngine.score(ScoringJson.readInput(view)));
        assertTrue(Recompute.withheldNotice(view).orElseThrow().endsWith("auditors recompute the full input to get the run's digests"));
    }
}

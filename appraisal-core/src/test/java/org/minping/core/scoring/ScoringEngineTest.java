package org.minping.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScoringEngineTest {

    @Nested
    class WeightedSatisfaction {

        /**
         * A: 2 × 100 and 8 × 75, unit weights. Mean 80; variance (2 · 20² + 8 · 5²) / 10 = 100;
         * n_eff 10; se √(100 / 10) = √10; interval 80 ± 1.959963984540054 √10.
         */
        @Test
        void meanVarianceEffectiveSampleAndIntervalByHand() {
            WeightedEstimate estimate = ScoringEngine.score(CycleFixtures.smallCycle(0)).agency("A").orElseThrow()
                    .indicators().stream().filter(i -> i.indicator().equals("OVERALL")).findFirst().orElseThrow()
                    .publicEstimate().orElseThrow();
            assertEquals(80.0, estimate.mean(), 1e-12);
            assertEquals(100.0, estimate.variance(), 1e-12);
            assertEquals(10.0, estimate.effectiveSampleSize(), 1e-12);
            assertEquals(Math.sqrt(10), estimate.standardError(), 1e-12);
            assertEquals(80 - 1.959963984540054 * Math.sqrt(10), estimate.lower(), 1e-12);
            assertEquals(80 + 1.959963984540054 * Math.sqrt(10), estimate.upper(), 1e-12);
            assertEquals(10, estimate.respondents());
        }

        /** Weights 1 (level 5) and 3 (level 1): mean (100 + 0) / 4 = 25; n_eff = 4² / (1 + 9) = 1.6. */
        @Test
        void kishEffectiveSampleSizeWithUnequalWeights() {
            WeightedEstimate.Accumulator accumulator = new WeightedEstimate.Accumulator();
            accumulator.add(5, 1, 1, 1);
            accumulator.add(1, 3, 9, 1);
            WeightedEstimate estimate = accumulator.estimate(LevelScale.linear());
            assertEquals(25.0, estimate.mean(), 1e-12);
            assertEquals(1.6, estimate.effectiveSampleSize(), 1e-12);
            // variance (1 · 75² + 3 · 25²) / 4 = 1875; interval clipped at 0
            assertEquals(1875.0, estimate.variance(), 1e-9);
            assertEquals(0.0, estimate.lower());
        }
    }

    /**
     * Shrinkage worked example: A mean 80 with n_eff 10, B mean 60 with n_eff 40, one track, so
     * the prior is (80 + 60) / 2 = 70. With k = 10: A (10 · 80 + 10 · 70) / 20 = 75; B
     * (40 · 60 + 10 · 70) / 50 = 62.
     */
    @Test
    void shrinkageTowardTheTrackMean() {
        ScoringResult result = ScoringEngine.score(CycleFixtures.smallCycle(10));
        assertEquals(75.0, publicValue(result, "A"), 1e-12);
        assertEquals(62.0, publicValue(result, "B"), 1e-12);
        ScoringResult unshrunk = ScoringEngine.score(CycleFixtures.smallCycle(0));
        assertEquals(80.0, publicValue(unshrunk, "A"), 1e-12);
    }

    private static double publicValue(ScoringResult result, String agency) {
        return result.agency(agency).orElseThrow().indicators().stream()
                .filter(i -> i.indicator().equals("OVERALL")).findFirst().orElseThrow().sources().get(Source.PUBLIC);
    }

    /**
     * The full small cycle with k = 10, by hand. A: OVERALL 0.5 · 75 = 37.5; DUTY internal
     * 0.5 · 0.6 · 90 = 27, expert 0.5 · 0.4 · 75 = 15 (experts 70 and 80); bonus 1: 80.5, 良好.
     * B: OVERALL 0.5 · 62 = 31; DUTY has no expert, so internal takes the whole indicator:
     * 0.5 · 70 = 35: 66, 合格, incomplete. A ranks 1, B 2; A's n_eff 10 is below 30.
     */
    @Test
    void fullSmallCycleByHand() {
        ScoringResult result = ScoringEngine.score(CycleFixtures.smallCycle(10));
        AgencyResult a = result.agency("A").orElseThrow();
        AgencyResult b = result.agency("B").orElseThrow();

        assertEquals(80.5, a.score(), 1e-12);
        assertEquals(new BigDecimal("80.50"), a.published());
        assertEquals("良好", a.grade());
        assertEquals(1, a.rank());
        assertTrue(a.insufficientSample());
        assertFalse(a.incomplete());
        // terms in leaf-code order (DUTY before OVERALL), sources in their fixed order, then adjustments
        assertEquals(List.of(27.0, 15.0, 37.5, 1.0), a.decomposition().stream().map(Contribution::points).toList()
                .stream().map(p -> Math.round(p * 1e9) / 1e9).toList());
        assertEquals(List.of(Source.INTERNAL, Source.EXPERT, Source.PUBLIC),
                a.decomposition().subList(0, 3).stream().map(Contribution::source).toList());
        assertEquals("national award", a.decomposition().get(3).adjustmentReason());
        assertEquals(a.score(), a.decompositionTotal(), 0.0);

        assertEquals(66.0, b.score(), 1e-12);
        assertEquals("合格", b.grade());
        assertEquals(2, b.rank());
        assertTrue(b.incomplete());
        assertFalse(b.insufficientSample());
    }

    @Test
    void tiesOnThePublishedValueShareARank() {
        List<CubeCell> cube = new java.util.ArrayList<>(CycleFixtures.overall("A", new int[] {4, 40}));
        cube.addAll(CycleFixtures.overall("B", new int[] {4, 40}));
        cube.addAll(CycleFixtures.overall("C", new int[] {3, 40}));
        IndicatorTree tree = new IndicatorTree(List.of(IndicatorNode.leaf("OVERALL", null, 1, Map.of(Source.PUBLIC, 1.0))));
        ScoringResult result = ScoringEngine.score(new ScoringInput(List.of(new AgencyRef("A", "T"),
                new AgencyRef("B", "T"), new AgencyRef("C", "T")), Map.of("T", tree), "OVERALL", cube, List.of(), List.of(), List.of(),
                CycleFixtures.parameters(0)));
        assertEquals(List.of(1, 1, 3), result.agencies().stream().map(AgencyResult::rank).toList());
    }

    @Test
    void bonusesBeyondTheCapAreScaledDown() {
        ScoringInput base = CycleFixtures.smallCycle(10);
        ScoringInput generous = new ScoringInput(base.agencies(), base.trees(), base.overallIndicator(), base.cube(),
                base.panelScores(), base.importedScores(),
                List.of(new Adjustment("A", "award", 4), new Adjustment("A", "innovation", 4),
                        new Adjustment("B", "incident", -2)), base.parameters());
        ScoringResult result = ScoringEngine.score(generous);
        // 8 points asked, 5 allowed: each item scaled by 5/8
        assertEquals(79.5 + 5, result.agency("A").orElseThrow().score(), 1e-12);
        assertEquals(64.0, result.agency("B").orElseThrow().score(), 1e-12);
    }

    @Test
    void anAgencyNoSourceScoredHasNoScoreGradeOrRank() {
        ScoringInput base = CycleFixtures.smallCycle(10);
        ScoringInput withSilentAgency = new ScoringInput(List.of(new AgencyRef("A", "LOCAL"), new AgencyRef("B", "LOCAL"),
                new AgencyRef("Z", "LOCAL")), base.trees(), base.overallIndicator(), base.cube(), base.panelScores(),
                base.importedScores(), base.adjustments(), base.parameters());
        AgencyResult z = ScoringEngine.score(withSilentAgency).agency("Z").orElseThrow();
        assertFalse(z.isScored());
        assertEquals(0, z.rank());
        assertEquals(null, z.grade());
        assertTrue(z.incomplete());
    }

    @Test
    void panelAgreementIsReported() {
        ScoringResult result = ScoringEngine.score(CycleFixtures.smallCycle(10));
        assertEquals(1, result.agreements().size());
        Agreement agreement = result.agreements().get(0);
        assertEquals(Source.EXPERT, agreement.source());
        assertEquals(1, agreement.agencies());
        assertTrue(Double.isNaN(agreement.kendallW()), "one agency cannot be ranked");
        assertFalse(agreement.low());
    }

    @Test
    void sensitivityGivesRankIntervalsThatContainTheRank() {
        ScoringInput base = CycleFixtures.smallCycle(10);
        ScoringInput probed = new ScoringInput(base.agencies(), base.trees(), base.overallIndicator(), base.cube(),
                base.panelScores(), base.importedScores(), base.adjustments(),
                base.parameters().withSensitivity(new Sensitivity(500, 20, 7)));
        for (AgencyResult agency : ScoringEngine.score(probed).agencies()) {
            assertTrue(agency.rankLow() <= agency.rank() && agency.rank() <= agency.rankHigh(),
                    agency.agency() + " " + agency.rankLow() + ".." + agency.rankHigh());
        }
    }

    @Test
    void statisticsAreASourceOfTheirOwnBesideTheInternalAssessment() {
        // DUTY weighs internal 0.5 and statistics 0.5; A has both (90, 60), B statistics only (40).
        IndicatorTree tree = new IndicatorTree(List.of(
                IndicatorNode.leaf("OVERALL", null, 0.5, Map.of(Source.PUBLIC, 1.0)),
                IndicatorNode.leaf("DUTY", null, 0.5, Map.of(Source.INTERNAL, 0.5, Source.STATISTICS, 0.5))));
        List<CubeCell> cube = new java.util.ArrayList<>(CycleFixtures.overall("A", new int[] {4, 100}));
        cube.addAll(CycleFixtures.overall("B", new int[] {4, 100}));
        List<AgencyRef> agencies = List.of(new AgencyRef("A", "LOCAL"), new AgencyRef("B", "LOCAL"));
        ScoringResult result = ScoringEngine.score(new ScoringInput(agencies, ScoringInput.sameTreeForAll(agencies, tree),
                "OVERALL", cube, List.of(), List.of(ImportedScore.statistics("A", "DUTY", 60), ImportedScore.internal("A", "DUTY", 90),
                ImportedScore.statistics("B", "DUTY", 40)), List.of(), CycleFixtures.parameters(0)));

        IndicatorResult dutyOfA = result.agency("A").orElseThrow().indicators().stream()
                .filter(i -> i.indicator().equals("DUTY")).findFirst().orElseThrow();
        assertEquals(Map.of(Source.INTERNAL, 90.0, Source.STATISTICS, 60.0), dutyOfA.sources());
        assertEquals(75.0, dutyOfA.value(), 1e-12);
        assertEquals(0.5 * 75 + 0.5 * 75, result.agency("A").orElseThrow().score(), 1e-9);
        // B lacks the internal score: the statistics carry DUTY alone, and it is marked incomplete.
        assertEquals(0.5 * 75 + 0.5 * 40, result.agency("B").orElseThrow().score(), 1e-9);
        assertTrue(result.agency("B").orElseThrow().incomplete());
    }

    @Test
    void theSameSourceTwiceOnOneLeafIsRefusedButTwoSourcesAreNot() {
        List<AgencyRef> agencies = List.of(new AgencyRef("A", "LOCAL"));
        List<CubeCell> cube = CycleFixtures.overall("A", new int[] {4, 10});
        assertThrows(ScoringException.class, () -> new ScoringInput(agencies, ScoringInput.sameTreeForAll(agencies, CycleFixtures.tree()),
                "OVERALL", cube, List.of(), List.of(ImportedScore.statistics("A", "DUTY", 60), ImportedScore.statistics("A", "DUTY", 61)),
                List.of(), CycleFixtures.parameters(0)));
        new ScoringInput(agencies, ScoringInput.sameTreeForAll(agencies, CycleFixtures.tree()), "OVERALL", cube, List.of(),
                List.of(ImportedScore.statistics("A", "DUTY", 60), ImportedScore.internal("A", "DUTY", 60)), List.of(),
                CycleFixtures.parameters(0));
        assertThrows(ScoringException.class, () -> new ImportedScore(Source.EXPERT, "A", "DUTY", 60));
    }

    @Test
    void aKindWithATreeOfItsOwnIsScoredAgainstItButRankedWithItsTrack() {
        // A regional government (A) on the track's tree; a department (D) of the same track on a tree
        // whose only indicator is overall satisfaction. Both 100 raters at level 4 (75).
        IndicatorTree departments = new IndicatorTree(List.of(IndicatorNode.leaf("OVERALL", null, 1, Map.of(Source.PUBLIC, 1.0))));
        List<CubeCell> cube = new java.util.ArrayList<>(CycleFixtures.overall("A", new int[] {4, 100}));
        cube.addAll(CycleFixtures.overall("D", new int[] {4, 100}));
        List<AgencyRef> agencies = List.of(new AgencyRef("A", "LOCAL"), new AgencyRef("D", "LOCAL", "LOCAL-DEPARTMENT"));
        ScoringInput input = new ScoringInput(agencies, Map.of("LOCAL", CycleFixtures.tree(), "LOCAL-DEPARTMENT", departments),
                "OVERALL", cube, List.of(), List.of(ImportedScore.internal("A", "DUTY", 95)), List.of(),
                ScoringParameters.defaults().withShrinkage(0, 30).withSensitivity(new Sensitivity(50, 100, 7)));
        ScoringResult result = ScoringEngine.score(input);

        AgencyResult department = result.agency("D").orElseThrow();
        assertEquals(75.0, department.score(), 1e-12, "overall satisfaction is all of the department's tree");
        assertEquals(List.of("OVERALL"), department.indicators().stream().map(IndicatorResult::indicator).toList());
        // A: PUBLIC 0.5 × 75 + DUTY 0.5 × 95 (the expert's 0.4 missing, renormalized to internal alone).
        assertEquals(0.5 * 75 + 0.5 * 95, result.agency("A").orElseThrow().score(), 1e-9);
        assertEquals("LOCAL", department.track());
        assertEquals(1, result.agency("A").orElseThrow().rank());
        assertEquals(2, department.rank(), "one ranking per track, whatever tree each agency is scored on");
        assertTrue(department.rankLow() >= 1 && department.rankHigh() <= 2);

        // A tree an agency names must be given.
        assertThrows(ScoringException.class, () -> new ScoringInput(agencies, Map.of("LOCAL", CycleFixtures.tree()), "OVERALL",
                cube, List.of(), List.of(), List.of(), CycleFixtures.parameters(0)));
        // An input of one tree per track digests as before agencies could have trees of their kind.
        ScoringInput sameTrees = CycleFixtures.smallCycle(0);
        assertEquals(Digests.input(sameTrees), Digests.input(new ScoringInput(sameTrees.agencies().stream()
                .map(a -> new AgencyRef(a.code(), a.track(), a.track())).toList(), sameTrees.trees(), sameTrees.overallIndicator(),
                sameTrees.cube(), sameTrees.panelScores(), sameTrees.importedScores(), sameTrees.adjustments(), sameTrees.parameters())));
    }

    @Test
    void eachTrackIsScoredAgainstItsOwnTreeAndRankedApart() {
        IndicatorTree other = new IndicatorTree(List.of(IndicatorNode.leaf("OVERALL", null, 1, Map.of(Source.PUBLIC, 1.0))));
        // A's 100 raters and internal score carry 0.5 + 0.3 of its weight: enough to be ranked.
        List<CubeCell> cube = new java.util.ArrayList<>(CycleFixtures.overall("A", new int[] {5, 20}, new int[] {4, 80}));
        cube.addAll(CycleFixtures.overall("M", new int[] {2, 30}));
        ScoringResult result = ScoringEngine.score(new ScoringInput(List.of(new AgencyRef("A", "LOCAL"),
                new AgencyRef("M", "MINISTRY")), Map.of("LOCAL", CycleFixtures.tree(), "MINISTRY", other), "OVERALL", cube,
                List.of(), List.of(ImportedScore.internal("A", "DUTY", 90)), List.of(), CycleFixtures.parameters(0)));
        assertEquals(1, result.agency("A").orElseThrow().rank());
        assertEquals(1, result.agency("M").orElseThrow().rank());
        assertEquals(25.0, result.agency("M").orElseThrow().score(), 1e-12);
        assertEquals(1, result.agency("M").orElseThrow().indicators().size());
    }

    /**
     * Agencies whose score rests on too little data: less than half of their configured weight
     * (leaf weight × source weight) comes from sources present with enough data, public appraisal
     * counting only from the minimum effective sample (30 here).
     */
    @Nested
    class NotRankedOnTooLittleData {

        /** One leaf, public appraisal only: three ratings of 非常满意 against 40 and 40 of others. */
        private ScoringResult threeRatingsAgainstTwoWellRatedAgencies() {
            List<CubeCell> cube = new java.util.ArrayList<>(CycleFixtures.overall("FEW", new int[] {5, 3}));
            cube.addAll(CycleFixtures.overall("A", new int[] {4, 40}));
            cube.addAll(CycleFixtures.overall("B", new int[] {3, 40}));
            IndicatorTree tree = new IndicatorTree(List.of(IndicatorNode.leaf("OVERALL", null, 1, Map.of(Source.PUBLIC, 1.0))));
            return ScoringEngine.score(new ScoringInput(List.of(new AgencyRef("A", "T"), new AgencyRef("B", "T"),
                    new AgencyRef("FEW", "T")), Map.of("T", tree), "OVERALL", cube, List.of(), List.of(), List.of(),
                    CycleFixtures.parameters(0).withSensitivity(new Sensitivity(50, 20, 5))));
        }

        @Test
        void threeRatingsOfTheBestLevelAreNeitherGradedNorRankedButKeepTheirScore() {
            AgencyResult few = threeRatingsAgainstTwoWellRatedAgencies().agency("FEW").orElseThrow();
            assertEquals(new BigDecimal("100.00"), few.published(), "the score stays, with its decomposition");
            assertEquals(100.0, few.decompositionTotal(), 0.0);
            assertEquals(null, few.grade());
            assertEquals(0, few.rank());
            assertFalse(few.isRanked());
            assertEquals(0.0, few.coverage());
            assertEquals(List.of(0, 0), List.of(few.rankLow(), few.rankHigh()), "no rank interval either");
        }

        @Test
        void theOthersAreRankedWithoutAGapAndTheirRankIntervalsLeaveItOut() {
            ScoringResult result = threeRatingsAgainstTwoWellRatedAgencies();
            AgencyResult a = result.agency("A").orElseThrow();
            AgencyResult b = result.agency("B").orElseThrow();
            assertEquals(List.of(1, 2), List.of(a.rank(), b.rank()));
            assertEquals("不合格", b.grade());
            assertEquals(1.0, a.coverage());
            for (AgencyResult ranked : List.of(a, b)) {
                assertTrue(ranked.rankLow() >= 1 && ranked.rankHigh() <= 2, ranked.agency() + " " + ranked.rankLow()
                        + ".." + ranked.rankHigh());
            }
        }

        /**
         * The small cycle: A's 10 raters (n_eff below 30) leave OVERALL (0.5) uncovered, DUTY's
         * internal and expert scores cover 0.5: exactly half, ranked, flagged. B: OVERALL 0.5 with 40
         * raters and DUTY's internal 0.5 · 0.6: 0.8, the expert's 0.2 missing.
         */
        @Test
        void halfTheWeightOnEnoughDataIsEnough() {
            ScoringResult result = ScoringEngine.score(CycleFixtures.smallCycle(10));
            AgencyResult a = result.agency("A").orElseThrow();
            assertEquals(0.5, a.coverage(), 1e-12);
            assertTrue(a.isRanked() && a.insufficientSample());
            assertEquals(0.8, result.agency("B").orElseThrow().coverage(), 1e-12);
        }

        @Test
        void lessThanHalfIsNotRankedEvenWithAHighScore() {
            ScoringInput base = CycleFixtures.smallCycle(10);
            // Without its experts A keeps only its internal score on DUTY: 0.5 · 0.6 = 0.3 of its weight.
            ScoringResult result = ScoringEngine.score(new ScoringInput(base.agencies(), base.trees(), base.overallIndicator(),
                    base.cube(), List.of(), base.importedScores(), base.adjustments(), base.parameters()));
            AgencyResult a = result.agency("A").orElseThrow();
            assertEquals(0.3, a.coverage(), 1e-12);
            assertFalse(a.isRanked());
            assertEquals(null, a.grade());
            assertEquals(1, result.agency("B").orElseThrow().rank(), "B moves up to the first rank, not the second");
        }
    }

    @Nested
    class Refuses {

        @Test
        void aTrackWithoutATree() {
            ScoringException e = assertThrows(ScoringException.class, () -> new ScoringInput(
                    List.of(new AgencyRef("A", "T")), Map.of("U", CycleFixtures.tree()), "OVERALL", List.of(), List.of(),
                    List.of(), List.of(), CycleFixtures.parameters(0)));
            assertEquals("the indicator tree T of agency A is missing", e.getMessage());
        }

        @Test
        void siblingWeightsThatDoNotSumToOne() {
            ScoringException e = assertThrows(ScoringException.class, () -> new IndicatorTree(List.of(
                    IndicatorNode.leaf("X", null, 0.6, Map.of(Source.PUBLIC, 1.0)),
                    IndicatorNode.leaf("Y", null, 0.3, Map.of(Source.PUBLIC, 1.0)))));
            assertTrue(e.getMessage().startsWith("the weights of the top-level indicators must sum to 1"), e.getMessage());
        }

        @Test
        void sourceWeightsThatDoNotSumToOne() {
            ScoringException e = assertThrows(ScoringException.class, () -> new IndicatorTree(List.of(
                    IndicatorNode.leaf("X", null, 1, Map.of(Source.PUBLIC, 0.5, Source.INTERNAL, 0.4)))));
            assertTrue(e.getMessage().startsWith("the source weights of indicator X must sum to 1"), e.getMessage());
        }

        @Test
        void levelsOutsideOneToFive() {
            ScoringException e = assertThrows(ScoringException.class,
                    () -> new CubeCell("A", "OVERALL", Stratum.NONE, 6, 1, 1, 1));
            assertEquals("a level must be from 1 to 5, not 6", e.getMessage());
            assertThrows(ScoringException.class, () -> new CubeCell("A", "OVERALL", Stratum.NONE, 0, 1, 1, 1));
        }

        @Test
        void cellsNoWeightsCanGive() {
            // Σt² = 0 with a weight; Σt² > (Σt)²; Σt² < (Σt)²/n, an effective sample larger than the count.
            ScoringException none = assertThrows(ScoringException.class, () -> new CubeCell("A", "OVERALL", Stratum.NONE, 3, 2, 2, 0));
            ScoringException over = assertThrows(ScoringException.class, () -> new CubeCell("A", "OVERALL", Stratum.NONE, 3, 2, 2, 5));
            ScoringException under = assertThrows(ScoringException.class,
                    () -> new CubeCell("A", "OVERALL", Stratum.NONE, 3, 2, 2, 1.5));
            for (ScoringException e : List.of(none, over, under)) {
                assertEquals("weightSquareSum", e.field().orElseThrow(), e.getMessage());
            }
            // On the bounds: one weight of 2, and two weights of 1.
            assertEquals(4, new CubeCell("A", "OVERALL", Stratum.NONE, 3, 1, 2, 4).weightSquareSum());
            assertEquals(2, new CubeCell("A", "OVERALL", Stratum.NONE, 3, 2, 2, 2).weightSquareSum());
        }

        @Test
        void weightsWhoseSumsOverflowOnceAddedUp() {
            // Each cell is in range; their sum, squared for the effective sample size, is not.
            List<CubeCell> cube = List.of(new CubeCell("A", CycleFixtures.OVERALL, Stratum.NONE, 4, 1_000_000, 1e154, 1e303),
                    new CubeCell("A", CycleFixtures.OVERALL, Stratum.NONE, 5, 1_000_000, 1e154, 1e303));
            ScoringInput base = CycleFixtures.smallCycle(10);
            ScoringInput input = new ScoringInput(base.agencies(), base.trees(), base.overallIndicator(), cube, List.of(),
                    List.of(), List.of(), base.parameters());
            ScoringException e = assertThrows(ScoringException.class, () -> ScoringEngine.score(input));
            assertTrue(e.getMessage().contains("A/" + CycleFixtures.OVERALL), e.getMessage());
        }

        @Test
        void aStratumOfAnotherLengthThanTheVariables() {
            ScoringInput base = CycleFixtures.smallCycle(10);
            List<CubeCell> cube = List.of(new CubeCell("A", CycleFixtures.OVERALL, Stratum.of("R1"), 4, 1, 1, 1));
            ScoringException e = assertThrows(ScoringException.class, () -> new ScoringInput(base.agencies(), base.trees(),
                    base.overallIndicator(), cube, List.of(), List.of(), List.of(), base.parameters()));
            assertTrue(e.getMessage().contains("for each of the 0 weighting variables"), e.getMessage());
        }

        @Test
        void moreSensitivityDrawsThanACycleMayTake() {
            assertEquals(Sensitivity.MAX_DRAWS, new Sensitivity(Sensitivity.MAX_DRAWS, 1, 0).draws());
            ScoringException e = assertThrows(ScoringException.class, () -> new Sensitivity(1_000_000_000, 1, 0));
            assertEquals("draws", e.field().orElseThrow());
        }

        @Test
        void anEmptyCycle() {
            ScoringException e = assertThrows(ScoringException.class, () -> new ScoringInput(List.of(),
                    Map.of("T", CycleFixtures.tree()), "OVERALL", List.of(), List.of(), List.of(), List.of(), CycleFixtures.parameters(10)));
            assertEquals("the cycle is empty: there is no agency to score", e.getMessage());
        }

        @Test
        void inputsAboutUnknownAgenciesOrIndicators() {
            ScoringException agency = assertThrows(ScoringException.class, () -> new ScoringInput(
                    List.of(new AgencyRef("A", "T")), Map.of("T", CycleFixtures.tree()), "OVERALL",
                    CycleFixtures.overall("Q", new int[] {5, 1}), List.of(), List.of(), List.of(), CycleFixtures.parameters(0)));
            assertEquals("a cube cell names the unknown agency Q", agency.getMessage());
            ScoringException indicator = assertThrows(ScoringException.class, () -> new ScoringInput(
                    List.of(new AgencyRef("A", "T")), Map.of("T", CycleFixtures.tree()), "OVERALL", List.of(), List.of(),
                    List.of(ImportedScore.internal("A", "PUBLIC", 50)), List.of(), CycleFixtures.parameters(0)));
            assertTrue(indicator.getMessage().contains("PUBLIC, which is not a leaf indicator"), indicator.getMessage());
        }

        @Test
        void scoresOutsideTheScaleAndDuplicates() {
            assertThrows(ScoringException.class, () -> ImportedScore.internal("A", "DUTY", 101));
            assertThrows(ScoringException.class, () -> new PanelScore("A", "DUTY", Source.EXPERT, "e", Double.NaN));
            ScoringException twice = assertThrows(ScoringException.class, () -> new ScoringInput(
                    List.of(new AgencyRef("A", "T")), Map.of("T", CycleFixtures.tree()), "OVERALL", List.of(),
                    List.of(new PanelScore("A", "DUTY", Source.EXPERT, "e1", 50), new PanelScore("A", "DUTY", Source.EXPERT, "e1", 60)),
                    List.of(), List.of(), CycleFixtures.parameters(0)));
            assertEquals("rater e1 scored A/DUTY twice", twice.getMessage());
        }

        @Test
        void aLevelScaleThatFalls() {
            ScoringException e = assertThrows(ScoringException.class, () -> new LevelScale(new double[] {0, 50, 40, 80, 100}));
            assertEquals("the level scale must not fall from level 2 to level 3", e.getMessage());
        }
    }
}

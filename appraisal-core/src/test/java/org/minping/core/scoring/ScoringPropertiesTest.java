package org.minping.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class ScoringPropertiesTest {

    @Property(tries = 150)
    void theDecompositionSumsToTheScoreExactly(@ForAll long seed) {
        for (AgencyResult agency : ScoringEngine.score(RandomCycles.cycle(seed)).agencies()) {
            if (agency.isScored()) {
                assertEquals(agency.score(), agency.decompositionTotal(), 0.0, agency.agency());
            }
        }
    }

    @Property(tries = 100)
    void theOrderOfTheInputsChangesNothing(@ForAll long seed, @ForAll long shuffleSeed) {
        ScoringInput input = RandomCycles.cycle(seed);
        ScoringResult original = ScoringEngine.score(input);
        ScoringResult shuffled = ScoringEngine.score(RandomCycles.shuffled(input, shuffleSeed));
        assertEquals(original.inputDigest(), shuffled.inputDigest());
        assertEquals(original.outputDigest(), shuffled.outputDigest());
        assertEquals(original.agencies(), shuffled.agencies());
    }

    @Property(tries = 100)
    void aRerunGivesIdenticalDigests(@ForAll long seed) {
        ScoringResult first = ScoringEngine.score(RandomCycles.cycle(seed));
        ScoringResult second = ScoringEngine.score(RandomCycles.cycle(seed));
        assertEquals(first.inputDigest(), second.inputDigest());
        assertEquals(first.outputDigest(), second.outputDigest());
    }

    @Property(tries = 150)
    void raisingOneRatingNeverLowersThatAgencysScore(@ForAll long seed, @ForAll @IntRange(min = 0, max = 10_000) int pick) {
        ScoringInput input = RandomCycles.cycle(seed);
        List<CubeCell> raisable = input.cube().stream().filter(c -> c.level() < 5).toList();
        CubeCell from = raisable.get(pick % raisable.size());
        ScoringInput raised = raiseOneAppraisal(input, from);
        double before = ScoringEngine.score(input).agency(from.agency()).orElseThrow().score();
        double after = ScoringEngine.score(raised).agency(from.agency()).orElseThrow().score();
        assertTrue(after >= before - 1e-9, from + ": " + before + " -> " + after);
    }

    @Property(tries = 200)
    void rakedMarginsEqualTheTargets(@ForAll @DoubleRange(min = 0.05, max = 0.95) double r1,
                                     @ForAll @DoubleRange(min = 0.05, max = 0.95) double young, @ForAll long seed) {
        Random random = new Random(seed);
        Map<Stratum, Double> totals = new HashMap<>();
        for (Stratum stratum : RandomCycles.COMPLETE) {
            totals.put(stratum, 1 + random.nextDouble() * 100);
        }
        WeightingVariable region = new WeightingVariable("region", Map.of("R1", r1, "R2", 1 - r1));
        WeightingVariable age = new WeightingVariable("age", Map.of("Y", young, "O", 1 - young));
        RakingResult result = Raking.rake(totals, RakingSpec.of(List.of(region, age)));
        double grand = totals.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> byRegion = new HashMap<>();
        Map<String, Double> byAge = new HashMap<>();
        totals.forEach((stratum, total) -> {
            byRegion.merge(stratum.categories().get(0), result.factor(stratum) * total, Double::sum);
            byAge.merge(stratum.categories().get(1), result.factor(stratum) * total, Double::sum);
        });
        assertEquals(r1 * grand, byRegion.get("R1"), r1 * grand * 1e-11);
        assertEquals((1 - r1) * grand, byRegion.get("R2"), (1 - r1) * grand * 1e-11);
        assertEquals(young * grand, byAge.get("Y"), young * grand * 1e-11);
        assertEquals((1 - young) * grand, byAge.get("O"), (1 - young) * grand * 1e-11);
    }

    /** Moves one appraisal of a cell one level up, keeping its stratum and trust weight. */
    private static ScoringInput raiseOneAppraisal(ScoringInput input, CubeCell from) {
        double weight = from.weightSum() / from.count();
        double square = from.weightSquareSum() / from.count();
        List<CubeCell> cube = new ArrayList<>();
        boolean merged = false;
        for (CubeCell cell : input.cube()) {
            if (cell.equals(from)) {
                if (cell.count() > 1) {
                    cube.add(new CubeCell(cell.agency(), cell.indicator(), cell.stratum(), cell.level(), cell.count() - 1,
                            cell.weightSum() - weight, cell.weightSquareSum() - square));
                }
            } else if (cell.agency().equals(from.agency()) && cell.indicator().equals(from.indicator())
                    && cell.stratum().equals(from.stratum()) && cell.level() == from.level() + 1) {
                cube.add(new CubeCell(cell.agency(), cell.indicator(), cell.stratum(), cell.level(), cell.count() + 1,
                        cell.weightSum() + weight, cell.weightSquareSum() + square));
                merged = true;
            } else {
                cube.add(cell);
            }
        }
        if (!merged) {
            cube.add(new CubeCell(from.agency(), from.indicator(), from.stratum(), from.level() + 1, 1, weight, square));
        }
        return new ScoringInput(input.agencies(), input.trees(), input.overallIndicator(), cube, input.panelScores(),
                input.importedScores(), input.adjustments(), input.parameters());
    }
}

package org.minping.core.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random but complete cycles for the property tests, reproducible from a seed. */
final class RandomCycles {

    static final WeightingVariable REGION = new WeightingVariable("region", Map.of("R1", 0.3, "R2", 0.7));
    static final WeightingVariable AGE = new WeightingVariable("age", Map.of("Y", 0.45, "O", 0.55));
    static final List<Stratum> COMPLETE = List.of(Stratum.of("R1", "Y"), Stratum.of("R1", "O"), Stratum.of("R2", "Y"),
            Stratum.of("R2", "O"));
    static final List<Stratum> ALL = List.of(Stratum.of("R1", "Y"), Stratum.of("R1", "O"), Stratum.of("R2", "Y"),
            Stratum.of("R2", "O"), Stratum.of(null, "Y"), Stratum.of("R2", null));

    private RandomCycles() {
    }

    static IndicatorTree tree() {
        return new IndicatorTree(List.of(
                IndicatorNode.branch("PUBLIC", null, 0.4),
                IndicatorNode.leaf("OVERALL", "PUBLIC", 0.5, Map.of(Source.PUBLIC, 1.0)),
                IndicatorNode.leaf("EFFICIENCY", "PUBLIC", 0.5, Map.of(Source.PUBLIC, 0.7, Source.EXPERT, 0.3)),
                IndicatorNode.leaf("DUTY", null, 0.6, Map.of(Source.INTERNAL, 0.4, Source.STATISTICS, 0.1, Source.THIRD_PARTY, 0.2,
                        Source.EXPERT, 0.3))));
    }

    static ScoringInput cycle(long seed) {
        Random random = new Random(seed);
        int agencyCount = 2 + random.nextInt(5);
        List<AgencyRef> agencies = new ArrayList<>();
        for (int g = 0; g < agencyCount; g++) {
            agencies.add(new AgencyRef("G" + g, g < 2 ? "T" + g : "T" + random.nextInt(2)));
        }
        List<CubeCell> cube = new ArrayList<>();
        for (AgencyRef agency : agencies) {
            for (String indicator : List.of("OVERALL", "EFFICIENCY")) {
                for (Stratum stratum : ALL) {
                    boolean required = indicator.equals("OVERALL") && agency.code().equals("G0") && COMPLETE.contains(stratum);
                    if (!required && random.nextInt(3) == 0) {
                        continue;
                    }
                    for (int level = 1; level <= 5; level++) {
                        if (random.nextInt(2) == 0 && !(required && level == 3)) {
                            continue;
                        }
                        int count = 1 + random.nextInt(20);
                        double weight = 0.5 * (1 + random.nextInt(3));
                        cube.add(new CubeCell(agency.code(), indicator, stratum, level, count, count * weight,
                                count * weight * weight));
                    }
                }
            }
        }
        List<PanelScore> panel = new ArrayList<>();
        for (AgencyRef agency : agencies) {
            for (String indicator : List.of("EFFICIENCY", "DUTY")) {
                for (int e = 0; e < 5; e++) {
                    if (random.nextInt(4) > 0) {
                        panel.add(new PanelScore(agency.code(), indicator, Source.EXPERT, "e" + e, random.nextInt(101)));
                    }
                }
                if (indicator.equals("DUTY") && random.nextBoolean()) {
                    panel.add(new PanelScore(agency.code(), indicator, Source.THIRD_PARTY, "org1", random.nextDouble() * 100));
                }
            }
        }
        List<ImportedScore> internal = new ArrayList<>();
        Random statistics = new Random(~seed);
        List<Adjustment> adjustments = new ArrayList<>();
        for (AgencyRef agency : agencies) {
            if (random.nextInt(4) > 0) {
                internal.add(ImportedScore.internal(agency.code(), "DUTY", 40 + random.nextDouble() * 60));
            }
            // Drawn from a stream of their own, so the other draws of a seed stay what they were.
            if (statistics.nextBoolean()) {
                internal.add(ImportedScore.statistics(agency.code(), "DUTY", statistics.nextDouble() * 100));
            }
            if (random.nextInt(3) == 0) {
                adjustments.add(new Adjustment(agency.code(), "item" + random.nextInt(3), random.nextInt(9) - 4));
            }
        }
        ScoringParameters parameters = ScoringParameters.defaults()
                .withRaking(RakingSpec.of(List.of(REGION, AGE)))
                .withSensitivity(new Sensitivity(20, 50, seed));
        // Some agencies of a track are of a kind with a tree of its own: drawn apart, as the statistics are.
        Random kinds = new Random(seed * 31 + 7);
        List<AgencyRef> kindsApart = new ArrayList<>();
        Map<String, IndicatorTree> trees = new java.util.TreeMap<>();
        for (AgencyRef agency : agencies) {
            trees.put(agency.track(), tree());
            boolean ownKind = kinds.nextInt(3) == 0;
            kindsApart.add(ownKind ? new AgencyRef(agency.code(), agency.track(), agency.track() + "-DEPARTMENT") : agency);
            if (ownKind) {
                trees.put(agency.track() + "-DEPARTMENT", kindTree());
            }
        }
        return new ScoringInput(kindsApart, trees, "OVERALL", cube, panel, internal, adjustments, parameters);
    }

    /** The tree of a kind within a track: the same indicators, weighed otherwise. */
    static IndicatorTree kindTree() {
        return new IndicatorTree(List.of(
                IndicatorNode.branch("PUBLIC", null, 0.7),
                IndicatorNode.leaf("OVERALL", "PUBLIC", 0.8, Map.of(Source.PUBLIC, 1.0)),
                IndicatorNode.leaf("EFFICIENCY", "PUBLIC", 0.2, Map.of(Source.PUBLIC, 0.5, Source.EXPERT, 0.5)),
                IndicatorNode.leaf("DUTY", null, 0.3, Map.of(Source.INTERNAL, 0.7, Source.STATISTICS, 0.3))));
    }

    /** The same cycle with every list shuffled. */
    static ScoringInput shuffled(ScoringInput input, long seed) {
        Random random = new Random(seed);
        return new ScoringInput(shuffle(input.agencies(), random), input.trees(), input.overallIndicator(),
                shuffle(input.cube(), random), shuffle(input.panelScores(), random), shuffle(input.importedScores(), random),
                shuffle(input.adjustments(), random), input.parameters());
    }

    private static <T> List<T> shuffle(List<T> items, Random random) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }
}

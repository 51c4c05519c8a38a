package org.minping.core.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small cycles for the tests, built the way the hand calculations describe them. */
final class CycleFixtures {

    static final String OVERALL = "OVERALL";
    static final String DUTY = "DUTY";

    private CycleFixtures() {
    }

    /** PUBLIC (0.5) → OVERALL (public only); DUTY (0.5, internal 0.6, expert 0.4). */
    static IndicatorTree tree() {
        return new IndicatorTree(List.of(
                IndicatorNode.branch("PUBLIC", null, 0.5),
                IndicatorNode.leaf(OVERALL, "PUBLIC", 1.0, Map.of(Source.PUBLIC, 1.0)),
                IndicatorNode.leaf(DUTY, null, 0.5, Map.of(Source.INTERNAL, 0.6, Source.EXPERT, 0.4))));
    }

    /** Unit-weight cells: {level, count} pairs for one agency's overall ratings. */
    static List<CubeCell> overall(String agency, int[]... levelCounts) {
        List<CubeCell> cells = new ArrayList<>();
        for (int[] levelCount : levelCounts) {
            cells.add(new CubeCell(agency, OVERALL, Stratum.NONE, levelCount[0], levelCount[1], levelCount[1], levelCount[1]));
        }
        return cells;
    }

    static ScoringParameters parameters(double k) {
        return ScoringParameters.defaults().withShrinkage(k, 30).withSensitivity(Sensitivity.off());
    }

    /**
     * Agency A: overall 2 × level 5 and 8 × level 4 (mean 80, n 10), internal DUTY 90, experts
     * 70 and 80, a bonus of 1. Agency B: overall 16 × level 4 and 24 × level 3 (mean 60, n 40),
     * internal DUTY 70, no expert.
     */
    static ScoringInput smallCycle(double k) {
        List<CubeCell> cube = new ArrayList<>(overall("A", new int[] {5, 2}, new int[] {4, 8}));
        cube.addAll(overall("B", new int[] {4, 16}, new int[] {3, 24}));
        List<AgencyRef> agencies = List.of(new AgencyRef("A", "LOCAL"), new AgencyRef("B", "LOCAL"));
        return new ScoringInput(agencies, ScoringInput.sameTreeForAll(agencies, tree()), OVERALL, cube,
                List.of(new PanelScore("A", DUTY, Source.EXPERT, "e1", 70), new PanelScore("A", DUTY, Source.EXPERT, "e2", 80)),
                List.of(ImportedScore.internal("A", DUTY, 90), ImportedScore.internal("B", DUTY, 70)),
                List.of(new Adjustment("A", "national award", 1)), parameters(k));
    }
}

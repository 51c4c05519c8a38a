package org.minping.core.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything one scoring run reads. Lists are kept in canonical order, so the order in which a
 * caller supplies them never changes a result or a digest.
 *
 * @param overallIndicator the leaf that every appraisal rates; its cells, counted once per
 *                         appraisal, are the base totals that raking fits to the margins
 */
public record ScoringInput(List<AgencyRef> agencies, IndicatorTree tree, String overallIndicator, List<CubeCell> cube,
                           List<PanelScore> panelScores, List<InternalScore> internalScores,
                           List<Adjustment> adjustments, ScoringParameters parameters) {

    public ScoringInput {
        if (agencies == null || agencies.isEmpty()) {
            throw new ScoringException("the cycle is empty: there is no agency to score");
        }
        if (tree == null || parameters == null) {
            throw new ScoringException("an indicator tree and parameters are required");
        }
        Checks.require(overallIndicator, "the overall satisfaction indicator");
        if (!tree.isLeaf(overallIndicator)) {
            throw new ScoringException("the overall satisfaction indicator " + overallIndicator + " is not a leaf of the tree");
        }
        agencies = sorted(agencies);
        cube = sorted(cube);
        panelScores = sorted(panelScores);
        internalScores = sorted(internalScores);
        adjustments = sorted(adjustments);
        checkUnique(agencies, cube, panelScores, internalScores);
        java.util.Set<String> known = new java.util.HashSet<>();
        agencies.forEach(a -> known.add(a.code()));
        for (CubeCell cell : cube) {
            checkKnown(known, tree, cell.agency(), cell.indicator(), "a cube cell");
        }
        for (PanelScore score : panelScores) {
            checkKnown(known, tree, score.agency(), score.indicator(), "a panel score");
        }
        for (InternalScore score : internalScores) {
            checkKnown(known, tree, score.agency(), score.indicator(), "an internal score");
        }
        for (Adjustment adjustment : adjustments) {
            if (!known.contains(adjustment.agency())) {
                throw new ScoringException("an adjustment names the unknown agency " + adjustment.agency());
            }
        }
    }

    private static <T extends Comparable<? super T>> List<T> sorted(List<T> items) {
        List<T> copy = new ArrayList<>(items == null ? List.of() : items);
        Collections.sort(copy);
        return List.copyOf(copy);
    }

    private static void checkKnown(java.util.Set<String> agencies, IndicatorTree tree, String agency, String indicator,
                                   String what) {
        if (!agencies.contains(agency)) {
            throw new ScoringException(what + " names the unknown agency " + agency);
        }
        if (!tree.isLeaf(indicator)) {
            throw new ScoringException(what + " of " + agency + " names " + indicator + ", which is not a leaf indicator");
        }
    }

    private static void checkUnique(List<AgencyRef> agencies, List<CubeCell> cube, List<PanelScore> panel,
                                    List<InternalScore> internal) {
        for (int i = 1; i < agencies.size(); i++) {
            if (agencies.get(i).compareTo(agencies.get(i - 1)) == 0) {
                throw new ScoringException("agency " + agencies.get(i).code() + " is listed twice");
            }
        }
        for (int i = 1; i < cube.size(); i++) {
            if (cube.get(i).compareTo(cube.get(i - 1)) == 0) {
                CubeCell cell = cube.get(i);
                throw new ScoringException("the cube has two cells for " + cell.agency() + "/" + cell.indicator() + "/"
                        + cell.stratum().categories() + "/level " + cell.level());
            }
        }
        for (int i = 1; i < panel.size(); i++) {
            if (panel.get(i).compareTo(panel.get(i - 1)) == 0) {
                PanelScore score = panel.get(i);
                throw new ScoringException("rater " + score.rater() + " scored " + score.agency() + "/" + score.indicator()
                        + " twice");
            }
        }
        for (int i = 1; i < internal.size(); i++) {
            if (internal.get(i).compareTo(internal.get(i - 1)) == 0) {
                throw new ScoringException("two internal scores for " + internal.get(i).agency() + "/"
                        + internal.get(i).indicator());
            }
        }
    }
}

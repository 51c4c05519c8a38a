package org.minping.core.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything one scoring run reads: the agencies with their tracks, each track's indicator tree,
 * and the inputs. Lists are kept in canonical order, so the order in which a caller supplies them
 * never changes a result or a digest.
 *
 * @param trees the indicator trees by key: each track's, and any of an agency kind within a track;
 *              agencies are scored against the tree their {@link AgencyRef#system()} names
 * @param overallIndicator the leaf, in every tree, that every appraisal rates; its cells, counted
 *                         once per appraisal, are the base totals that raking fits to the margins
 */
public record ScoringInput(List<AgencyRef> agencies, Map<String, IndicatorTree> trees, String overallIndicator,
                           List<CubeCell> cube, List<PanelScore> panelScores, List<ImportedScore> importedScores,
                           List<Adjustment> adjustments, ScoringParameters parameters) {

    public ScoringInput {
        if (agencies == null || agencies.isEmpty()) {
            throw new ScoringException("scoring.empty", "the cycle is empty: there is no agency to score", List.of());
        }
        if (trees == null || parameters == null) {
            throw new ScoringException("indicator trees and parameters are required");
        }
        Checks.require(overallIndicator, "the overall satisfaction indicator");
        trees = Collections.unmodifiableMap(new TreeMap<>(trees));
        for (AgencyRef agency : agencies) {
            IndicatorTree tree = trees.get(agency.system());
            if (tree == null) {
                throw new ScoringException("the indicator tree " + agency.system() + " of agency " + agency.code() + " is missing");
            }
            if (!tree.isLeaf(overallIndicator)) {
                throw new ScoringException("the overall satisfaction indicator " + overallIndicator
                        + " is not a leaf of the tree " + agency.system());
            }
        }
        agencies = sorted(agencies);
        cube = sorted(cube);
        panelScores = sorted(panelScores);
        importedScores = sorted(importedScores);
        adjustments = sorted(adjustments);
        checkUnique(agencies, cube, panelScores, importedScores);
        Map<String, IndicatorTree> known = new HashMap<>();
        for (AgencyRef agency : agencies) {
            known.put(agency.code(), trees.get(agency.system()));
        }
        int variables = parameters.raking().variables().size();
        for (CubeCell cell : cube) {
            checkKnown(known, cell.agency(), cell.indicator(), "a cube cell");
            if (cell.stratum().categories().size() != variables) {
                throw new ScoringException("the stratum " + cell.stratum().categories() + " of cube cell " + cell.agency()
                        + "/" + cell.indicator() + " must have one category (or null) for each of the " + variables
                        + " weighting variables");
            }
        }
        for (PanelScore score : panelScores) {
            checkKnown(known, score.agency(), score.indicator(), "a panel score");
        }
        for (ImportedScore score : importedScores) {
            checkKnown(known, score.agency(), score.indicator(), "an imported " + score.source() + " score");
        }
        for (Adjustment adjustment : adjustments) {
            if (!known.containsKey(adjustment.agency())) {
                throw new ScoringException("an adjustment names the unknown agency " + adjustment.agency());
            }
        }
    }

    private static <T extends Comparable<? super T>> List<T> sorted(List<T> items) {
        List<T> copy = new ArrayList<>(items == null ? List.of() : items);
        Collections.sort(copy);
        return List.copyOf(copy);
    }

    /** One tree for every track the agencies belong to: the common case of a single indicator system. */
    public static Map<String, IndicatorTree> sameTreeForAll(List<AgencyRef> agencies, IndicatorTree tree) {
        Map<String, IndicatorTree> trees = new TreeMap<>();
        agencies.forEach(a -> trees.put(a.system(), tree));
        return trees;
    }

    public IndicatorTree treeOf(AgencyRef agency) {
        return trees.get(agency.system());
    }

    private static void checkKnown(Map<String, IndicatorTree> agencies, String agency, String indicator, String what) {
        IndicatorTree tree = agencies.get(agency);
        if (tree == null) {
            throw new ScoringException(what + " names the unknown agency " + agency);
        }
        if (!tree.isLeaf(indicator)) {
            throw new ScoringException(what + " of " + agency + " names " + indicator + ", which is not a leaf indicator");
        }
    }

    private static void checkUnique(List<AgencyRef> agencies, List<CubeCell> cube, List<PanelScore> panel,
                                    List<ImportedScore> imported) {
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
        for (int i = 1; i < imported.size(); i++) {
            if (imported.get(i).compareTo(imported.get(i - 1)) == 0) {
                throw new ScoringException("two " + imported.get(i).source() + " scores for " + imported.get(i).agency() + "/"
                        + imported.get(i).indicator());
            }
        }
    }
}

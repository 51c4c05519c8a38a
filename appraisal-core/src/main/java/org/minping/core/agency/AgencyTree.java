package org.minping.core.agency;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** The agencies as trees (region, city, department): the order in which a page lists them, and the check that keeps them trees. */
final class AgencyTree {

    private AgencyTree() {
    }

    /** An item with how deep it sits below its tree's root (a root is 0). */
    record Placed<T>(T item, int depth) {
    }

    /**
     * The items in tree order: each root, then its children depth first, siblings in the order
     * given. An item whose parent is not among the items counts as a root.
     */
    static <T, K> List<Placed<T>> depthFirst(List<T> items, Function<T, K> key, Function<T, K> parentKey) {
        Map<K, List<T>> children = new LinkedHashMap<>();
        Set<K> keys = new HashSet<>();
        items.forEach(item -> keys.add(key.apply(item)));
        List<T> roots = new ArrayList<>();
        for (T item : items) {
            K parent = parentKey.apply(item);
            if (parent == null || !keys.contains(parent)) {
                roots.add(item);
            } else {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(item);
            }
        }
        List<Placed<T>> ordered = new ArrayList<>();
        Set<K> placed = new HashSet<>();
        for (T root : roots) {
            place(root, 0, key, children, placed, ordered);
        }
        // Only a cycle, which the checks below never let in, leaves items unreached: show them rather than hide them.
        for (T item : items) {
            if (!placed.contains(key.apply(item))) {
                place(item, 0, key, children, placed, ordered);
            }
        }
        return ordered;
    }

    private static <T, K> void place(T item, int depth, Function<T, K> key, Map<K, List<T>> children, Set<K> placed,
                                     List<Placed<T>> ordered) {
        if (!placed.add(key.apply(item))) {
            return;
        }
        ordered.add(new Placed<>(item, depth));
        for (T child : children.getOrDefault(key.apply(item), List.of())) {
            place(child, depth + 1, key, children, placed, ordered);
        }
    }

    /**
     * Whether giving {@code agency} the parent {@code parent} would close a loop: the parent is the
     * agency itself or one of its descendants, found by walking up from the parent. {@code parentOf}
     * maps each agency to its parent (absent or null for a root).
     */
    static <K> boolean wouldCycle(Map<K, K> parentOf, K agency, K parent) {
        Set<K> seen = new HashSet<>();
        for (K at = parent; at != null; at = parentOf.get(at)) {
            if (Objects.equals(at, agency)) {
                return true;
            }
            if (!seen.add(at)) {
                return true;  // a loop above already: refuse rather than walk forever
            }
        }
        return false;
    }
}

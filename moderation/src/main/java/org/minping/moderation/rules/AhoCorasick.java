package org.minping.moderation.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * Finds every occurrence of many terms in one pass over a text (Aho-Corasick automaton): the cost
 * of screening a comment does not grow with the size of the lexicon.
 */
public final class AhoCorasick<T> {

    private static final class Node<T> {
        final Map<Integer, Node<T>> next = new HashMap<>();
        Node<T> fail;
        final List<T> outputs = new ArrayList<>();
    }

    private final Node<T> root = new Node<>();

    /** @param terms each term, already normalized, with the value reported when it is found */
    public AhoCorasick(Map<String, T> terms) {
        terms.forEach((term, value) -> {
            if (term.isEmpty()) {
                return;
            }
            Node<T> node = root;
            for (int codePoint : term.codePoints().toArray()) {
                node = node.next.computeIfAbsent(codePoint, c -> new Node<>());
            }
            node.outputs.add(value);
        });
        Queue<Node<T>> queue = new ArrayDeque<>();
        root.fail = root;
        for (Node<T> child : root.next.values()) {
            child.fail = root;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            Node<T> node = queue.remove();
            node.next.forEach((codePoint, child) -> {
                Node<T> fallback = node.fail;
                while (fallback != root && !fallback.next.containsKey(codePoint)) {
                    fallback = fallback.fail;
                }
                Node<T> target = fallback.next.get(codePoint);
                child.fail = target != null && target != child ? target : root;
                child.outputs.addAll(child.fail.outputs);
                queue.add(child);
            });
        }
    }

    /** The values of every term found in the text, in order of where each match ends. */
    public List<T> find(String text) {
        List<T> found = new ArrayList<>();
        Node<T> node = root;
        for (int codePoint : text.codePoints().toArray()) {
            while (node != root && !node.next.containsKey(codePoint)) {
                node = node.fail;
            }
            node = node.next.getOrDefault(codePoint, root);
            found.addAll(node.outputs);
        }
        return found;
    }
}

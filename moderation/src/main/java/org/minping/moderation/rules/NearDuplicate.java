package org.minping.moderation.rules;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether two comments are near-copies: the Jaccard similarity of their sets of character
 * bigrams, in the lexicon's normal form. An edited copy of a 40-character comment keeps about 90%
 * of its bigrams; unrelated comments share a few percent.
 */
public final class NearDuplicate {

    /** Comments shorter than this (normalized characters) are not compared: "很好" is not a campaign. */
    public static final int MINIMUM_LENGTH = 20;
    /** Share of common bigrams from which two comments count as near-copies. */
    public static final double THRESHOLD = 0.7;

    private NearDuplicate() {
    }

    /** The comment's bigrams, or an empty set when it is too short to compare. */
    public static Set<String> bigrams(String comment) {
        if (comment == null) {
            return Set.of();
        }
        int[] text = Lexicon.normalize(comment).codePoints().toArray();
        if (text.length < MINIMUM_LENGTH) {
            return Set.of();
        }
        Set<String> bigrams = new HashSet<>();
        for (int i = 0; i + 2 <= text.length; i++) {
            bigrams.add(new String(text, i, 2));
        }
        return bigrams;
    }

    public static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        int common = 0;
        for (String bigram : smaller) {
            if (larger.contains(bigram)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    public static boolean areNear(String a, String b) {
        return similarity(bigrams(a), bigrams(b)) >= THRESHOLD;
    }
}

package org.minping.moderation.rules;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A comment as the personal-data rules read it, with the span in the original text of each of its
 * characters, so that whatever is found here can be masked there, character for character.
 *
 * <p>Folding undoes look-alike writing: Unicode NFKC (full-width, circled and mathematical digits,
 * full-width letters, {@code ＠} and {@code ．}), any script's decimal digits and the Chinese
 * numerals used for digits become ASCII digits, the ideographic full stop becomes a dot, and
 * invisible characters (zero-width spaces and joiners, soft hyphens, combining marks such as the
 * keycap, variation selectors) are dropped. {@link #joinDigitRuns()} then drops the separators
 * people put between groups of digits, remembering where it did.
 */
final class FoldedText {

    /** Index = digit; the Chinese numerals written for it in phone numbers and identity numbers. */
    private static final String[] CHINESE_DIGITS = {
            "〇零○", "一幺壹", "二贰貳", "三叁參", "四肆", "五伍", "六陆陸", "七柒", "八捌", "九玖"};

    /** Between two digits, at most this many separators in a row are dropped: "138 - 1234" is one number. */
    private static final int MAX_SEPARATORS = 3;

    private final String text;
    private final int[] originalStarts;
    private final int[] originalEnds;
    private final boolean[] numerals;
    private final boolean[] separatedBefore;

    private FoldedText(String text, int[] originalStarts, int[] originalEnds, boolean[] numerals, boolean[] separatedBefore) {
        this.text = text;
        this.originalStarts = originalStarts;
        this.originalEnds = originalEnds;
        this.numerals = numerals;
        this.separatedBefore = separatedBefore;
    }

    static FoldedText fold(String original) {
        Builder folded = new Builder(original.length());
        for (int i = 0; i < original.length(); ) {
            int codePoint = original.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            int chineseDigit = chineseDigit(codePoint);
            if (chineseDigit >= 0) {
                folded.add((char) ('0' + chineseDigit), i, next, true, false);
            } else if (Character.isDigit(codePoint)) {
                folded.add((char) ('0' + Character.digit(codePoint, 10)), i, next, false, false);
            } else if (codePoint == '。' || codePoint == '｡') {
                folded.add('.', i, next, false, false);
            } else if (isInvisible(codePoint)) {
                // A mark belongs to the character before it (the keycap of 1️⃣): masked with it.
                folded.extendLast(next);
            } else {
                String normalized = Normalizer.normalize(original.substring(i, next), Normalizer.Form.NFKC);
                for (int k = 0; k < normalized.length(); k++) {
                    char c = normalized.charAt(k);
                    folded.add(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c, i, next, false, false);
                }
            }
            i = next;
        }
        return folded.build();
    }

    /**
     * The same text without the separators between digits ({@code 138.1234.5678} reads
     * {@code 13812345678}); each digit that followed dropped separators is marked, since a number
     * may start or end there.
     */
    FoldedText joinDigitRuns() {
        Builder joined = new Builder(text.length());
        boolean pendingSeparation = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSeparator(c) && i > 0 && isDigit(text.charAt(i - 1))) {
                int after = i;
                while (after < text.length() && isSeparator(text.charAt(after))) {
                    after++;
                }
                if (after - i <= MAX_SEPARATORS && after < text.length() && isDigit(text.charAt(after))) {
                    i = after - 1;
                    pendingSeparation = true;
                    continue;
                }
            }
            joined.add(c, originalStarts[i], originalEnds[i], numerals[i], pendingSeparation);
            pendingSeparation = false;
        }
        return joined.build();
    }

    String text() {
        return text;
    }

    /** Where in the original the character at {@code index} starts. */
    int originalStart(int index) {
        return originalStarts[index];
    }

    /** Where in the original the character before {@code endExclusive} ends. */
    int originalEnd(int endExclusive) {
        return originalEnds[endExclusive - 1];
    }

    /** Whether the character at {@code index} was written as a Chinese numeral. */
    boolean isNumeral(int index) {
        return numerals[index];
    }

    /** Whether separators between digits were dropped just before the character at {@code index}. */
    boolean separatedBefore(int index) {
        return separatedBefore[index];
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int chineseDigit(int codePoint) {
        for (int digit = 0; digit < CHINESE_DIGITS.length; digit++) {
            if (CHINESE_DIGITS[digit].indexOf(codePoint) >= 0) {
                return digit;
            }
        }
        return -1;
    }

    /** Characters that show nothing of their own, so that they can hide a number without being seen. */
    private static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F) || codePoint == 0x180E;
    }

    /** What people put between groups of digits (after NFKC, so the full-width forms are included). */
    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || ".-/()·・‐‑‒–—―−‧∙⋅".indexOf(c) >= 0;
    }

    private static final class Builder {
        private final StringBuilder text;
        private int[] starts;
        private int[] ends;
        private boolean[] numerals;
        private boolean[] separatedBefore;

        Builder(int capacity) {
            text = new StringBuilder(capacity);
            starts = new int[Math.max(capacity, 1)];
            ends = new int[starts.length];
            numerals = new boolean[starts.length];
            separatedBefore = new boolean[starts.length];
        }

        void add(char c, int originalStart, int originalEnd, boolean numeral, boolean separated) {
            int index = text.length();
            if (index == starts.length) {
                starts = Arrays.copyOf(starts, index * 2);
                ends = Arrays.copyOf(ends, index * 2);
                numerals = Arrays.copyOf(numerals, index * 2);
                separatedBefore = Arrays.copyOf(separatedBefore, index * 2);
            }
            text.append(c);
            starts[index] = originalStart;
            ends[index] = originalEnd;
            numerals[index] = numeral;
            separatedBefore[index] = separated;
        }

        void extendLast(int originalEnd) {
            if (!text.isEmpty()) {
                ends[text.length() - 1] = originalEnd;
            }
        }

        FoldedText build() {
            return new FoldedText(text.toString(), starts, ends, numerals, separatedBefore);
        }
    }
}

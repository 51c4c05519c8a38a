package org.minping.core.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What administrators type for agencies, services, halls and cycles, in the one form the tables keep: codes
 * in one spelling, names and addresses stripped and within their columns. Pure, so every rule is
 * tested without a database.
 */
public final class AdminInput {

    /** Letters A-Z, digits and single hyphens between them, as the pilot codes (HZ, HZ-BIZ, MEP-12369). */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*");

    private AdminInput() {
    }

    /**
     * The one spelling of a code: NFKC first, so full-width letters, digits and hyphens
     * (ＨＺ－０１) are the ASCII ones (HZ-01), then stripped and upper-cased. Empty when anything
     * else is left (a Chinese character, an accented letter, a zero-width space, a space inside) or
     * it is longer than the column. The check comes before upper-casing, so no letter outside A-Z
     * becomes one (ß would become SS, ı would become I).
     */
    public static Optional<String> canonicalCode(String typed, int maxLength) {
        if (typed == null) {
            return Optional.empty();
        }
        String folded = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        if (folded.isEmpty() || folded.length() > maxLength || !CODE.matcher(folded).matches()) {
            return Optional.empty();
        }
        return Optional.of(folded.toUpperCase(Locale.ROOT));
    }

    /** A typed text without surrounding white space; null is empty. */
    public static String text(String typed) {
        return typed == null ? "" : typed.strip();
    }

    /**
     * Whether a stripped name or address is given, fits its column (which counts characters, not
     * UTF-16 units) and has no control characters (a line break or a tab has no place in a name).
     */
    public static boolean fits(String text, int maxLength) {
        return !text.isEmpty() && text.codePointCount(0, text.length()) <= maxLength
                && text.codePoints().noneMatch(Character::isISOControl);
    }

    /**
     * An optional position in a list: blank is "after the others" (empty); otherwise a whole number
     * 0 to 9999 (full-width digits count); anything else throws IllegalArgumentException.
     */
    public static Optional<Integer> sortOrder(String typed) {
        String text = Normalizer.normalize(text(typed), Normalizer.Form.NFKC);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!text.matches("[0-9]{1,4}")) {
            throw new IllegalArgumentException("not a position: " + text);
        }
        return Optional.of(Integer.parseInt(text));
    }

    /**
     * An optional percentage as a fraction: blank is empty; otherwise 0 to 100 with at most four
     * decimals, full-width digits and a trailing per-cent sign allowed ("６０", "33.3333%"), as
     * a fraction with six decimals (0.600000); anything else throws IllegalArgumentException.
     */
    public static Optional<java.math.BigDecimal> percent(String typed) {
        String text = Normalizer.normalize(text(typed), Normalizer.Form.NFKC).strip();
        if (text.endsWith("%")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!text.matches("[0-9]{1,3}(\\.[0-9]{1,4})?")) {
            throw new IllegalArgumentException("not a percentage: " + text);
        }
        java.math.BigDecimal value = new java.math.BigDecimal(text);
        if (value.compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("over 100%: " + text);
        }
        return Optional.of(value.movePointLeft(2).setScale(6));
    }
}

package org.minping.core.appraisal;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The rating codes of service cases: eight characters from an alphabet without look-alikes (no
 * 0/O, 1/I/L), about 40 bits, so a guess costs a proof of work and a lifetime of guesses finds
 * none. What a citizen types is read leniently: full-width characters, lower case, spaces and
 * hyphens are all the same code.
 */
public final class RatingCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RatingCodes() {
    }

    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, in its one spelling; empty when nothing was typed. */
    public static String canonical(String typed) {
        if (typed == null) {
            return "";
        }
        return Normalizer.normalize(typed, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT)
                .replaceAll("[\\s\\-\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]", "");
    }
}

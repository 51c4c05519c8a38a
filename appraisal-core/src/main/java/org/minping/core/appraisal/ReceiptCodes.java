package org.minping.core.appraisal;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Receipt codes such as {@code MP-7K3QF-X9D2M}: 50 random bits in Crockford's base32, which has
 * no I, L, O or U, so codes read aloud or typed from paper survive.
 */
public final class ReceiptCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern FORMAT = Pattern.compile("MP-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReceiptCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder("MP-");
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /**
     * A code as a person typed it, in its one spelling: full-width or lower case letters, spaces,
     * missing hyphens and the letters Crockford's alphabet reads as digits (O as 0, I and L as 1)
     * are all the same code. Text that cannot be a code comes back as it was (and is found nowhere).
     */
    public static String canonical(String typed) {
        if (typed == null) {
            return null;
        }
        String compact = java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFKC)
                .toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s\\-_.]", "");
        if (compact.length() != 12 || !compact.startsWith("MP")) {
            return typed.strip();
        }
        String digits = compact.substring(2).replace('O', '0').replace('I', '1').replace('L', '1');
        return "MP-" + digits.substring(0, 5) + "-" + digits.substring(5);
    }

    static boolean isWellFormed(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }
}

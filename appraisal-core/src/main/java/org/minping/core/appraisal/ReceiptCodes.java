package org.minping.core.appraisal;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Receipt codes such as {@code MP-7K3QF-X9D2M}: 50 random bits in Crockford's base32, which has
 * no I, L, O or U, so codes read aloud or typed from paper survive.
 */
final class ReceiptCodes {

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

    static boolean isWellFormed(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }
}

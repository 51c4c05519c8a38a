package org.minping.core.account;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one spelling of a user name. Names are compared byte for byte in the database (binary
 * collation), so whatever a person types is brought to this form first, once, wherever a name
 * enters: compatibility forms folded (full-width letters and digits become ASCII), invisible
 * characters removed (zero-width spaces and joiners, byte-order marks, direction marks), outer
 * white space dropped, letters in lower case. Two spellings that look alike to a person and that
 * this folds together name one account and share one login throttle; anything else (an accented
 * letter, a letter of another script) is a different name.
 */
public final class UserNames {

    private UserNames() {
    }

    /** The canonical form of a typed name; the empty string for null. */
    public static String canonical(String typed) {
        if (typed == null) {
            return "";
        }
        String folded = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        StringBuilder visible = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(c -> !invisible(c))
                .forEach(visible::appendCodePoint);
        return visible.toString().strip().toLowerCase(Locale.ROOT);
    }

    private static boolean invisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.FORMAT || type == Character.CONTROL
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F) || codePoint == 0x034F || codePoint == 0x115F
                || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0;
    }
}

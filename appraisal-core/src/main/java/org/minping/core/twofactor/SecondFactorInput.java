package org.minping.core.twofactor;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a person typed into the code field: the six digits of their app, one of their recovery
 * codes, or neither. Phones' input methods often type full-width forms (１２３４５６), so full-width
 * digits, letters, spaces and hyphens are folded to ASCII (NFKC); anything else a fold would also
 * turn into a digit (superscripts, circled or mathematical digits, other scripts' digits) is refused,
 * as nobody types those for a code.
 */
public sealed interface SecondFactorInput {

    /** Longer input is no code at all; it is refused before any work is done on it. */
    int MAX_TYPED = 64;

    /** Six digits of the authenticator app. */
    record TimeCode(String digits) implements SecondFactorInput {
    }

    /** A recovery code in its one spelling: 16 lower-case letters and digits, without hyphens. */
    record RecoveryCode(String canonical) implements SecondFactorInput {
    }

    /** Neither: the field is refused as malformed. */
    record Malformed() implements SecondFactorInput {
    }

    Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");
    Pattern RECOVERY = Pattern.compile("[a-z0-9]{16}");

    /** Reads typed text; never null. */
    static SecondFactorInput parse(String typed) {
        if (typed == null || typed.length() > MAX_TYPED || !typed.codePoints().allMatch(SecondFactorInput::typeable)) {
            return new Malformed();
        }
        String folded = Normalizer.normalize(typed, Normalizer.Form.NFKC).replace(" ", "");
        if (SIX_DIGITS.matcher(folded).matches()) {
            return new TimeCode(folded);
        }
        String recovery = folded.replace("-", "").toLowerCase(Locale.ROOT);
        return RECOVERY.matcher(recovery).matches() ? new RecoveryCode(recovery) : new Malformed();
    }

    /** ASCII and full-width digits, letters, spaces and hyphens: what a keyboard or a phone's IME types for a code. */
    private static boolean typeable(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ' ' || c == '-'
                || (c >= '０' && c <= '９') || (c >= 'ａ' && c <= 'ｚ') || (c >= 'Ａ' && c <= 'Ｚ') || c == '\u3000' || c == '－';
    }
}

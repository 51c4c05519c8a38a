package org.minping.core.twofactor;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import java.util.List;
import org.minping.core.shared.Sha256;

/**
 * One-time recovery codes for a lost phone: ten per account, each 16 random letters and digits
 * (about 82 bits) shown in groups of four. So much randomness needs no slow hash: the portal keeps
 * the SHA-256 of the code's one spelling, salted with the account's id so that equal codes of two
 * accounts do not look equal.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;

    private RecoveryCodes() {
    }

    /** New codes as they are shown (xxxx-xxxx-xxxx-xxxx). */
    public static List<String> generate() {
        return List.of(new RecoveryCodeGenerator().generateCodes(COUNT));
    }

    /** The stored form of a code in its one spelling ({@link SecondFactorInput.RecoveryCode}). */
    public static String hash(long userId, String canonical) {
        return Sha256.hex(userId + ":" + canonical);
    }
}

package org.minping.core.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.minping.core.appraisal.RaterKeys;

/**
 * How scoring runs name experts: {@code E-} and 12 hex digits of an HMAC of the cycle and the
 * account under the installation's secret ({@link RaterKeys}). The same expert keeps the same
 * pseudonym within a cycle, so a rerun gives the same input digest; another cycle gives another
 * pseudonym, so cycles cannot be linked; without the secret the account cannot be found from it,
 * nor a guessed account checked against it.
 */
@ApplicationScoped
public class ExpertPseudonyms {

    private static final Pattern PSEUDONYM = Pattern.compile("E-[0-9a-f]{12}");

    @Inject
    RaterKeys keys;

    /** The pseudonym of an expert's account in a cycle. */
    public String of(String cycleCode, String username) {
        return fromKey(keys.keyOf(identity(cycleCode, username)));
    }

    /** A namespace of its own beside {@code account:}, {@code device:} and {@code network:} rater identities. */
    static String identity(String cycleCode, String username) {
        return "expert:" + cycleCode + "\u0000" + username;
    }

    /** 48 bits: enough that two experts of one cycle never meet by chance (the assembler checks anyway). */
    static String fromKey(String keyedHash) {
        return "E-" + keyedHash.substring(0, 12);
    }

    /** Whether a rater label is a pseudonym (runs stored before pseudonyms named experts by account). */
    public static boolean isPseudonym(String label) {
        return PSEUDONYM.matcher(label).matches();
    }
}

package org.minping.core.twofactor;

import java.util.EnumSet;
import java.util.Set;
import org.minping.core.account.Role;

/** What a correct password leads to: signed in, a code asked for, or two-factor sign-in to be set up first. */
public enum SignInStep {
    /** The password is enough: the account has no second factor and none is required of it. */
    PASSWORD,
    /** The account has two-factor sign-in on: a code from its app, or a recovery code, is asked for. */
    CODE,
    /** The office requires two-factor sign-in of the account's role and it has none yet: it is set up before anything else. */
    ENROL;

    /** The roles whose accounts may, and under the office's policy must, sign in with a second factor. */
    public static final Set<Role> PRIVILEGED = EnumSet.of(Role.MODERATOR, Role.ADMIN, Role.AUDITOR);

    public static boolean privileged(Set<Role> roles) {
        return roles.stream().anyMatch(PRIVILEGED::contains);
    }

    /** An account that has two-factor sign-in always gives a code, whatever its roles now and whatever the policy. */
    public static SignInStep of(Set<Role> roles, boolean enrolled, boolean required) {
        if (enrolled) {
            return CODE;
        }
        return required && privileged(roles) ? ENROL : PASSWORD;
    }
}

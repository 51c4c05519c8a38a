package org.minping.web.security;

import org.apache.shiro.authc.AuthenticationException;
import org.minping.core.twofactor.SignInStep;

/**
 * The password was right, but the account signs in with a second factor (or must set one up
 * first): nobody is signed in yet. The form login goes on to the code page; HTTP Basic, which has
 * no room for a code, is refused.
 */
public class SecondFactorRequiredException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final String username;
    private final SignInStep step;

    SecondFactorRequiredException(String username, SignInStep step) {
        super("the account " + username + " signs in with a second factor");
        this.username = username;
        this.step = step;
    }

    public String username() {
        return username;
    }

    public SignInStep step() {
        return step;
    }
}

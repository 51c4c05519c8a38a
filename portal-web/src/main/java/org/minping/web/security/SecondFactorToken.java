package org.minping.web.security;

import org.apache.shiro.authc.AuthenticationToken;

/**
 * The last step of a sign-in with a second factor: made only by {@link PendingSignIn#complete}, after
 * the password was checked and the code accepted in this session, never from what a request
 * carries. The realm signs its account in without asking for the password again.
 */
final class SecondFactorToken implements AuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final String username;

    SecondFactorToken(String username) {
        this.username = username;
    }

    String username() {
        return username;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    @Override
    public Object getCredentials() {
        return username;
    }
}

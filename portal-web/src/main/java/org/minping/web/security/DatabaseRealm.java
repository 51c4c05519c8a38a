package org.minping.web.security;

import jakarta.enterprise.inject.spi.CDI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.minping.core.account.AccountCredentials;
import org.minping.core.account.AccountService;
import org.minping.core.account.Role;
import org.minping.core.twofactor.SignInStep;
import org.minping.core.twofactor.TwoFactorService;

/**
 * Authenticates against the accounts in the database (argon2id hashes) and authorizes by the
 * permissions of the account's roles. A correct password of an account that signs in with a second
 * factor (or must set one up) signs nobody in: it ends in {@link SecondFactorRequiredException},
 * whatever asked (the login form, HTTP Basic), and only the {@link SecondFactorToken} made after the
 * code completes the sign-in.
 */
public class DatabaseRealm extends AuthorizingRealm {

    /**
     * Unknown user names are checked against this hash of a random password, so that a login with
     * an unknown name costs the same argon2id computation as one with a wrong password and its
     * timing does not reveal which names exist.
     */
    private static final class DecoyHash {
        static final String VALUE = new DefaultPasswordService().encryptPassword(randomPassword());

        private static String randomPassword() {
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            return Base64.getEncoder().encodeToString(bytes);
        }
    }

    public DatabaseRealm() {
        setCredentialsMatcher(new PasswordMatcher());
        setCachingEnabled(false);
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken || token instanceof SecondFactorToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        if (token instanceof SecondFactorToken second) {
            // The account may have been disabled while its holder typed the code.
            AccountCredentials credentials = CDI.current().select(AccountService.class).get()
                    .findEnabledCredentials(second.username()).orElseThrow(() -> new UnknownAccountException(second.username()));
            return new SimpleAuthenticationInfo(new PortalPrincipal(credentials.username(), credentials.displayName(),
                    credentials.roles()), second.getCredentials(), getName());
        }
        String username = ((UsernamePasswordToken) token).getUsername();
        Optional<AccountCredentials> account = username == null ? Optional.empty()
                : CDI.current().select(AccountService.class).get().findEnabledCredentials(username);
        if (account.isEmpty()) {
            return new SimpleAuthenticationInfo(new PortalPrincipal(String.valueOf(username), "", java.util.Set.of()),
                    DecoyHash.VALUE, getName());
        }
        AccountCredentials credentials = account.get();
        PortalPrincipal principal = new PortalPrincipal(credentials.username(), credentials.displayName(),
                credentials.roles());
        return new SimpleAuthenticationInfo(principal, credentials.passwordHash(), getName());
    }

    /**
     * A second-factor token needs no password: the code was accepted when it was made. A password
     * that matches is not yet a sign-in for an account with a second factor.
     */
    @Override
    protected void assertCredentialsMatch(AuthenticationToken token, AuthenticationInfo info) throws AuthenticationException {
        if (token instanceof SecondFactorToken) {
            return;
        }
        super.assertCredentialsMatch(token, info);
        PortalPrincipal principal = info.getPrincipals().oneByType(PortalPrincipal.class);
        SignInStep step = CDI.current().select(TwoFactorService.class).get().signInStep(principal.username());
        if (step != SignInStep.PASSWORD) {
            throw new SecondFactorRequiredException(principal.username(), step);
        }
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        PortalPrincipal principal = principals.oneByType(PortalPrincipal.class);
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        // Authorization is asked of the database on every check (caching is off): an account
        // disabled after it signed in keeps its session but is refused everything from then on.
        if (principal != null && CDI.current().select(AccountService.class).get().isEnabled(principal.username())) {
            info.setRoles(principal.roles().stream().map(Role::code).collect(Collectors.toSet()));
            info.setStringPermissions(principal.roles().stream()
                    .flatMap(role -> role.permissions().stream())
                    .collect(Collectors.toSet()));
        }
        return info;
    }
}

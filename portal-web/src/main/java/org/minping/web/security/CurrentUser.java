package org.minping.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;

/** The logged-in user as pages see it: name and what the menu may offer. */
@Named
@RequestScoped
public class CurrentUser {

    public boolean isAuthenticated() {
        return subject().isAuthenticated();
    }

    public String getDisplayName() {
        Object principal = subject().getPrincipal();
        return principal instanceof PortalPrincipal p ? p.displayName() : "";
    }

    /** The roles of who is signed in, as codes (citizen, admin, …) for the pages' role names. */
    public java.util.List<String> getRoles() {
        Object principal = subject().getPrincipal();
        return principal instanceof PortalPrincipal p
                ? p.roles().stream().sorted().map(org.minping.core.account.Role::code).toList() : java.util.List.of();
    }

    /** Who is signed in: for the pages and resources that only a signed-in user reaches. */
    public PortalPrincipal principal() {
        if (subject().getPrincipal() instanceof PortalPrincipal principal) {
            return principal;
        }
        throw new IllegalStateException("nobody is signed in");
    }

    /** The user name of who is signed in, as the audit chain and the services record it. */
    public String username() {
        return principal().username();
    }

    public boolean isPermitted(String permission) {
        return subject().isPermitted(permission);
    }

    private static Subject subject() {
        return SecurityUtils.getSubject();
    }
}

package org.minping.web.security;

import java.io.Serializable;
import java.util.Set;
import org.minping.core.account.Role;

/** Who is logged in, kept in the session; carries the roles so authorization needs no query. */
public record PortalPrincipal(String username, String displayName, Set<Role> roles) implements Serializable {

    public PortalPrincipal {
        roles = Set.copyOf(roles);
    }

    @Override
    public String toString() {
        return username;
    }
}

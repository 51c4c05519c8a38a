package org.minping.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.minping.core.account.ApiTokens;

/**
 * The system holding a request's Bearer token of a scope, looked up once per request: the body
 * limit filter checks it before reading a byte, and the resource then finds the answer in the
 * request instead of asking the database again.
 */
public final class BearerTokens {

    private static final String PREFIX = "Bearer ";

    private BearerTokens() {
    }

    /** Whether the request carries a Bearer token at all (valid or not). */
    public static boolean present(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.startsWith(PREFIX);
    }

    /** Who holds the request's Bearer token, if it is valid for the scope and not revoked. */
    @SuppressWarnings("unchecked")
    public static Optional<ApiTokens.Holder> holder(HttpServletRequest request, ApiTokens tokens, String scope) {
        String attribute = BearerTokens.class.getName() + "." + scope;
        if (request.getAttribute(attribute) instanceof Optional<?> known) {
            return (Optional<ApiTokens.Holder>) known;
        }
        Optional<ApiTokens.Holder> holder = present(request)
                ? tokens.holder(request.getHeader("Authorization").substring(PREFIX.length()).strip(), scope)
                : Optional.empty();
        request.setAttribute(attribute, holder);
        return holder;
    }
}

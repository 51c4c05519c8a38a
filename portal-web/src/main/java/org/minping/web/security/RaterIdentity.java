package org.minping.web.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.minping.core.account.Role;
import org.minping.core.account.VerificationService;
import org.minping.core.appraisal.Rater;
import org.minping.core.appraisal.RaterLevel;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;

/**
 * Who is rating, for the once-per-case rule: a signed-in citizen by account, anyone else by a
 * device token. Browsers get the token as a long-lived HttpOnly cookie on their first rating form;
 * apps, kiosks and hotline systems send their own as the X-Device-Token header (a hotline system
 * sends one per caller). The token is never stored, only its keyed hash.
 */
public final class RaterIdentity {

    public static final String DEVICE_COOKIE = "minping_device";
    public static final String DEVICE_HEADER = "X-Device-Token";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,128}");
    private static final int COOKIE_SECONDS = 400 * 24 * 3600;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RaterIdentity() {
    }

    /**
     * A rater of the API: the user of the intake system that holds the request's token, known by
     * the identifier the system sends, or else an anonymous client known by its device token. Either
     * way the header is required: a rater the portal cannot recognise again could rate without end.
     *
     * @param system the intake system whose token the request carries, if any
     * @throws InvalidInputException naming the header when it is missing or malformed
     */
    public static Rater ofApiRequest(Optional<String> system, String deviceToken) {
        if (deviceToken == null || deviceToken.isBlank()) {
            throw new InvalidInputException(List.of(new FieldError(DEVICE_HEADER, "required", DEVICE_HEADER + " is required: "
                    + (system.isPresent() ? "the identifier by which your system knows the rating user"
                    : "a random token the client keeps, 16 to 128 letters, digits, - or _"), DEVICE_HEADER)));
        }
        if (!TOKEN.matcher(deviceToken).matches()) {
            throw new InvalidInputException(List.of(new FieldError(DEVICE_HEADER, "deviceToken.format",
                    DEVICE_HEADER + " must be 16 to 128 letters, digits, - or _")));
        }
        return system.map(name -> Rater.systemUser(name, deviceToken)).orElseGet(() -> Rater.device(deviceToken));
    }

    /** A rater of the web form: the signed-in citizen, or the browser's device cookie (set here when missing). */
    public static Rater ofBrowser(HttpServletRequest request, HttpServletResponse response) {
        Subject subject = SecurityUtils.getSubject();
        if (subject.isAuthenticated() && subject.getPrincipal() instanceof PortalPrincipal principal
                && principal.roles().contains(Role.CITIZEN)) {
            boolean verified = CDI.current().select(VerificationService.class).get().isVerified(principal.username());
            return Rater.account(principal.username(), verified ? RaterLevel.VERIFIED : RaterLevel.REGISTERED);
        }
        return Rater.device(deviceCookie(request).orElseGet(() -> issueDeviceCookie(request, response)));
    }

    private static Optional<String> deviceCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (DEVICE_COOKIE.equals(cookie.getName()) && TOKEN.matcher(cookie.getValue()).matches()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static String issueDeviceCookie(HttpServletRequest request, HttpServletResponse response) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Cookie cookie = new Cookie(DEVICE_COOKIE, token);
        cookie.setHttpOnly(true);
        cookie.setSecure(DeploymentSettings.secureCookies());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(COOKIE_SECONDS);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return token;
    }
}

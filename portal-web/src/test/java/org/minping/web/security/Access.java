package org.minping.web.security;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The class of an answer as the permission tables of docs/SECURITY.md name it. */
enum Access {
    /** Let through: 2xx, a redirect to a page other than the login page, or a refusal of the content only. */
    OK("ok"),
    /** Sent to the login page. */
    LOGIN("login"),
    UNAUTHORIZED("401"),
    FORBIDDEN("403"),
    NOT_FOUND("404"),
    /** The method is not taken here (a GET of what only a POST may do). */
    METHOD_NOT_ALLOWED("405");

    /**
     * What a state-changing call, sent with an empty or invalid body, gets once it is past the
     * access checks: refused for its content (or its state), never carried out.
     */
    private static final Set<Integer> REFUSED_FOR_CONTENT = Set.of(400, 409, 413, 415, 422);

    private final String cell;

    Access(String cell) {
        this.cell = cell;
    }

    String cell() {
        return cell;
    }

    static Optional<Access> ofCell(String cell) {
        return Arrays.stream(values()).filter(access -> access.cell.equals(cell)).findFirst();
    }

    /** An observed answer: its class, if it has one of the table's classes, and what it was. */
    record Observed(Optional<Access> access, int status, String location) {

        @Override
        public String toString() {
            return access.map(Access::cell).orElse("other") + " (" + status + (location.isEmpty() ? "" : " → " + location) + ")";
        }
    }

    /**
     * Classifies an answer; {@code changesState} for calls sent only to see whether they get past
     * the access check, where a refusal of the content counts as let through.
     */
    static Observed of(HttpResponse<?> response, boolean changesState) {
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        Optional<Access> access;
        if (status >= 200 && status < 300) {
            access = Optional.of(OK);
        } else if (status >= 300 && status < 400) {
            access = Optional.of(isLoginPage(response.uri().resolve(location)) ? LOGIN : OK);
        } else if (status == 401) {
            access = Optional.of(UNAUTHORIZED);
        } else if (status == 403) {
            access = Optional.of(FORBIDDEN);
        } else if (status == 404) {
            access = Optional.of(NOT_FOUND);
        } else if (status == 405) {
            access = Optional.of(METHOD_NOT_ALLOWED);
        } else if (changesState && REFUSED_FOR_CONTENT.contains(status)) {
            access = Optional.of(OK);
        } else {
            access = Optional.empty();
        }
        return new Observed(access, status, location);
    }

    private static boolean isLoginPage(URI target) {
        String path = target.getPath() == null ? "" : target.getPath().replaceFirst(";.*$", "");
        return path.equals("/login") || path.equals("/login.xhtml");
    }
}

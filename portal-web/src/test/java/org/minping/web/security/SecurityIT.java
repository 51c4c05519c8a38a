package org.minping.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.minping.web.it.PortalTest;

@PortalTest
class SecurityIT {

    private static final String ADMIN_MARKER = "id=\"admin-heading\"";
    private static final String QUEUE_MARKER = "id=\"queue:appraisals\"";

    private static HttpResponse<String> login(Http http, String username, String password) throws Exception {
        return http.logIn(username, password);
    }

    private static Optional<String> sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst();
    }

    @Nested
    class ProtectedAreas {

        @ParameterizedTest
        @ValueSource(strings = {"/admin/", "/admin/index", "/admin/index.xhtml", "/moderation/queue", "/moderation/queue.xhtml",
                "/admin/policy", "/admin/followups", "/admin/evaluators", "/desk/followups", "/desk/followup?id=1", "/mine",
                "/verify", "/evaluator/assignments", "/evaluator/sheets", "/admin/tokens", "/admin/panels", "/expert/scores", "/admin/calendar", "/admin/users",
                "/admin/cycles", "/admin/agencies", "/admin/indicators", "/admin/indicator?version=TPL-LOCAL", "/account"})
        @DisplayName("Catalogue 1: anonymous visitors of every protected page → login redirect")
        void anonymousVisitorsAreSentToLogin(String path, Portal portal) throws Exception {
            HttpResponse<String> response = new Http(portal.baseUrl()).get(path);
            assertEquals(302, response.statusCode());
            assertEquals(portal.baseUrl() + "/login", response.headers().firstValue("Location").orElseThrow());
        }

        /** SECURITY.md case 1: none of the known Shiro path-normalisation bypasses reaches protected content. */
        @ParameterizedTest
        @ValueSource(strings = {"/admin;/x", "/x/..;/admin/", "/admin/%3bx", "//admin/", "/ADMIN/", "/Admin/index",
                "/%2e/admin/", "/admin/./index", "/x/../admin/", "/admin%2findex", "/moderation;jsessionid=x/queue",
                "/MODERATION/queue", "/admin\\index", "/admin/index.xhtml;x=1"})
        @DisplayName("Catalogue 1: Shiro path-bypass variants → login redirect or 4xx, never protected content")
        void pathBypassVariantsNeverShowProtectedContent(String path, Portal portal) throws Exception {
            Http http = new Http(portal.baseUrl(), HttpClient.Redirect.NORMAL);
            HttpResponse<String> response;
            try {
                response = http.get(path);
            } catch (IllegalArgumentException rejectedByTheClient) {
                return;  // a path the HTTP client itself refuses cannot reach the server either
            }
            boolean atLogin = response.uri().getPath().equals("/login");
            boolean refused = response.statusCode() >= 400 && response.statusCode() < 500;
            assertTrue(atLogin || refused, path + " ended at " + response.uri() + " with " + response.statusCode());
            assertFalse(response.body().contains(ADMIN_MARKER) || response.body().contains(QUEUE_MARKER), path);
        }

        @Test
        @DisplayName("Catalogue 2: a citizen on moderator and administrator pages → 403")
        void aCitizenIsRefusedAdministrationWith403(Portal portal) throws Exception {
            Http http = new Http(portal.baseUrl());
            assertEquals(302, login(http, "citizen", "citizen-demo").statusCode());
            HttpResponse<String> admin = http.get("/admin/");
            assertEquals(403, admin.statusCode());
            assertFalse(admin.body().contains(ADMIN_MARKER));
            assertTrue(admin.body().contains("data-error=\"403\""));
            assertEquals(403, http.get("/moderation/queue").statusCode());
            assertEquals(403, http.get("/admin/scoring").statusCode());
            assertEquals(403, http.get("/admin/cycle?code=2026").statusCode());
            assertEquals(403, http.get("/admin/cycles").statusCode());
            assertEquals(403, http.get("/admin/policy").statusCode());
            assertEquals(403, http.get("/desk/followups").statusCode(), "a citizen has no agency desk");
            assertEquals(200, http.get("/mine").statusCode());
            assertEquals(403, http.get("/evaluator/assignments").statusCode(), "a citizen evaluates nothing");
            assertEquals(403, http.get("/expert/scores").statusCode(), "nor sits on a panel");
            assertEquals(403, http.get("/admin/panels").statusCode());
        }

        @Test
        void aModeratorSeesTheQueueButNotAdministration(Portal portal) throws Exception {
            Http http = new Http(portal.baseUrl());
            login(http, "moderator", "moderator-demo");
            HttpResponse<String> queue = http.get("/moderation/queue");
            assertEquals(200, queue.statusCode());
            assertTrue(queue.body().contains(QUEUE_MARKER));
            assertEquals(403, http.get("/admin/").statusCode());
            assertEquals(403, http.get("/desk/followups").statusCode(), "nor does a moderator");
            assertEquals(403, http.get("/mine").statusCode(), "my appraisals are a citizen's page");
            assertEquals(403, http.get("/expert/scores").statusCode(), "a moderator scores nothing");
            assertEquals(403, http.get("/admin/agencies").statusCode(), "nor keeps agencies");
            assertEquals(403, http.get("/admin/indicator?version=TPL-LOCAL").statusCode(), "nor edits indicator systems");
        }

        @Test
        void anAdministratorSeesAdministration(Portal portal) throws Exception {
            Http http = new Http(portal.baseUrl());
            login(http, "admin", "admin-demo");
            HttpResponse<String> admin = http.get("/admin/");
            assertEquals(200, admin.statusCode());
            assertTrue(admin.body().contains(ADMIN_MARKER));
            assertTrue(admin.body().matches("(?s).*/admin/cycle(\\.xhtml)?\\?code=2026.*"), "the cycles are listed");
            assertEquals(200, http.get("/admin/scoring?cycle=2026").statusCode());
        }
    }

    @Nested
    class Login {

        @Test
        @DisplayName("Catalogue 4: the session id changes at login")
        void sessionIdChangesAtLogin(Portal portal) throws Exception {
            Http http = new Http(portal.baseUrl());
            HttpResponse<String> before = http.get("/login");
            String anonymousSession = sessionCookie(before).orElseThrow();
            HttpResponse<String> after = http.postLogin(Http.loginToken(before.body()), "moderator", "moderator-demo");
            assertEquals(302, after.statusCode());
            String authenticatedSession = sessionCookie(after).orElseThrow();
            assertNotEquals(anonymousSession.split(";")[0], authenticatedSession.split(";")[0]);
        }

        @Test
        void sessionCookieIsHttpOnlyAndSameSite(Portal portal) throws Exception {
            String cookie = sessionCookie(new Http(portal.baseUrl()).get("/login")).orElseThrow().toLowerCase();
            assertTrue(cookie.contains("httponly"), cookie);
            assertTrue(cookie.contains("samesite=lax"), cookie);
        }

        @Test
        @DisplayName("Catalogue 5: a wrong password and an unknown user get the same answer")
        void wrongPasswordAndUnknownUserGetTheSameAnswer(Portal portal) throws Exception {
            HttpResponse<String> wrongPassword = login(new Http(portal.baseUrl()), "moderator", "nope");
            HttpResponse<String> unknownUser = login(new Http(portal.baseUrl()), "nobody-here", "nope");
            assertEquals(200, wrongPassword.statusCode());
            assertEquals(200, unknownUser.statusCode());
            assertTrue(wrongPassword.body().contains("id=\"login-failed\""));
            assertTrue(unknownUser.body().contains("id=\"login-failed\""));
        }

        /**
         * SECURITY.md case 5 and the finding on look-alike names: failures under every spelling that
         * folds to one name count for that name; after five, an attempt without a proof of work is
         * refused before the password is checked (the owner passes with one: {@code LoginIT}).
         */
        @Test
        @DisplayName("Catalogue 5, finding 7: failed logins under look-alike spellings → throttled by a proof of work, no lock-out")
        void failuresUnderLookAlikeSpellingsCountForOneNameWhichThenNeedsAProofOfWork(Portal portal) throws Exception {
            String name = portal.copyOfAccount("expert");
            String fullWidth = name.chars().mapToObj(c -> Character.toString(c >= '!' && c <= '~' ? c + 0xFEE0 : c))
                    .collect(java.util.stream.Collectors.joining());
            for (String spelling : List.of(name, name.toUpperCase(), name + "\u200b", fullWidth, " " + name + " ")) {
                HttpResponse<String> failed = login(new Http(portal.baseUrl()), spelling, "wrong-password");
                assertEquals(200, failed.statusCode(), spelling);
                assertTrue(failed.body().contains("id=\"login-failed\""), spelling);
            }
            HttpResponse<String> withoutProof = login(new Http(portal.baseUrl()), name, "expert-demo");
            assertEquals(200, withoutProof.statusCode(), "not locked out: asked for a proof of work");
            assertTrue(withoutProof.body().contains("id=\"login-proof\""));
            assertFalse(withoutProof.body().contains("id=\"login-failed\""), "the password was not checked");
            HttpResponse<String> unknownName = login(new Http(portal.baseUrl()), "nobody-" + System.nanoTime(), "x");
            assertTrue(unknownName.body().contains("id=\"login-failed\""), "other names are not affected");
        }

        @Test
        @DisplayName("Finding 7: an accented or zero-width spelling of a user name is no back door")
        void anAccentedOrZeroWidthSpellingIsNoBackDoor(Portal portal) throws Exception {
            HttpResponse<String> accented = login(new Http(portal.baseUrl()), "moderat\u00f3r", "moderator-demo");
            assertTrue(accented.body().contains("id=\"login-failed\""), "another letter is another name");
            HttpResponse<String> zeroWidth = login(new Http(portal.baseUrl()), "moderator\u200b", "moderator-demo");
            assertEquals(302, zeroWidth.statusCode(), "an invisible character is no other name: it is the same account");
        }

        @Test
        @DisplayName("Finding 11: a login posted from another site (no form token) → 403")
        void aLoginPostedFromElsewhereIsRefused(Portal portal) throws Exception {
            Http http = new Http(portal.baseUrl());
            HttpResponse<String> noForm = http.post("/login", "application/x-www-form-urlencoded",
                    "username=moderator&password=moderator-demo");
            assertEquals(403, noForm.statusCode(), "no session, no token: another site's form");
            assertTrue(noForm.body().contains("id=\"login-expired\""));
            http.get("/login");
            HttpResponse<String> wrongToken = http.postLogin("forged-token", "moderator", "moderator-demo");
            assertEquals(403, wrongToken.statusCode());
            assertFalse(http.get("/moderation/queue").statusCode() == 200, "not signed in");
        }

        @Test
        @DisplayName("Catalogue 4: a forged rememberMe cookie → no effect")
        void forgedRememberMeCookieHasNoEffect(Portal portal) throws Exception {
            Http http = new Http(portal.baseUrl());
            HttpResponse<String> response = http.send(http.request("/admin/")
                    .header("Cookie", "rememberMe=rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3Rvcg==")
                    .GET().build());
            assertEquals(302, response.statusCode());
            assertEquals(portal.baseUrl() + "/login", response.headers().firstValue("Location").orElseThrow());
        }

        /**
         * SECURITY.md case 4: a login lands on the session's saved request or the start page, on the
         * portal; neither a Referer, nor a cookie naming a saved request, nor a saved address that
         * reads as another host sends it elsewhere.
         */
        @Test
        @DisplayName("Catalogue 4: a forged saved-request cookie or Referer → the login lands on the portal only")
        void aForgedSavedRequestOrRefererNeverSendsTheLoginElsewhere(Portal portal) throws Exception {
            Http browser = new Http(portal.baseUrl());
            HttpResponse<String> form = browser.get("/login");
            String session = sessionCookie(form).orElseThrow().split(";")[0];
            HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Referer", "https://evil.example/phish")
                    .header("Cookie", session + "; shiroSavedRequest=https%3A%2F%2Fevil.example%2F; savedRequest=//evil.example/")
                    .POST(HttpRequest.BodyPublishers.ofString("username=moderator&password=moderator-demo&csrf="
                            + java.net.URLEncoder.encode(Http.loginToken(form.body()), java.nio.charset.StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(302, forged.statusCode(), forged.body());
            assertLandsOnThePortal(portal, forged);

            Http other = new Http(portal.baseUrl());
            other.get("//evil.example/moderation/queue");
            HttpResponse<String> saved = other.logIn("moderator", "moderator-demo");
            assertEquals(302, saved.statusCode());
            assertLandsOnThePortal(portal, saved);
        }

        private static void assertLandsOnThePortal(Portal portal, HttpResponse<String> response) {
            String location = response.headers().firstValue("Location").orElseThrow();
            URI target = URI.create(portal.baseUrl() + "/").resolve(location);
            URI own = URI.create(portal.baseUrl());
            assertEquals(own.getHost() + ":" + own.getPort(), target.getHost() + ":" + target.getPort(), location);
            assertFalse(location.contains("evil.example"), location);
        }

        @Test
        void afterLoginTheSavedRequestIsFollowedOnSite(Portal portal) throws Exception {
            Http http = new Http(portal.baseUrl());
            http.get("/moderation/queue");
            HttpResponse<String> response = http.logIn("moderator", "moderator-demo");
            assertEquals(302, response.statusCode());
            assertTrue(response.headers().firstValue("Location").orElseThrow().startsWith(portal.baseUrl() + "/moderation/queue"));
        }
    }

    /** SECURITY.md case 6: a forged ViewState gets the expired-view page, never a stack trace. */
    @Test
    @DisplayName("Catalogue 6: a tampered ViewState → the expired-view page, no stack trace")
    void aTamperedViewStateGetsTheExpiredPage(Portal portal) throws Exception {
        Http http = new Http(portal.baseUrl());
        http.get("/agency?code=HZ");
        HttpResponse<String> response = http.post("/agency.xhtml?code=HZ", "application/x-www-form-urlencoded",
                "appraisal=appraisal&appraisal%3Asubmit=x&jakarta.faces.ViewState=-1234567890%3A987654321");
        assertTrue(response.body().contains("data-error=\"expired\""), response.statusCode() + " " + response.body());
        // (Every page names ViewExpiredException once, in PrimeFaces' own map of error pages.)
        assertFalse(response.body().contains("Caused by") || response.body().contains("\tat ")
                || response.body().contains("at org.") || response.body().contains("java.lang."), "no stack trace");
    }

    /**
     * SECURITY.md case 6: no page streams PrimeFaces dynamic content, so its address is refused; a
     * request carrying an expression or an encrypted blob there (the old EL-injection exploit's shape)
     * gets 404 and evaluates nothing.
     */
    @ParameterizedTest
    @ValueSource(strings = {"#{facesContext.externalContext.response.setHeader('X-Evaluated','yes')}",
            "${facesContext.externalContext.response.setHeader('X-Evaluated','yes')}",
            "uMKljPgnOTVxmOB%2BH6%2FQEPW9ghJMGL3PRdkfmbiiPkUDzOAoSQnmBt4dYyjvjGhVqupdmBV%2FKAe9gtax9KhDnN5ibe6Dn0OL8GLlH6Do8c0%3D"})
    @DisplayName("Catalogue 6: a PrimeFaces dynamic-content request with an EL payload → 4xx, nothing evaluated")
    void aDynamicContentRequestCarryingAnExpressionIsRefused(String payload, Portal portal) throws Exception {
        String encoded = payload.contains("%") ? payload : java.net.URLEncoder.encode(payload, java.nio.charset.StandardCharsets.UTF_8);
        for (String type : List.of("sc", "st")) {
            HttpResponse<String> response = new Http(portal.baseUrl()).get("/jakarta.faces.resource/dynamiccontent.properties.xhtml"
                    + "?ln=primefaces&pfdrt=" + type + "&pfdrid_c=true&pfdrid=" + encoded);
            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, type + ": " + response.statusCode());
            assertTrue(response.headers().firstValue("X-Evaluated").isEmpty(), "the expression ran");
            assertFalse(response.body().contains("Caused by") || response.body().contains("java.lang."), "no stack trace");
        }
    }

    @Test
    @DisplayName("Catalogue 7: every answer forbids framing and sniffing")
    void everyAnswerForbidsFramingAndSniffing(Portal portal) throws Exception {
        for (String path : List.of("/", "/api/v1/agencies", "/login")) {
            HttpResponse<String> response = new Http(portal.baseUrl()).get(path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow(), path);
            assertTrue(response.headers().firstValue("Content-Security-Policy").orElseThrow().contains("frame-ancestors 'none'"));
        }
    }

    /** Low findings of the outside probe, each as it was found. */
    @Nested
    class ProbeFindings {

        @Test
        @DisplayName("Finding 11: a session id in the address → 400")
        void aSessionIdInTheAddressIsRefused(Portal portal) throws Exception {
            Http http = new Http(portal.baseUrl());
            assertEquals(302, http.logIn("moderator", "moderator-demo").statusCode());
            String session = http.client().cookieHandler().orElseThrow().get(java.net.URI.create(portal.baseUrl()), java.util.Map.of())
                    .get("Cookie").stream().flatMap(c -> java.util.Arrays.stream(c.split(";\\s*")))
                    .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow().substring("JSESSIONID=".length());
            HttpResponse<String> byAddress = new Http(portal.baseUrl()).get("/moderation/queue;jsessionid=" + session);
            assertEquals(400, byAddress.statusCode(), "a session id in the address is not a session");
            assertFalse(byAddress.body().contains(QUEUE_MARKER));
        }

        @ParameterizedTest
        @ValueSource(strings = {"/mine.xhtml", "/verify.xhtml"})
        @DisplayName("Finding 11: /mine.xhtml and /verify.xhtml meet the rule of /mine and /verify")
        void pagesNamedWithTheirSuffixMeetTheSameRule(String path, Portal portal) throws Exception {
            HttpResponse<String> response = new Http(portal.baseUrl()).get(path);
            assertEquals(302, response.statusCode(), path);
            assertEquals(portal.baseUrl() + "/login", response.headers().firstValue("Location").orElseThrow());
        }

        @Test
        @DisplayName("Finding 11: GET /logout → 405; logging out takes a POST")
        void loggingOutTakesAPostAndALinkDoesNot(Portal portal) throws Exception {
            Http http = new Http(portal.baseUrl());
            http.logIn("moderator", "moderator-demo");
            assertEquals(405, http.get("/logout").statusCode(), "a link (or an image another site embeds) does not log out");
            assertEquals(200, http.get("/moderation/queue").statusCode(), "still signed in");
            assertEquals(302, http.post("/logout", "application/x-www-form-urlencoded", "").statusCode());
            assertEquals(302, http.get("/moderation/queue").statusCode(), "signed out");
        }

        @Test
        @DisplayName("Finding 11: no WADL is served")
        void noWadlIsServed(Portal portal) throws Exception {
            assertEquals(404, new Http(portal.baseUrl()).get("/api/application.wadl").statusCode());
        }

        @Test
        @DisplayName("Finding 11: 20 parallel withdrawals of one receipt → one withdrawal, 19 × 409, no 500")
        void twentyWithdrawalsOfOneReceiptAtOnceGiveOneWithdrawalAndConflicts(Portal portal) throws Exception {
            // a well-formed receipt (MP- five - five) of its own: 3 digits after WD, always
            String receipt = String.format("MP-WD%03d-%05d", System.nanoTime() % 1000, 10000 + System.nanoTime() % 90000);
            try (java.sql.Connection db = portal.database(); java.sql.Statement sql = db.createStatement()) {
                sql.executeUpdate("""
                        INSERT INTO appraisal (receipt, agency_id, indicator_system_id, channel, overall_level, status, submitted_at)
                        SELECT '%s', a.id, s.id, 'API', 4, 'PUBLISHED', UTC_TIMESTAMP(6)
                        FROM agency a JOIN indicator_system s ON s.track_id = a.track_id AND s.template WHERE a.code = 'FJ'"""
                        .formatted(receipt));
            }
            Http http = new Http(portal.baseUrl());
            java.util.List<java.util.concurrent.CompletableFuture<Integer>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return http.post("/api/v1/appraisals/" + receipt + "/withdrawal", "application/json", "").statusCode();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            java.util.Map<Integer, Long> statuses = calls.stream().map(java.util.concurrent.CompletableFuture::join)
                    .collect(java.util.stream.Collectors.groupingBy(s -> s, java.util.stream.Collectors.counting()));
            assertEquals(1L, statuses.get(200), statuses.toString());
            assertEquals(19L, statuses.getOrDefault(409, 0L), statuses.toString());
            assertEquals("WITHDRAWN", portal.string("SELECT status FROM appraisal WHERE receipt = '" + receipt + "'"));
        }

        @Test
        @DisplayName("Finding 11: unknown codes and another agency's follow-up on pages → 404, no 500")
        void unknownCodesAndAnotherAgencysFollowUpAre404OnPages(Portal portal) throws Exception {
            Http admin = new Http(portal.baseUrl());
            admin.logIn("admin", "admin-demo");
            for (String page : List.of("/admin/cycle?code=NOPE", "/admin/scoring?cycle=NOPE", "/admin/cycle?code=", "/admin/cycle")) {
                HttpResponse<String> unknown = admin.get(page);
                assertEquals(404, unknown.statusCode(), page);
                assertTrue(unknown.body().contains("data-error=\"404\""), page + " shows the portal's own 404 page: " + unknown.body());
            }
            long otherAgencys;
            try (java.sql.Connection db = portal.database(); java.sql.Statement sql = db.createStatement()) {
                sql.executeUpdate("""
                        INSERT INTO appraisal (receipt, agency_id, indicator_system_id, channel, overall_level, status, submitted_at)
                        SELECT 'MP-FU%05d-00001', a.id, s.id, 'API', 1, 'PUBLISHED', UTC_TIMESTAMP(6)
                        FROM agency a JOIN indicator_system s ON s.track_id = a.track_id AND s.template WHERE a.code = 'SZ'"""
                        .formatted(System.nanoTime() % 100000));
                sql.executeUpdate("""
                        INSERT INTO follow_up (appraisal_id, agency_id, opened_on, due_on, status)
                        SELECT id, agency_id, CURDATE(), CURDATE(), 'OPEN' FROM appraisal ORDER BY id DESC LIMIT 1""");
                otherAgencys = portal.count("SELECT MAX(id) FROM follow_up");
            }
            Http staff = new Http(portal.baseUrl());
            staff.logIn("agency", "agency-demo");
            assertEquals(404, staff.get("/desk/followup?id=" + otherAgencys).statusCode(), "Shenzhen's follow-up, asked by Hangzhou's staff");
        }
    }
}

package org.minping.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minping.web.it.ApiRater;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.minping.web.it.PortalTest;

/** Service cases (一事一评): agencies register them, and each is rated once, in its window. */
@PortalTest
class ServiceCaseApiIT {

    private static final String CASES = "/api/v1/service-cases";
    private static final String APPRAISALS = "/api/v1/appraisals";

    @Test
    void onlyAgencyStaffOfTheAgencyAndAdministratorsRegisterCases(Portal portal) throws Exception {
        Http http = new Http(portal.baseUrl());
        String number = newCaseNumber();
        String body = caseJson("HZ", number, closedMinutesAgo(10));
        assertEquals(401, http.send(post(http, CASES, null, body)).statusCode(), "anonymous");
        assertEquals(403, http.send(post(http, CASES, "citizen:citizen-demo", body)).statusCode(), "a citizen");
        assertEquals(403, http.send(post(http, CASES, "agency:agency-demo", caseJson("SZ", number, closedMinutesAgo(10))))
                .statusCode(), "staff of Hangzhou for Shenzhen");
        HttpResponse<String> created = http.send(post(http, CASES, "agency:agency-demo", body));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(number, Http.object(created).getString("caseNumber"));
        HttpResponse<String> again = http.send(post(http, CASES, "admin:admin-demo", body));
        assertEquals(409, again.statusCode(), again.body());
        assertEquals(1, portal.count("SELECT COUNT(*) FROM service_case WHERE case_number = '" + number + "'"));
        assertTrue(portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'case.register' AND subject LIKE '%" + number + "'") == 1);
    }

    @Test
    void badCasesAreRefusedFieldByField(Portal portal) throws Exception {
        Http http = new Http(portal.baseUrl());
        HttpResponse<String> response = http.send(post(http, CASES, "admin:admin-demo",
                "{\"agencyCode\":\"NOPE\",\"caseNumber\":\"含 空格\",\"closedAt\":\"yesterday\"}"));
        assertEquals(422, response.statusCode(), response.body());
        assertEquals(List.of("closedAt"), fields(response));
        response = http.send(post(http, CASES, "admin:admin-demo", "{\"agencyCode\":\"NOPE\",\"caseNumber\":\"含 空格\","
                + "\"closedAt\":\"" + LocalDateTime.now(ZoneOffset.UTC).plusDays(2).truncatedTo(ChronoUnit.SECONDS) + "\"}"));
        assertEquals(422, response.statusCode(), response.body());
        assertEquals(List.of("agencyCode", "caseNumber", "closedAt"), fields(response));
        response = http.send(post(http, CASES, "admin:admin-demo", "{\"agencyCode\":\"HZ\",\"caseNumber\":7}"));
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(List.of("caseNumber"), fields(response));
    }

    @Test
    void aCaseIsRatedOnceAndOnlyInItsWindow(Portal portal) throws Exception {
        Http http = new Http(portal.baseUrl());
        Case number = register(http, "HZ", closedMinutesAgo(30));
        String device = "device-" + UUID.randomUUID();

        HttpResponse<String> unknown = rate(portal, "HZ", new Case("NO-SUCH-CASE", null), device);
        assertEquals(422, unknown.statusCode(), unknown.body());
        assertEquals(List.of("caseNumber"), fields(unknown));
        HttpResponse<String> badToken = rate(portal, "HZ", number, "short");
        assertEquals(400, badToken.statusCode(), badToken.body());
        assertEquals(List.of("X-Device-Token"), fields(badToken));

        HttpResponse<String> first = rate(portal, "HZ", number, device);
        assertEquals(201, first.statusCode(), first.body());
        String receipt = Http.object(first).getString("receipt");
        HttpResponse<String> second = rate(portal, "HZ", number, device);
        assertEquals(409, second.statusCode(), second.body());
        assertEquals(List.of("caseNumber"), fields(second));

        try (var db = portal.database(); var sql = db.createStatement();
             var row = sql.executeQuery("SELECT rater_key, rater_level, trust_weight FROM appraisal WHERE receipt = '" + receipt + "'")) {
            row.next();
            assertTrue(row.getString(1).matches("[0-9a-f]{64}"), "a keyed hash is stored");
            assertFalse(row.getString(1).contains(device), "not the token");
            assertEquals("ANONYMOUS", row.getString(2));
            assertEquals(0, row.getBigDecimal(3).compareTo(new java.math.BigDecimal("0.6")), "the level's trust weight");
        }

        Case old = register(http, "HZ", closedMinutesAgo(8 * 24 * 60));
        HttpResponse<String> late = rate(portal, "HZ", old, device);
        assertEquals(422, late.statusCode(), late.body());
        assertTrue(late.body().contains("could be rated until"), late.body());
    }

    /** Without the code its citizen got, nobody can take a case's one rating by guessing its number. */
    @Test
    @DisplayName("Finding 3: a registered case is rated only with its citizen's rating code")
    void aCaseIsRatedOnlyWithItsRatingCodeHoweverItIsTyped(Portal portal) throws Exception {
        Case serviceCase = register(new Http(portal.baseUrl()), "HZ", closedMinutesAgo(5));
        assertTrue(serviceCase.code().matches("[2-9A-HJKMNP-Z]{8}"), serviceCase.code());
        long before = portal.count("SELECT COUNT(*) FROM appraisal");
        HttpResponse<String> none = rate(portal, "HZ", serviceCase.number(), null, "device-" + UUID.randomUUID());
        assertEquals(422, none.statusCode(), none.body());
        assertEquals(List.of("caseCode"), fields(none));
        String wrong = serviceCase.code().charAt(0) == '2' ? "3" + serviceCase.code().substring(1) : "2" + serviceCase.code().substring(1);
        HttpResponse<String> guessed = rate(portal, "HZ", serviceCase.number(), wrong, "device-" + UUID.randomUUID());
        assertEquals(422, guessed.statusCode(), guessed.body());
        assertEquals(List.of("caseCode"), fields(guessed));
        assertEquals(before, portal.count("SELECT COUNT(*) FROM appraisal"), "nothing stored");
        // as a citizen may type it: full-width, lower case, in two groups
        StringBuilder typed = new StringBuilder();
        for (char c : serviceCase.code().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            typed.append((char) (c + 0xFEE0));
            if (typed.length() == 4) {
                typed.append(" - ");
            }
        }
        HttpResponse<String> rated = rate(portal, "HZ", serviceCase.number(), typed.toString(), "device-" + UUID.randomUUID());
        assertEquals(201, rated.statusCode(), rated.body());
    }

    @Test
    void withTheCitizensContactTheCodeGoesOnlyToTheCitizen(Portal portal) throws Exception {
        Http http = new Http(portal.baseUrl());
        String number = newCaseNumber();
        String closed = closedMinutesAgo(5);
        HttpResponse<String> badContact = http.send(post(http, CASES, "agency:agency-demo", "{\"agencyCode\":\"HZ\",\"caseNumber\":\""
                + number + "\",\"closedAt\":\"" + closed + "\",\"citizenContact\":\"call me\"}"));
        assertEquals(422, badContact.statusCode(), badContact.body());
        assertEquals(List.of("citizenContact"), fields(badContact));
        assertEquals(0, portal.count("SELECT COUNT(*) FROM service_case WHERE case_number = '" + number + "'"), "nothing stored");

        String phone = "139" + String.format("%08d", new java.security.SecureRandom().nextInt(100_000_000));
        HttpResponse<String> created = http.send(post(http, CASES, "agency:agency-demo", "{\"agencyCode\":\"HZ\",\"caseNumber\":\""
                + number + "\",\"closedAt\":\"" + closed + "\",\"citizenContact\":\"" + phone + "\",\"language\":\"en\"}"));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject answer = Http.object(created);
        assertTrue(answer.getBoolean("ratingCodeSentToCitizen"));
        assertFalse(answer.containsKey("ratingCode"), "the agency never sees the code");
        assertFalse(answer.containsKey("ratingLink"));
        java.util.regex.Matcher sent = java.util.regex.Pattern.compile("MinPing notice for " + phone.substring(0, 3) + "\\*{4}"
                + phone.substring(7) + ": Your MinPing rating link for case " + java.util.regex.Pattern.quote(number)
                + ": (\\S+) \\(rating code ([2-9A-Z]{8}),").matcher(portal.log());
        assertTrue(sent.find(), "the notice went to the citizen's contact");
        assertFalse(portal.log().contains(phone), "the full contact is in no log line");
        assertTrue(sent.group(1).startsWith(portal.baseUrl() + "/agency?code=HZ&case="), sent.group(1));
        assertEquals(0, portal.count("SELECT COUNT(*) FROM service_case WHERE case_number = '" + number
                + "' AND (created_by LIKE '%" + phone + "%' OR rating_code_key = '" + sent.group(2) + "')"), "neither kept");
        assertEquals(201, rate(portal, "HZ", number, sent.group(2), "device-" + UUID.randomUUID()).statusCode());
    }

    /**
     * Finding: five rotated device tokens stored five 1-star ratings of one case, each opening a
     * follow-up. A case is one citizen's business: it has one rating, whoever sends it.
     */
    @Test
    @DisplayName("Finding 3: five rotated device tokens for one case → one rating, one follow-up")
    void rotatedDeviceTokensBuyNoSecondRatingOfACase(Portal portal) throws Exception {
        Http http = new Http(portal.baseUrl());
        Case number = register(http, "SZ", closedMinutesAgo(5));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(ApiRater.anonymous(portal).post("rotated-" + UUID.randomUUID(), "{\"agencyCode\":\"SZ\",\"caseNumber\":\""
                    + number.number() + "\",\"caseCode\":\"" + number.code() + "\",\"overall\":1,\"comment\":\"很差\"}").statusCode());
        }
        assertEquals(List.of(201, 409, 409, 409, 409), statuses);
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal a JOIN service_case c ON c.id = a.service_case_id"
                + " WHERE c.case_number = '" + number.number() + "'"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM follow_up f JOIN appraisal a ON a.id = f.appraisal_id"
                + " JOIN service_case c ON c.id = a.service_case_id WHERE c.case_number = '" + number.number() + "'"), "one follow-up");
    }

    @Test
    void aCaseWithdrawnByItsRaterCanBeRatedAgain(Portal portal) throws Exception {
        Http http = new Http(portal.baseUrl());
        Case number = register(http, "HZ", closedMinutesAgo(5));
        String receipt = Http.object(rate(portal, "HZ", number, "device-" + UUID.randomUUID())).getString("receipt");
        assertEquals(200, http.send(http.request(APPRAISALS + "/" + receipt + "/withdrawal")
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode());
        assertEquals(201, rate(portal, "HZ", number, "device-" + UUID.randomUUID()).statusCode(), "the claim went with the withdrawal");
    }

    @Test
    @DisplayName("Catalogue 12: 50 parallel submissions for one case → one stored, the rest 409")
    void fiftyParallelRatingsOfOneCaseByFiftyDevicesStoreOne(Portal portal) throws Exception {
        Http http = new Http(portal.baseUrl());
        Case number = register(http, "HZ", closedMinutesAgo(5));
        int requests = 50;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                Callable<HttpResponse<String>> post = () -> {
                    start.await();
                    return rate(portal, "HZ", number, "parallel-" + UUID.randomUUID());
                };
                answers.add(pool.submit(post));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                statuses.add(answer.get().statusCode());
            }
            Map<Integer, Long> byStatus = statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertEquals(Map.of(201, 1L, 409, 49L), byStatus);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal a JOIN service_case c ON c.id = a.service_case_id"
                + " WHERE c.case_number = '" + number.number() + "'"));
    }

    @Test
    void aRaterWhoseAppraisalsWereRejectedWeighsLess(Portal portal) throws Exception {
        Http http = new Http(portal.baseUrl());
        String device = "history-" + UUID.randomUUID();
        String first = Http.object(rateWithoutCase(http, device)).getString("receipt");
        assertEquals(0, new java.math.BigDecimal("0.6").compareTo(weightOf(portal, first)), "a new anonymous rater");
        try (var db = portal.database(); var sql = db.createStatement()) {
            sql.executeUpdate("UPDATE appraisal SET status = 'REJECTED', decision_reason = 'spam' WHERE receipt = '" + first + "'");
        }
        String second = Http.object(rateWithoutCase(http, device)).getString("receipt");
        assertEquals(0, new java.math.BigDecimal("0.3").compareTo(weightOf(portal, second)), "one rejection halves the weight");
        String stranger = Http.object(rateWithoutCase(http, "other-" + device)).getString("receipt");
        assertEquals(0, new java.math.BigDecimal("0.6").compareTo(weightOf(portal, stranger)), "others keep theirs");
    }

    @Test
    void aBurstFromOneDeviceForOneAgencyIsHeldForVelocity(Portal portal) throws Exception {
        Http http = new Http(portal.baseUrl());
        String device = "burst-" + UUID.randomUUID();
        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(Http.object(rateWithoutCase(http, device, "BJ")).getString("status"));
        }
        assertEquals(List.of("PUBLISHED", "PUBLISHED", "PUBLISHED", "HELD"), statuses, "the fourth within ten minutes waits");
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal a JOIN agency g ON g.id = a.agency_id WHERE g.code = 'BJ'"
                + " AND a.hold_reasons = 'velocity' AND a.network_key IS NOT NULL AND a.network_key NOT LIKE '127%'"));
        assertEquals("PUBLISHED", Http.object(rateWithoutCase(http, device, "FJ")).getString("status"), "another agency is not a burst");
    }

    private static HttpResponse<String> rateWithoutCase(Http http, String device) throws Exception {
        return rateWithoutCase(http, device, "XJ");
    }

    private static HttpResponse<String> rateWithoutCase(Http http, String device, String agency) throws Exception {
        return http.send(anonymousRequest(http, device, "{\"agencyCode\":\"" + agency + "\",\"overall\":4}"));
    }

    /** What an anonymous API client sends: its device token and a new proof of work. */
    private static HttpRequest anonymousRequest(Http http, String device, String body) throws Exception {
        return http.request(APPRAISALS).header("Content-Type", "application/json")
                .header("Idempotency-Key", "anonymous-" + UUID.randomUUID()).header("X-Device-Token", device)
                .header("X-Proof-Of-Work", ApiRater.proofOfWork(http))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    private static java.math.BigDecimal weightOf(Portal portal, String receipt) throws Exception {
        try (var db = portal.database(); var sql = db.createStatement();
             var row = sql.executeQuery("SELECT trust_weight FROM appraisal WHERE receipt = '" + receipt + "'")) {
            row.next();
            return row.getBigDecimal(1);
        }
    }

    @Test
    @DisplayName("Catalogue 14: a burst over the rate limit → 429 with Retry-After; other raters unaffected")
    void oneDeviceRatesAtMostSixtyTimesInTenMinutes(Portal portal) throws Exception {
        Http http = new Http(portal.baseUrl());
        String device = "busy-" + UUID.randomUUID();
        for (int i = 0; i < 60; i++) {
            HttpResponse<String> accepted = http.send(anonymousRequest(http, device, "{\"agencyCode\":\"GX\",\"overall\":3}"));
            assertEquals(201, accepted.statusCode(), accepted.body());
        }
        long before = portal.count("SELECT COUNT(*) FROM appraisal");
        HttpResponse<String> refused = http.send(anonymousRequest(http, device, "{\"agencyCode\":\"GX\",\"overall\":3}"));
        assertEquals(429, refused.statusCode(), refused.body());
        assertTrue(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()) > 0);
        assertEquals(before, portal.count("SELECT COUNT(*) FROM appraisal"), "nothing stored");
        HttpResponse<String> someoneElse = http.send(anonymousRequest(http, "other-" + device, "{\"agencyCode\":\"GX\",\"overall\":3}"));
        assertEquals(201, someoneElse.statusCode(), "another rater is not held up: " + someoneElse.body());
    }

    /** A registered case as its citizen knows it: the number and the rating code. */
    record Case(String number, String code) {
    }

    static Case register(Http http, String agency, String closedAt) throws Exception {
        String number = newCaseNumber();
        HttpResponse<String> created = http.send(post(http, CASES, "admin:admin-demo", caseJson(agency, number, closedAt)));
        assertEquals(201, created.statusCode(), created.body());
        return new Case(number, Http.object(created).getString("ratingCode"));
    }

    private static HttpResponse<String> rate(Portal portal, String agency, Case serviceCase, String device) throws Exception {
        return rate(portal, agency, serviceCase.number(), serviceCase.code(), device);
    }

    private static HttpResponse<String> rate(Portal portal, String agency, String number, String code, String device)
            throws Exception {
        return ApiRater.anonymous(portal).as(device).post("case-" + UUID.randomUUID(), "{\"agencyCode\":\"" + agency
                + "\",\"caseNumber\":\"" + number + "\"" + (code == null ? "" : ",\"caseCode\":\"" + code + "\"")
                + ",\"overall\":4,\"ratings\":{\"EFFICIENCY\":4}}");
    }

    private static HttpRequest post(Http http, String path, String credentials, String body) {
        HttpRequest.Builder request = http.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return request.build();
    }

    private static String caseJson(String agency, String number, String closedAt) {
        return "{\"agencyCode\":\"" + agency + "\",\"caseNumber\":\"" + number + "\",\"closedAt\":\"" + closedAt + "\"}";
    }

    private static String newCaseNumber() {
        return "ZJ-" + UUID.randomUUID().toString().substring(0, 13);
    }

    private static String closedMinutesAgo(long minutes) {
        return LocalDateTime.now(ZoneOffset.UTC).minusMinutes(minutes).truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }

    private static List<String> fields(HttpResponse<String> problem) {
        JsonObject body = Http.object(problem);
        return body.getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    }
}

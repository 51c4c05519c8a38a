package org.minping.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minping.web.it.ApiRater;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.minping.web.it.PortalExtension.Portal.Hall;
import org.minping.web.it.PortalTest;

@PortalTest
class AppraisalApiIT {

    private static final String PATH = "/api/v1/appraisals";
    private static final String VALID = """
            {"agencyCode":"HZ","serviceCode":"HZ-BIZ","channel":"APP","overall":4,
             "ratings":{"EFFICIENCY":5,"ATTITUDE":4,"TRANSPARENCY":3},"comment":"窗口办理很快",
             "respondent":{"region":"ZJ","ageBand":"30-44"}}""";

    private static String newKey() {
        return "test-" + UUID.randomUUID();
    }

    private static long appraisals(Portal portal) throws Exception {
        return portal.count("SELECT COUNT(*) FROM appraisal");
    }

    private static long storedWithKey(Portal portal, String key) throws Exception {
        return portal.count("SELECT COUNT(*) FROM idempotency_record WHERE idem_key = '" + key + "'");
    }

    @Nested
    class Submission {

        @Test
        void answers201WithReceiptAndLocationOnceCommitted(Portal portal) throws Exception {
            long before = appraisals(portal);
            HttpResponse<String> response = ApiRater.system(portal).post(newKey(), VALID);
            assertEquals(201, response.statusCode(), response.body());
            JsonObject body = Http.object(response);
            String receipt = body.getString("receipt");
            assertTrue(receipt.matches("MP-[0-9A-Z]{5}-[0-9A-Z]{5}"), receipt);
            assertEquals("PUBLISHED", body.getString("status"));
            assertTrue(body.getJsonNumber("id").longValue() > 0);
            assertEquals(portal.baseUrl() + PATH + "/" + receipt, response.headers().firstValue("Location").orElseThrow());
            assertEquals(before + 1, appraisals(portal));
            assertEquals(3, portal.count("SELECT COUNT(*) FROM appraisal_rating r JOIN appraisal a ON a.id = r.appraisal_id"
                    + " WHERE a.receipt = '" + receipt + "'"));
            assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal WHERE receipt = '" + receipt + "'"
                    + " AND channel = 'APP' AND overall_level = 4 AND respondent_age_band = '30-44'"
                    + " AND case_number IS NULL AND comment_text = '窗口办理很快'"));
        }

        @Test
        void anAppraisalRecordsTheServiceHallOfItsAgency(Portal portal) throws Exception {
            Hall hall = portal.addServiceHall("HZ");
            HttpResponse<String> response = ApiRater.system(portal).post(newKey(),
                    "{\"agencyCode\":\"HZ\",\"channel\":\"KIOSK\",\"overall\":5,\"hall\":\"" + hall.code() + "\"}");
            assertEquals(201, response.statusCode(), response.body());
            assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal a JOIN service_hall h ON h.id = a.hall_id"
                    + " WHERE a.receipt = '" + Http.object(response).getString("receipt") + "' AND h.code = '" + hall.code() + "'"));
            assertTrue(Http.object(new Http(portal.baseUrl()).get("/api/v1/agencies/HZ/form")).getJsonArray("halls")
                    .getValuesAs(JsonObject.class).stream().anyMatch(h -> h.getString("code").equals(hall.code())
                            && h.getString("addressEn").equals(hall.addressEn())), "the form lists the halls a submission may name");
        }

        @Test
        void receiptTellsTheStatus(Portal portal) throws Exception {
            Http http = new Http(portal.baseUrl());
            ApiRater system = ApiRater.system(portal);
            String receipt = Http.object(system.post(newKey(), VALID)).getString("receipt");
            HttpResponse<String> status = http.get(PATH + "/" + receipt);
            assertEquals(200, status.statusCode());
            assertEquals("PUBLISHED", Http.object(status).getString("status"));
            assertEquals("HZ", Http.object(status).getString("agencyCode"));
        }

        @Test
        void commentWithALinkIsHeldForAModeratorWithTheReason(Portal portal) throws Exception {
            Http http = new Http(portal.baseUrl());
            HttpResponse<String> response = ApiRater.anonymous(portal).post(newKey(),
                    "{\"agencyCode\":\"MOF\",\"overall\":1,\"comment\":\"办证请上 www.fake-cert.cn\"}");
            assertEquals(201, response.statusCode(), response.body());
            assertEquals("HELD", Http.object(response).getString("status"));
            JsonObject status = Http.object(http.get(PATH + "/" + Http.object(response).getString("receipt")));
            assertEquals("link", status.getJsonArray("reasons").getString(0));
        }

        /** A time on the full minute has no seconds in LocalDateTime.toString(); it must still show them. */
        @Test
        void submissionTimeOnTheFullMinuteIsShownWithSeconds(Portal portal) throws Exception {
            Http http = new Http(portal.baseUrl());
            ApiRater system = ApiRater.system(portal);
            String receipt = Http.object(system.post(newKey(), VALID)).getString("receipt");
            try (java.sql.Connection db = portal.database(); java.sql.Statement sql = db.createStatement()) {
                sql.executeUpdate("UPDATE appraisal SET submitted_at = '2026-01-01 10:00:00' WHERE receipt = '" + receipt + "'");
            }
            assertEquals("2026-01-01T10:00:00Z", Http.object(http.get(PATH + "/" + receipt)).getString("submittedAt"));
            HttpResponse<String> page = http.get("/receipt?receipt=" + receipt);
            assertEquals(200, page.statusCode());
            // The page shows the visitor's time: Beijing time (UTC+8) for a client whose zone is not known.
            assertTrue(page.body().contains("2026-01-01 18:00:00"), page.body());
        }

        @Test
        void aNearCopyOfARecentCommentAboutTheSameAgencyIsHeldAsDuplicate(Portal portal) throws Exception {
            Http http = new Http(portal.baseUrl());
            ApiRater anonymous = ApiRater.anonymous(portal);
            String marker = UUID.randomUUID().toString().substring(0, 8);
            String first = "国土资源窗口办理建设用地审批拖了三个月，材料反复补交，" + marker + "号件至今没有结果，希望尽快处理。";
            String copy = first.replace("三个月", "四个月");
            JsonObject original = Http.object(anonymous.post(newKey(), "{\"agencyCode\":\"MLR\",\"overall\":2,\"comment\":\"" + first + "\"}"));
            assertEquals("PUBLISHED", original.getString("status"));
            JsonObject duplicate = Http.object(anonymous.post(newKey(), "{\"agencyCode\":\"MLR\",\"overall\":2,\"comment\":\"" + copy + "\"}"));
            assertEquals("HELD", duplicate.getString("status"));
            assertEquals("duplicate", Http.object(http.get(PATH + "/" + duplicate.getString("receipt"))).getJsonArray("reasons").getString(0));
            JsonObject elsewhere = Http.object(anonymous.post(newKey(), "{\"agencyCode\":\"MOF\",\"overall\":2,\"comment\":\"" + copy + "\"}"));
            assertEquals("PUBLISHED", elsewhere.getString("status"), "the same words about another agency are no duplicate");
        }

        @Test
        void personalDataInACommentIsNeverStored(Portal portal) throws Exception {
            HttpResponse<String> response = ApiRater.anonymous(portal).post(newKey(),
                    "{\"agencyCode\":\"HZ\",\"overall\":2,\"comment\":\"请回电13812345678，我的身份证11010519491231002X\"}");
            String receipt = Http.object(response).getString("receipt");
            assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal WHERE receipt = '" + receipt
                    + "' AND comment_text = '请回电[手机号]，我的身份证[身份证号]'"));
        }

        @Test
        void unknownReceiptIs404(Portal portal) throws Exception {
            assertEquals(404, new Http(portal.baseUrl()).get(PATH + "/MP-00000-00000").statusCode());
            assertEquals(404, new Http(portal.baseUrl()).get(PATH + "/not-a-receipt").statusCode());
        }

        @Test
        @DisplayName("Catalogue 3: mass assignment of status, id, weight, submittedAt → ignored")
        void protectedFieldsInTheBodyAreIgnored(Portal portal) throws Exception {
            HttpResponse<String> response = ApiRater.anonymous(portal).post(newKey(),
                    "{\"agencyCode\":\"HZ\",\"overall\":5,\"status\":\"APPROVED\",\"id\":1,\"weight\":100,"
                            + "\"comment\":\"http://spam.example.com\",\"submittedAt\":\"2000-01-01T00:00:00\"}");
            assertEquals(201, response.statusCode(), response.body());
            assertEquals("HELD", Http.object(response).getString("status"));
            String receipt = Http.object(response).getString("receipt");
            assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal WHERE receipt = '" + receipt
                    + "' AND submitted_at > '2020-01-01' AND status = 'HELD'"));
        }

        @Test
        void commentOf1000CharactersOutsideTheBasicPlaneIsAccepted(Portal portal) throws Exception {
            String comment = "𠮷".repeat(1000);
            HttpResponse<String> response = ApiRater.anonymous(portal).post(newKey(),
                    "{\"agencyCode\":\"HZ\",\"overall\":3,\"comment\":\"" + comment + "\"}");
            assertEquals(201, response.statusCode(), response.body());
        }
    }

    @Nested
    class Idempotency {

        @Test
        @DisplayName("Catalogue 13: the same Idempotency-Key and body again → one row, the same answer")
        void sameKeyAndBodyTwiceStoresOneRowAndGivesTheFirstAnswer(Portal portal) throws Exception {
            ApiRater system = ApiRater.system(portal);
            String key = newKey();
            long before = appraisals(portal);
            HttpResponse<String> first = system.post(key, VALID);
            HttpResponse<String> second = system.post(key, VALID.replace(",\"overall\"", ", \"overall\""));
            assertEquals(201, first.statusCode());
            assertEquals(201, second.statusCode());
            assertEquals(Http.object(first), Http.object(second));
            assertEquals("false", first.headers().firstValue("Idempotent-Replayed").orElseThrow());
            assertEquals("true", second.headers().firstValue("Idempotent-Replayed").orElseThrow());
            assertEquals(before + 1, appraisals(portal));
        }

        @Test
        @DisplayName("Catalogue 13: the same Idempotency-Key with another body → 422, nothing stored")
        void sameKeyWithAnotherBodyIs422AndStoresNothing(Portal portal) throws Exception {
            ApiRater system = ApiRater.system(portal);
            String key = newKey();
            assertEquals(201, system.post(key, VALID).statusCode());
            long before = appraisals(portal);
            HttpResponse<String> reuse = system.post(key, VALID.replace("\"overall\":4", "\"overall\":1"));
            assertEquals(422, reuse.statusCode());
            assertTrue(Http.object(reuse).getString("type").endsWith("idempotency-key-reused"));
            assertEquals(before, appraisals(portal));
        }

        @Test
        @DisplayName("Catalogue 13: one Idempotency-Key sent 20 times at once → one row, one receipt")
        void twentyParallelIdenticalPostsWithOneKeyStoreOneRow(Portal portal) throws Exception {
            String key = newKey();
            // one user of one intake system, whose request reached the portal twenty times at once
            ApiRater system = ApiRater.system(portal);
            int clients = 20;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (int i = 0; i < clients; i++) {
                    Callable<HttpResponse<String>> post = () -> {
                        start.await();
                        return system.post(key, VALID);
                    };
                    answers.add(pool.submit(post));
                }
                start.countDown();
                Set<String> receipts = new HashSet<>();
                for (Future<HttpResponse<String>> answer : answers) {
                    HttpResponse<String> response = answer.get();
                    assertEquals(201, response.statusCode(), response.body());
                    receipts.add(Http.object(response).getString("receipt"));
                }
                assertEquals(1, receipts.size(), "every client gets the one receipt");
                assertEquals(1, storedWithKey(portal, key));
                assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal WHERE receipt = '" + receipts.iterator().next() + "'"));
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Nested
    class BadInput {

        static List<Arguments> invalidBodies() {
            return List.of(
                    Arguments.of("level above 5", "{\"agencyCode\":\"HZ\",\"overall\":6}", 422, Set.of("overall")),
                    Arguments.of("level below 1", "{\"agencyCode\":\"HZ\",\"overall\":0}", 422, Set.of("overall")),
                    Arguments.of("indicator level out of range",
                            "{\"agencyCode\":\"HZ\",\"overall\":3,\"ratings\":{\"EFFICIENCY\":9}}", 422, Set.of("ratings.EFFICIENCY")),
                    Arguments.of("missing overall", "{\"agencyCode\":\"HZ\"}", 422, Set.of("overall")),
                    Arguments.of("unknown agency", "{\"agencyCode\":\"NOPE\",\"overall\":3}", 422, Set.of("agencyCode")),
                    Arguments.of("unknown indicator",
                            "{\"agencyCode\":\"HZ\",\"overall\":3,\"ratings\":{\"BRIBES\":1}}", 422, Set.of("ratings.BRIBES")),
                    Arguments.of("service of another agency",
                            "{\"agencyCode\":\"HZ\",\"overall\":3,\"serviceCode\":\"SZ-BIZ\"}", 422, Set.of("serviceCode")),
                    Arguments.of("unknown hall", "{\"agencyCode\":\"HZ\",\"overall\":3,\"hall\":\"HZ-HALL-0\"}", 422, Set.of("hall")),
                    Arguments.of("malformed hall", "{\"agencyCode\":\"HZ\",\"overall\":3,\"hall\":\"../<b>\"}", 422, Set.of("hall")),
                    Arguments.of("comment over 1000 characters",
                            "{\"agencyCode\":\"HZ\",\"overall\":3,\"comment\":\"" + "长".repeat(1001) + "\"}", 422, Set.of("comment")),
                    Arguments.of("every problem at once",
                            "{\"agencyCode\":\"HZ\",\"overall\":7,\"ratings\":{\"NOPE\":2,\"ATTITUDE\":-1},\"comment\":\""
                                    + "x".repeat(1001) + "\",\"respondent\":{\"ageBand\":\"old\"}}",
                            422, Set.of("overall", "ratings.NOPE", "ratings.ATTITUDE", "comment", "respondent.ageBand")),
                    Arguments.of("level as a string", "{\"agencyCode\":\"HZ\",\"overall\":\"5\"}", 400, Set.of("overall")),
                    Arguments.of("fractional level", "{\"agencyCode\":\"HZ\",\"overall\":4.5}", 400, Set.of("overall")),
                    Arguments.of("unknown channel", "{\"agencyCode\":\"HZ\",\"overall\":4,\"channel\":\"FAX\"}", 400, Set.of("channel")),
                    Arguments.of("malformed JSON", "{\"agencyCode\":\"HZ\",", 400, Set.of("body")),
                    Arguments.of("JSON array instead of object", "[1,2]", 400, Set.of("body")),
                    // found by the outside probe: each answered 500, or was resolved silently
                    Arguments.of("a 5,000-digit number", "{\"agencyCode\":\"HZ\",\"overall\":" + "9".repeat(5000) + "}",
                            400, Set.of("body")),
                    Arguments.of("1,000 levels of nesting", "{\"agencyCode\":\"HZ\",\"overall\":4,\"x\":" + "[".repeat(1000)
                            + "]".repeat(1000) + "}", 400, Set.of("body")),
                    Arguments.of("a key given twice", "{\"agencyCode\":\"HZ\",\"overall\":5,\"overall\":1}", 400, Set.of("body")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("invalidBodies")
        @DisplayName("Finding 11: bad bodies (a 5,000-digit number, 1,000-deep JSON, a key twice, bad fields) → 400/422 naming each, nothing stored")
        void isAProblemNamingEachFieldAndStoresNothing(String name, String body, int status, Set<String> fields,
                                                       Portal portal) throws Exception {
            long before = appraisals(portal);
            HttpResponse<String> response = ApiRater.anonymous(portal).post(newKey(), body);
            assertEquals(status, response.statusCode(), response.body());
            assertProblem(response, fields);
            assertEquals(before, appraisals(portal));
        }

        @Test
        void aServiceHallOfAnotherAgencyIs422NamingTheFieldHallAndStoresNothing(Portal portal) throws Exception {
            Hall elsewhere = portal.addServiceHall("SZ");
            long before = appraisals(portal);
            HttpResponse<String> response = ApiRater.system(portal).post(newKey(),
                    "{\"agencyCode\":\"HZ\",\"channel\":\"KIOSK\",\"overall\":5,\"hall\":\"" + elsewhere.code() + "\"}");
            assertEquals(422, response.statusCode(), response.body());
            assertProblem(response, Set.of("hall"));
            JsonObject error = Http.object(response).getJsonArray("errors").getJsonObject(0);
            assertEquals("hall.unknown", error.getString("code"));
            assertEquals("agency HZ has no service hall with the code " + elsewhere.code(), error.getString("message"));
            assertEquals(before, appraisals(portal));
        }

        @Test
        void missingIdempotencyKeyIs400NamingTheHeader(Portal portal) throws Exception {
            long before = appraisals(portal);
            HttpResponse<String> response = ApiRater.system(portal).post(null, VALID);
            assertEquals(400, response.statusCode());
            assertProblem(response, Set.of("Idempotency-Key"));
            assertEquals(before, appraisals(portal));
        }

        @Test
        void wrongContentTypeIs415Problem(Portal portal) throws Exception {
            long before = appraisals(portal);
            HttpResponse<String> response = new Http(portal.baseUrl()).send(new Http(portal.baseUrl()).request(PATH)
                    .header("Content-Type", "text/plain").header("Idempotency-Key", newKey())
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(VALID)).build());
            assertEquals(415, response.statusCode());
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
            assertEquals(before, appraisals(portal));
        }

        private static void assertProblem(HttpResponse<String> response, Set<String> fields) {
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
            JsonObject problem = Http.object(response);
            assertEquals(response.statusCode(), problem.getInt("status"));
            assertNotNull(problem.getString("title"));
            Set<String> named = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .map(e -> e.getString("field")).collect(Collectors.toSet());
            assertEquals(fields, named);
        }
    }

    /**
     * Who may rate through the API (SECURITY.md, "one person, one rating"): intake systems with
     * their token for their users, anonymous clients with a device token and a proof of work each.
     */
    @Nested
    class Raters {

        private static final String ANONYMOUS_BODY = "{\"agencyCode\":\"HZ\",\"overall\":4}";

        @Test
        @DisplayName("Catalogue 15, finding 3: a missing or forged proof of work or device token → 4xx, nothing stored")
        void anAnonymousClientWithoutDeviceTokenOrProofOfWorkIsRefusedAndNothingIsStored(Portal portal) throws Exception {
            Http http = new Http(portal.baseUrl());
            long before = appraisals(portal);
            HttpResponse<String> noDevice = http.send(post(http, ANONYMOUS_BODY, "Idempotency-Key", newKey(), "X-Proof-Of-Work", ApiRater.proofOfWork(http)));
            assertEquals(400, noDevice.statusCode(), noDevice.body());
            assertEquals(Set.of("X-Device-Token"), fieldsOf(noDevice));
            HttpResponse<String> noProof = http.send(post(http, ANONYMOUS_BODY, "Idempotency-Key", newKey(), "X-Device-Token", "device-" + UUID.randomUUID()));
            assertEquals(400, noProof.statusCode(), noProof.body());
            assertEquals(Set.of("X-Proof-Of-Work"), fieldsOf(noProof));
            HttpResponse<String> forged = http.send(post(http, ANONYMOUS_BODY, "Idempotency-Key", newKey(), "X-Device-Token", "device-" + UUID.randomUUID(),
                    "X-Proof-Of-Work", "eyJudW1iZXIiOjF9"));
            assertEquals(403, forged.statusCode(), forged.body());
            assertEquals(before, appraisals(portal));
        }

        @Test
        @DisplayName("Catalogue 15: a replayed proof of work → 403, nothing stored")
        void aSolvedProofOfWorkPaysForOneAppraisalOnly(Portal portal) throws Exception {
            Http http = new Http(portal.baseUrl());
            String proof = ApiRater.proofOfWork(http);
            java.util.function.Function<String, HttpRequest> withProof = key -> http.request(PATH)
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .header("X-Device-Token", "device-" + UUID.randomUUID()).header("X-Proof-Of-Work", proof)
                    .POST(HttpRequest.BodyPublishers.ofString(ANONYMOUS_BODY)).build();
            assertEquals(201, http.send(withProof.apply(newKey())).statusCode());
            long before = appraisals(portal);
            HttpResponse<String> reused = http.send(withProof.apply(newKey()));
            assertEquals(403, reused.statusCode(), reused.body());
            assertEquals(before, appraisals(portal));
        }

        /**
         * A challenge signed with the portal's own secret, solved, but past its time: refused like a
         * forged one. The same challenge made to expire later is accepted, so the refusal is the expiry's.
         */
        @Test
        @DisplayName("Catalogue 15: an expired proof of work → 403, nothing stored")
        void anExpiredProofOfWorkIsRefused(Portal portal) throws Exception {
            Http http = new Http(portal.baseUrl());
            long now = java.time.Instant.now().getEpochSecond();
            long before = appraisals(portal);
            HttpResponse<String> expired = http.send(withProof(http, signedProofExpiringAt(portal, now - 60)));
            assertEquals(403, expired.statusCode(), expired.body());
            assertEquals(before, appraisals(portal));
            HttpResponse<String> current = http.send(withProof(http, signedProofExpiringAt(portal, now + 300)));
            assertEquals(201, current.statusCode(), current.body());
        }

        private static HttpRequest withProof(Http http, String proof) {
            return post(http, ANONYMOUS_BODY, "Idempotency-Key", newKey(), "X-Device-Token", "device-" + UUID.randomUUID(),
                    "X-Proof-Of-Work", proof);
        }

        /** A solved challenge signed with the installation's secret, as the portal signs them, expiring when told. */
        private static String signedProofExpiringAt(Portal portal, long epochSecond) throws Exception {
            String key;
            try (var db = portal.database(); var sql = db.createStatement();
                 var row = sql.executeQuery("SELECT secret FROM server_secret WHERE name = 'proof-of-work'")) {
                row.next();
                key = java.util.HexFormat.of().formatHex(row.getBytes(1));
            }
            org.altcha.altcha.Altcha.Challenge challenge = org.altcha.altcha.Altcha.createChallenge(
                    new org.altcha.altcha.Altcha.ChallengeOptions().setMaxNumber(1000L).setExpires(epochSecond).setHmacKey(key));
            return ApiRater.solve(new org.json.JSONObject().put("algorithm", challenge.algorithm).put("challenge", challenge.challenge)
                    .put("maxnumber", challenge.maxnumber).put("salt", challenge.salt).put("signature", challenge.signature));
        }

        @Test
        void aRetryUnderTheSameKeyGetsItsReceiptWithoutANewProofOfWork(Portal portal) throws Exception {
            Http http = new Http(portal.baseUrl());
            String key = newKey();
            String device = "device-" + UUID.randomUUID();
            String proof = ApiRater.proofOfWork(http);
            java.util.function.Supplier<HttpRequest> request = () -> post(http, ANONYMOUS_BODY, "Idempotency-Key", key, "X-Device-Token", device,
                    "X-Proof-Of-Work", proof);
            HttpResponse<String> first = http.send(request.get());
            HttpResponse<String> retry = http.send(request.get());
            assertEquals(201, retry.statusCode(), retry.body());
            assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElseThrow());
            assertEquals(Http.object(first).getString("receipt"), Http.object(retry).getString("receipt"));
        }

        @ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {"APP", "KIOSK", "HOTLINE"})
        @DisplayName("Finding 3: the channels APP, KIOSK and HOTLINE only with an intake system's token")
        void theChannelsOfIntakeSystemsNeedTheirToken(String channel, Portal portal) throws Exception {
            String body = "{\"agencyCode\":\"HZ\",\"overall\":4,\"channel\":\"" + channel + "\"}";
            long before = appraisals(portal);
            HttpResponse<String> anonymous = ApiRater.anonymous(portal).post(newKey(), body);
            assertEquals(401, anonymous.statusCode(), anonymous.body());
            assertEquals("Bearer", anonymous.headers().firstValue("WWW-Authenticate").orElseThrow());
            Http http = new Http(portal.baseUrl());
            // an unknown token, and a person's credentials, which vouch for no one's users
            for (String wrong : List.of("Bearer mp_not-a-token", "Basic YWRtaW46YWRtaW4tZGVtbw==")) {
                HttpResponse<String> refused = http.send(post(http, body, "Idempotency-Key", newKey(), "X-Device-Token", "user-" + UUID.randomUUID(),
                        "Authorization", wrong));
                assertEquals(401, refused.statusCode(), wrong);
            }
            assertEquals(before, appraisals(portal));
            HttpResponse<String> vouched = ApiRater.system(portal).post(newKey(), body);
            assertEquals(201, vouched.statusCode(), vouched.body());
            assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal WHERE receipt = '"
                    + Http.object(vouched).getString("receipt") + "' AND channel = '" + channel + "'"));
        }

        @Test
        @DisplayName("Finding 3: a revoked token or one of another scope vouches for no one")
        void aTokenOfAnotherScopeOrARevokedOneDoesNotVouch(Portal portal) throws Exception {
            ApiRater system = ApiRater.system(portal);
            String token = system.systemToken().orElseThrow();
            try (var db = portal.database(); var sql = db.createStatement()) {
                sql.executeUpdate("UPDATE api_token SET revoked_at = NOW(6) WHERE token_sha256 = SHA2('" + token + "', 256)");
            }
            assertEquals(401, system.post(newKey(), VALID).statusCode(), "revoked");
            ApiRater other = ApiRater.system(portal);
            try (var db = portal.database(); var sql = db.createStatement()) {
                sql.executeUpdate("UPDATE api_token SET scope = 'assessments' WHERE token_sha256 = SHA2('"
                        + other.systemToken().orElseThrow() + "', 256)");
            }
            assertEquals(401, other.post(newKey(), VALID).statusCode(), "a token of another scope");
        }

        /** Finding: another device sending someone's key and body got their receipt. */
        @Test
        @DisplayName("Finding 9: another caller sending someone's Idempotency-Key and body never gets their receipt")
        void anIdempotencyKeyIsItsCallersOwn(Portal portal) throws Exception {
            String key = newKey();
            ApiRater owner = ApiRater.anonymous(portal);
            String receipt = Http.object(owner.post(key, ANONYMOUS_BODY)).getString("receipt");
            HttpResponse<String> stranger = owner.another().post(key, ANONYMOUS_BODY);
            assertEquals(201, stranger.statusCode(), stranger.body());
            assertEquals("false", stranger.headers().firstValue("Idempotent-Replayed").orElseThrow());
            assertNotEquals(receipt, Http.object(stranger).getString("receipt"), "a new appraisal, not the owner's receipt");
            ApiRater system = ApiRater.system(portal);
            HttpResponse<String> sameKeyElsewhere = system.post(key, ANONYMOUS_BODY);
            assertNotEquals(receipt, Http.object(sameKeyElsewhere).getString("receipt"));
            assertEquals(receipt, Http.object(owner.post(key, ANONYMOUS_BODY)).getString("receipt"), "the owner's retry still replays");
        }

        /** A submission built by hand, with only the headers given (name, value, …): a client that leaves some out. */
        private static HttpRequest post(Http http, String body, String... headers) {
            HttpRequest.Builder request = http.request(PATH).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return request.build();
        }

        private static Set<String> fieldsOf(HttpResponse<String> response) {
            return Http.object(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .map(e -> e.getString("field")).collect(Collectors.toSet());
        }
    }
}

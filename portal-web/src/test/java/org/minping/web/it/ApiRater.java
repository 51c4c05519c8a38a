package org.minping.web.it;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.json.JSONObject;
import org.minping.web.it.PortalExtension.Portal;

/**
 * A client of {@code POST /api/v1/appraisals} as real ones call it: an anonymous client that keeps
 * a device token and solves the proof of work for each new appraisal, or an intake system (app,
 * kiosk, hotline) with an API token of the intake scope, naming its user in X-Device-Token.
 */
public final class ApiRater {

    public static final String APPRAISALS = "/api/v1/appraisals";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Http http;
    private final Optional<String> systemToken;
    private final String deviceToken;

    private ApiRater(Http http, Optional<String> systemToken, String deviceToken) {
        this.http = http;
        this.systemToken = systemToken;
        this.deviceToken = deviceToken;
    }

    /** An anonymous client with a device token of its own. */
    public static ApiRater anonymous(Portal portal) {
        return new ApiRater(new Http(portal.baseUrl()), Optional.empty(), "device-" + UUID.randomUUID());
    }

    /**
     * An intake system with a new token of the intake scope, stored as an administrator's page
     * stores it (only its SHA-256), rating for one user of its own.
     */
    public static ApiRater system(Portal portal) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "mp_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try (var db = portal.database(); var insert = db.prepareStatement("""
                INSERT INTO api_token (name, scope, token_sha256, created_by, created_at)
                VALUES (?, 'intake', ?, 'admin', NOW(6))""")) {
            insert.setString(1, "intake system " + UUID.randomUUID().toString().substring(0, 8));
            insert.setString(2, sha256(token));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store an intake token", e);
        }
        return new ApiRater(new Http(portal.baseUrl()), Optional.of(token), "user-" + UUID.randomUUID());
    }

    /** The same client or system, as another device or another of the system's users. */
    public ApiRater as(String deviceToken) {
        return new ApiRater(http, systemToken, deviceToken);
    }

    /** The same client or system, as a new device or user. */
    public ApiRater another() {
        return as("device-" + UUID.randomUUID());
    }

    public Optional<String> systemToken() {
        return systemToken;
    }

    /** Posts the body under the key, with a freshly solved proof of work when anonymous. */
    public HttpResponse<String> post(String idempotencyKey, String body) throws IOException, InterruptedException {
        return http.send(request(idempotencyKey, body).build());
    }

    /** Sends a request built by {@link #request} (and perhaps given more headers). */
    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request);
    }

    /** Posts the body under a new key and returns the receipt, failing unless the appraisal was created. */
    public String receipt(String body) throws IOException, InterruptedException {
        HttpResponse<String> created = post("it-" + UUID.randomUUID(), body);
        if (created.statusCode() != 201) {
            throw new AssertionError("expected 201 for " + body + " but got " + created.statusCode() + ": " + created.body());
        }
        return Http.object(created).getString("receipt");
    }

    /** The request a real client sends: its headers, and a new proof of work when anonymous. */
    public HttpRequest.Builder request(String idempotencyKey, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = http.request(APPRAISALS).header("Content-Type", "application/json")
                .header("X-Device-Token", deviceToken).POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (systemToken.isPresent()) {
            request.header("Authorization", "Bearer " + systemToken.get());
        } else {
            request.header("X-Proof-Of-Work", proofOfWork(http));
        }
        return request;
    }

    /** Fetches a challenge and solves it, as the browser widget does. */
    public static String proofOfWork(Http http) throws IOException, InterruptedException {
        HttpResponse<String> challenge = http.get("/api/v1/pow/challenge");
        if (challenge.statusCode() != 200) {
            throw new IllegalStateException("no proof-of-work challenge: " + challenge.statusCode());
        }
        return solve(new JSONObject(challenge.body()));
    }

    /** Finds the number whose SHA-256 with the salt is the challenge; the payload the widget sends. */
    public static String solve(JSONObject challenge) {
        MessageDigest sha256 = digest();
        String salt = challenge.getString("salt");
        byte[] wanted = HexFormat.of().parseHex(challenge.getString("challenge"));
        for (long number = 0; number <= challenge.getLong("maxnumber"); number++) {
            if (MessageDigest.isEqual(wanted, sha256.digest((salt + number).getBytes(StandardCharsets.UTF_8)))) {
                JSONObject payload = new JSONObject().put("algorithm", challenge.getString("algorithm"))
                        .put("challenge", challenge.getString("challenge")).put("number", number)
                        .put("salt", salt).put("signature", challenge.getString("signature"));
                return Base64.getEncoder().encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        throw new AssertionError("no solution up to maxnumber");
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

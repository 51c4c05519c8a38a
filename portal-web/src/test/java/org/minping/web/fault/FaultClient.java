package org.minping.web.fault;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the fault tests submit an appraisal through the API: the one place that knows the request's
 * headers and body, so a change in what the API asks of its callers is made here alone.
 */
final class FaultClient {

    static final String PATH = "/api/v1/appraisals";
    private static final Pattern RECEIPT = Pattern.compile("\"receipt\"\\s*:\\s*\"(MP-[0-9A-Z]{5}-[0-9A-Z]{5})\"");

    private final String baseUrl;
    private final String intakeToken;
    private final HttpClient http;

    /** @param intakeToken the token of the intake system the clients submit through ({@link #intakeToken(Connection)}) */
    FaultClient(String baseUrl, String intakeToken) {
        this.baseUrl = baseUrl;
        this.intakeToken = intakeToken;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
    }

    /**
     * A new API token of the intake scope in the portal's database, stored as the administrators'
     * token page stores one (only its SHA-256): the clients are an app's users, as in a service
     * hall's rush hour, which keeps the proof of work of anonymous clients out of the fault counts.
     */
    static String intakeToken(Connection db) throws SQLException, NoSuchAlgorithmException {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String token = "mp_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO api_token (name, scope, token_sha256, created_by, created_at)"
                + " VALUES ('fault tier app', 'intake', ?, 'admin', NOW(6))")) {
            insert.setString(1, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8))));
            insert.executeUpdate();
        }
        return token;
    }

    /**
     * The headers of a submission: JSON, the client's Idempotency-Key, the app's token, and the
     * app's identifier of its user, one per client, so the per-user limits see each rater once.
     */
    Map<String, String> headers(Submission submission) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Idempotency-Key", submission.idempotencyKey());
        headers.put("Authorization", "Bearer " + intakeToken);
        headers.put("X-Device-Token", "user-" + submission.idempotencyKey());
        return headers;
    }

    /** A valid appraisal whose comment carries the submission's marker. */
    static String body(Submission submission) {
        return "{\"agencyCode\":\"HZ\",\"serviceCode\":\"HZ-BIZ\",\"channel\":\"APP\",\"overall\":4,"
                + "\"ratings\":{\"EFFICIENCY\":5,\"ATTITUDE\":4,\"TRANSPARENCY\":3},"
                + "\"comment\":\"窗口办理顺利 " + submission.marker() + "\"}";
    }

    /** Sends the submission once; an IOException is a connection that failed or was cut. */
    Answer submit(Submission submission) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + PATH))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body(submission)));
        headers(submission).forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    /** GET of a path, for readiness. */
    Answer get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    /**
     * Starts the submission over a plain socket and sends only the first half of its body: the
     * request is in flight on the server (reading the rest) until {@link HeldRequest#finish()}.
     */
    HeldRequest hold(Submission submission) throws IOException {
        URI uri = URI.create(baseUrl);
        byte[] body = body(submission).getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("POST " + PATH + " HTTP/1.1\r\n")
                .append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n")
                .append("Connection: close\r\n");
        headers(submission).forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        Socket socket = new Socket(uri.getHost(), uri.getPort());
        socket.setSoTimeout(60_000);
        OutputStream out = socket.getOutputStream();
        out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
        out.write(body, 0, body.length / 2);
        out.flush();
        return new HeldRequest(socket, Arrays.copyOfRange(body, body.length / 2, body.length));
    }

    /** A status and a body. */
    record Answer(int status, String body) {
        Optional<String> receipt() {
            Matcher matcher = RECEIPT.matcher(body);
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        }
    }

    /** A request whose body is half sent. */
    static final class HeldRequest {
        private final Socket socket;
        private final byte[] rest;

        private HeldRequest(Socket socket, byte[] rest) {
            this.socket = socket;
            this.rest = rest;
        }

        /** Sends the rest of the body and reads the whole answer (the server closes the connection). */
        Answer finish() throws IOException {
            try (socket) {
                socket.getOutputStream().write(rest);
                socket.getOutputStream().flush();
                InputStream in = socket.getInputStream();
                ByteArrayOutputStream response = new ByteArrayOutputStream();
                in.transferTo(response);
                String text = response.toString(StandardCharsets.UTF_8);
                if (!text.startsWith("HTTP/1.1 ")) {
                    throw new IOException("no HTTP answer: " + text);
                }
                return new Answer(Integer.parseInt(text.substring(9, 12)), text);
            }
        }
    }
}

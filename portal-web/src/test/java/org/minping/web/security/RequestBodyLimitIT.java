package org.minping.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minping.web.it.PortalExtension.Portal;
import org.minping.web.it.PortalTest;

/**
 * Request bodies are refused before they are read: each endpoint takes what it needs, a declared
 * oversize is answered at once, a chunked body is cut off at the cap, and an upload needing a
 * token is refused without a valid one before its first byte is read. Raw sockets, because an
 * HTTP client would insist on sending the whole body before reading the answer.
 */
@PortalTest
class RequestBodyLimitIT {

    @Test
    @DisplayName("Finding 2: a declared 1 GB appraisal → 413 before the body is read")
    void aDeclaredGigabyteAppraisalIsRefusedWithoutSendingIt(Portal portal) throws Exception {
        try (Raw raw = new Raw(portal)) {
            raw.headers("POST /api/v1/appraisals", "Content-Type: application/json", "Idempotency-Key: big-" + UUID.randomUUID(),
                    "Content-Length: 1073741824");
            assertEquals(413, raw.status(), "no byte of the body was sent: the answer cannot have waited for it");
        }
    }

    @Test
    @DisplayName("Finding 2: a chunked appraisal over its cap → 413, nothing stored")
    void aChunkedAppraisalIsCutOffAtItsCapAndNothingIsStored(Portal portal) throws Exception {
        long before = portal.count("SELECT COUNT(*) FROM appraisal");
        try (Raw raw = new Raw(portal)) {
            raw.headers("POST /api/v1/appraisals", "Content-Type: application/json", "Idempotency-Key: chunk-" + UUID.randomUUID(),
                    "Transfer-Encoding: chunked");
            String padding = " ".repeat(8 * 1024);
            raw.chunk("{\"agencyCode\":\"HZ\",\"overall\":5,\"comment\":\"" + padding);
            raw.chunk(padding);
            raw.chunk(padding + "\"}");
            // No final chunk: the server must answer from what it has, the cap of 16 KB being passed.
            assertEquals(413, raw.status());
        }
        assertEquals(before, portal.count("SELECT COUNT(*) FROM appraisal"));
    }

    @Test
    @DisplayName("Finding 2: an upload without a valid token → 401 before its body is read")
    void anUploadWithoutAValidTokenIsRefusedBeforeItsBodyIsRead(Portal portal) throws Exception {
        for (String authorization : new String[] {null, "Bearer mp_not-a-token", "Basic YWRtaW46YWRtaW4tZGVtbw=="}) {
            try (Raw raw = new Raw(portal)) {
                raw.headers("POST /api/v1/assessments", "Content-Type: multipart/form-data; boundary=x",
                        "Transfer-Encoding: chunked", authorization == null ? null : "Authorization: " + authorization);
                raw.chunk("--x\r\nContent-Disposition: form-data; name=\"cycle\"\r\n\r\n2026\r\n");
                // 300 MB would follow; the answer comes first.
                assertEquals(401, raw.status(), "with " + authorization);
            }
            try (Raw raw = new Raw(portal)) {
                raw.headers("POST /api/v1/cycles/2026/internal-scores", "Content-Type: text/csv",
                        "Content-Length: 314572800", authorization == null ? null : "Authorization: " + authorization);
                assertEquals(401, raw.status(), "with " + authorization);
            }
        }
    }

    @Test
    @DisplayName("Finding 2: a token holder's chunked 40 MB upload → cut off at the cap")
    void aTokenHoldersChunkedUploadIsCutOffAtTheCap(Portal portal) throws Exception {
        String token = "mp_limit-" + UUID.randomUUID();
        try (Connection db = portal.database(); Statement sql = db.createStatement()) {
            sql.executeUpdate("INSERT INTO api_token (name, scope, token_sha256, created_by, created_at)"
                    + " VALUES ('limit test', 'assessments', '" + sha256(token) + "', 'admin', UTC_TIMESTAMP(6))");
        }
        try (Raw raw = new Raw(portal)) {
            raw.headers("POST /api/v1/assessments", "Content-Type: multipart/form-data; boundary=x",
                    "Transfer-Encoding: chunked", "Authorization: Bearer " + token);
            raw.chunk("--x\r\nContent-Disposition: form-data; name=\"cycle\"\r\n\r\n2026\r\n"
                    + "--x\r\nContent-Disposition: form-data; name=\"sheet\"; filename=\"big.csv\"\r\nContent-Type: text/csv\r\n\r\n");
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
                String megabyte = "x".repeat(1024 * 1024);
                try {
                    for (int i = 0; i < 40; i++) {
                        raw.chunk(megabyte);
                    }
                } catch (IOException refusedMidway) {
                    // the server closed the connection after answering
                }
            });
            assertEquals(413, raw.status());
            sending.join();
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** One HTTP/1.1 exchange written by hand. */
    private static final class Raw implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final String host;

        Raw(Portal portal) throws IOException {
            URI base = URI.create(portal.baseUrl());
            socket = new Socket(base.getHost(), base.getPort());
            socket.setSoTimeout(60_000);
            out = socket.getOutputStream();
            host = base.getHost() + ":" + base.getPort();
        }

        void headers(String requestLine, String... headers) throws IOException {
            StringBuilder head = new StringBuilder(requestLine).append(" HTTP/1.1\r\nHost: ").append(host).append("\r\n");
            for (String header : headers) {
                if (header != null) {
                    head.append(header).append("\r\n");
                }
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        synchronized void chunk(String data) throws IOException {
            byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
            out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        int status() throws IOException {
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}

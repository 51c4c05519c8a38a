package org.minping.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minping.web.it.PortalExtension.Portal;
import org.minping.web.it.PortalTest;

/**
 * Security finding: the QR code's link was built from the Host header and served as cacheable, so
 * one request naming another host could plant a link to that host in shared caches. Links come
 * from the configured public address only. (A raw socket: HTTP clients do not let a caller choose
 * the Host header.)
 */
@PortalTest
class HostHeaderIT {

    @Test
    @DisplayName("Finding 10: a foreign Host header never reaches a QR code, notice or Location; no public caching")
    void aForeignHostHeaderNeverReachesALink(Portal portal) throws Exception {
        String answer = get(portal, "/api/v1/agencies/HZ/qr.png?service=HZ-BIZ", "evil.example");
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer.lines().findFirst().orElse(""));
        String formUrl = answer.lines().filter(line -> line.toLowerCase().startsWith("x-form-url:")).findFirst().orElseThrow();
        assertTrue(formUrl.contains(portal.baseUrl() + "/agency?code=HZ"), formUrl);
        assertFalse(answer.contains("evil.example"), "the foreign host appears nowhere in the answer");
    }

    private static String get(Portal portal, String path, String host) throws Exception {
        URI base = URI.create(portal.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }
}

package org.minping.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minping.web.it.PortalExtension.Portal;
import org.minping.web.it.PortalTest;

/**
 * The compose file's reverse proxy keeps the operator endpoints (health, metrics, OpenAPI) inside:
 * the real nginx runs the repository's docker/nginx.conf, its upstream pointed at the test portal,
 * and is asked from an outside address (a socket bound to 127.0.0.23) and from inside (127.0.0.1).
 */
@PortalTest
class ProxyRuleIT {

    private static final String OUTSIDE = "127.0.0.23";

    @Test
    @org.junit.jupiter.api.DisplayName("Finding 11: /metrics, /openapi and /health stay inside behind the compose file's proxy, in any spelling")
    void operatorEndpointsAreRefusedToOutsidersInAnySpellingAndTheRestIsProxied(Portal portal) throws Exception {
        int portalPort = URI.create(portal.baseUrl()).getPort();
        try (Nginx proxy = Nginx.start(portalPort)) {
            for (String path : List.of("/health", "/health/ready", "/metrics", "/openapi", "/METRICS", "/Health/Live",
                    "//metrics", "///openapi/", "/OpenAPI?format=JSON")) {
                assertEquals(403, proxy.status(OUTSIDE, path), path + " from outside");
            }
            assertEquals(200, proxy.status(OUTSIDE, "/api/v1/agencies"), "the public API is proxied");
            assertEquals(200, proxy.status(OUTSIDE, "/"), "the pages are proxied");
            assertEquals(200, proxy.status("127.0.0.1", "/health/ready"), "inside, the operator endpoints answer");
            assertEquals(200, proxy.status("127.0.0.1", "/openapi"));
        }
    }

    /** nginx from the distribution, in a directory of its own, in the foreground. */
    private static final class Nginx implements AutoCloseable {

        private final Process process;
        private final int port;

        private Nginx(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static Nginx start(int portalPort) throws Exception {
            Path binary = Path.of(System.getProperty("minping.nginx", "/usr/sbin/nginx"));
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException("no nginx at " + binary + ": bin/test unpacks the distribution's package"
                        + " into ~/.cache/minping/nginx (or set -Dminping.nginx)");
            }
            Path dir = Files.createTempDirectory(Files.createDirectories(
                    Path.of(System.getProperty("minping.test.workdir", "target/it"))), "nginx-").toAbsolutePath();
            int port = freePort();
            String site = Files.readString(Path.of(System.getProperty("minping.proxy.config", "../docker/nginx.conf")))
                    .replaceAll("(?s)upstream minping_portals \\{.*?\\n\\}",
                            "upstream minping_portals {\n    server 127.0.0.1:" + portalPort + ";\n}")
                    .replace("listen 80;", "listen 127.0.0.1:" + port + ";");
            Files.writeString(dir.resolve("site.conf"), site);
            boolean root = "root".equals(System.getProperty("user.name"));
            Files.writeString(dir.resolve("nginx.conf"), (root ? "user root root;\n" : "") + """
                    worker_processes 1;
                    error_log %1$s/error.log;
                    pid %1$s/nginx.pid;
                    events { worker_connections 64; }
                    http {
                        access_log off;
                        client_body_temp_path %1$s/body;
                        proxy_temp_path %1$s/proxy;
                        fastcgi_temp_path %1$s/fastcgi;
                        uwsgi_temp_path %1$s/uwsgi;
                        scgi_temp_path %1$s/scgi;
                        include %1$s/site.conf;
                    }
                    """.formatted(dir));
            Process process = new ProcessBuilder(binary.toString(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                    "-g", "daemon off;").redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
            Nginx nginx = new Nginx(process, port);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (!nginx.listening()) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    nginx.close();
                    throw new IllegalStateException("nginx did not start: " + Files.readString(dir.resolve("stdout.log"))
                            + (Files.exists(dir.resolve("error.log")) ? Files.readString(dir.resolve("error.log")) : ""));
                }
                Thread.onSpinWait();
            }
            return nginx;
        }

        private boolean listening() {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return true;
            } catch (IOException notYet) {
                return false;
            }
        }

        /** The status of a GET sent from the given loopback address. */
        int status(String from, String path) throws IOException {
            try (Socket socket = new Socket()) {
                socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
                socket.setSoTimeout(30_000);
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                InputStream in = socket.getInputStream();
                StringBuilder line = new StringBuilder();
                for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                    line.append((char) c);
                }
                String[] parts = line.toString().split(" ");
                if (parts.length < 2) {
                    throw new IOException("no status line for " + path + ": " + line);
                }
                return Integer.parseInt(parts[1]);
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}

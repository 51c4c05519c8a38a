package org.minping.web.perf;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection that sends prepared requests and reads whole answers: the
 * load generator's own client. The JDK's HttpClient spent about 1.9 ms of CPU per request here,
 * as much as the portal's trivial POST itself, on a machine where the generator shares two cores
 * with the portal and the database; this costs a few microseconds.
 */
final class HttpConnection implements AutoCloseable {

    /** A request as bytes on the wire, made once. */
    record Request(byte[] bytes) {
        static Request of(String method, String path, String body, String... headers) {
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: localhost\r\n");
            for (int i = 0; i + 1 < headers.length; i += 2) {
                head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Length: ").append(content.length).append("\r\n");
            }
            head.append("\r\n");
            byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
            byte[] whole = new byte[start.length + content.length];
            System.arraycopy(start, 0, whole, 0, start.length);
            System.arraycopy(content, 0, whole, start.length, content.length);
            return new Request(whole);
        }
    }

    /** The status, and the body only when the caller wants it (an unexpected answer). */
    record Response(int status, String body) {
    }

    private final InetSocketAddress address;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    HttpConnection(InetSocketAddress address) {
        this.address = address;
    }

    /** Sends the request and reads its answer, connecting first (again) when needed. */
    Response exchange(Request request, java.util.Set<Integer> expected) throws IOException {
        if (socket == null) {
            connect();
        }
        try {
            out.write(request.bytes());
            out.flush();
            return read(expected);
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(120_000);
        socket.connect(address, 5_000);
        in = new BufferedInputStream(socket.getInputStream(), 16_384);
        out = new BufferedOutputStream(socket.getOutputStream(), 16_384);
    }

    private Response read(java.util.Set<Integer> expected) throws IOException {
        String statusLine = line();
        if (statusLine.length() < 12 || !statusLine.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP answer: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closing = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        boolean keep = !expected.contains(status);
        ByteArrayOutputStream body = keep ? new ByteArrayOutputStream() : null;
        if (chunked) {
            for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                 size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                skip(size, body);
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (length > 0) {
            skip(length, body);
        } else if (length < 0 && status >= 200 && status != 204 && status != 304) {
            // No length and not chunked: the body runs to the end of the connection.
            skip(Long.MAX_VALUE, body);
            closing = true;
        }
        if (closing) {
            close();
        }
        return new Response(status, body == null ? "" : body.toString(StandardCharsets.UTF_8));
    }

    private void skip(long count, ByteArrayOutputStream copy) throws IOException {
        byte[] buffer = new byte[8_192];
        long left = count;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                if (count == Long.MAX_VALUE) {
                    return;
                }
                throw new EOFException("the answer ended early");
            }
            if (copy != null && copy.size() < 2_000) {
                copy.write(buffer, 0, read);
            }
            left -= read;
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("the connection closed");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }
}

package org.minping.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.minping.core.account.ApiTokens;

/**
 * Caps every request body by what its endpoint needs, before a byte of it is read: an appraisal
 * is a few kilobytes, a score sheet with its report some megabytes. Endpoints that take a system's
 * token check it first, so a stranger's upload is answered 401 without being read. A declared
 * length over the cap is answered 413 at once; a body of unknown length (chunked) is counted while
 * it is read and refused when it passes the cap (small API bodies are read here, large ones fail
 * in the reader with {@link BodyTooLargeException}, which the API answers with 413).
 *
 * <p>Pages: a multipart upload beyond what any form takes (two 5 MB files and the fields) gets a
 * plain page saying so (413); files within that but over 5 MB each reach the pages, which name the
 * field. Chunked page uploads meet the container's limit (web.xml, multipart-config).
 */
@WebFilter(urlPatterns = "/*")
public class RequestBodyLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final long KIB = 1024;
    private static final long MIB = 1024 * KIB;

    /** Two files of {@link UploadChecks#MAX_BYTES} and 1 MB for the other fields; web.xml has the same. */
    static final long MAX_UPLOAD_REQUEST_BYTES = 2 * UploadChecks.MAX_BYTES + MIB;

    private static final Pattern APPRAISAL = Pattern.compile("/api/v1/appraisals(/[^/]+/(appeals|withdrawal))?/?");
    private static final Pattern SERVICE_CASES = Pattern.compile("/api/v1/service-cases(/.*)?");
    private static final Pattern ASSESSMENTS = Pattern.compile("/api/v1/assessments/?");
    private static final Pattern INTERNAL_SCORES = Pattern.compile("/api/v1/cycles/[^/]+/internal-scores/?");
    private static final Pattern STATISTICS = Pattern.compile("/api/v1/cycles/[^/]+/statistics/?");

    /** What an endpoint takes: at most so many bytes, and first a token of a scope where it needs one. */
    record Limit(long bytes, Optional<String> tokenScope, boolean api) {

        static Limit of(String path, String contentType) {
            boolean multipart = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
            if (APPRAISAL.matcher(path).matches() || SERVICE_CASES.matcher(path).matches()) {
                return new Limit(16 * KIB, Optional.empty(), true);
            }
            if (ASSESSMENTS.matcher(path).matches()) {
                return new Limit(MAX_UPLOAD_REQUEST_BYTES, Optional.of(ApiTokens.ASSESSMENTS), true);
            }
            if (INTERNAL_SCORES.matcher(path).matches()) {
                return new Limit(UploadChecks.MAX_BYTES + 64 * KIB, Optional.of(ApiTokens.INTERNAL_SCORES), true);
            }
            if (STATISTICS.matcher(path).matches()) {
                return new Limit(UploadChecks.MAX_BYTES + 64 * KIB, Optional.of(ApiTokens.STATISTICS), true);
            }
            if (path.startsWith("/api/")) {
                return new Limit(64 * KIB, Optional.empty(), true);
            }
            // Pages: uploads as above; other forms (JSF posts with server-side state) are small.
            return new Limit(multipart ? MAX_UPLOAD_REQUEST_BYTES : 2 * MIB, Optional.empty(), false);
        }

        /** Small enough to read here when its length is not declared. */
        boolean readable() {
            return bytes <= 64 * KIB;
        }
    }

    /** A body of undeclared length went past its endpoint's cap while being read. */
    public static final class BodyTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLargeException(long limit) {
            super("the request body is larger than " + limit + " bytes");
        }
    }

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="UTF-8"><title>上传内容过大 · The upload is too large</title></head>
            <body><main>
            <h1 id="error-title" data-error="413">上传内容过大 · <span lang="en">The upload is too large</span></h1>
            <p>每个文件最多 5 MB，本次未保存任何内容。请返回并选择较小的文件。</p>
            <p lang="en">Files are limited to 5 MB each; nothing was stored. Go back and choose a smaller file.</p>
            <p><a href="{home}">返回首页 · <span lang="en">Home</span></a></p>
            </main></body></html>
            """;

    @Inject
    ApiTokens tokens;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Limit limit = Limit.of(path, request.getContentType());
        if (limit.tokenScope().isPresent() && !holdsToken(request, limit.tokenScope().get())) {
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "Unauthorized",
                    "an API token of the " + limit.tokenScope().get() + " scope is required");
            response.setHeader("WWW-Authenticate", "Bearer");
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > limit.bytes()) {
            tooLarge(request, response, limit);
            return;
        }
        if (declared >= 0) {
            // The container reads no more than the declared length.
            chain.doFilter(request, response);
            return;
        }
        if (limit.readable()) {
            byte[] body;
            try (InputStream in = request.getInputStream()) {
                body = in.readNBytes((int) limit.bytes() + 1);
            }
            if (body.length > limit.bytes()) {
                tooLarge(request, response, limit);
                return;
            }
            chain.doFilter(new CappedRequest(request, new ByteArrayInputStream(body), limit.bytes()), response);
            return;
        }
        chain.doFilter(new CappedRequest(request, request.getInputStream(), limit.bytes()), response);
    }

    private boolean holdsToken(HttpServletRequest request, String scope) {
        return BearerTokens.holder(request, tokens, scope).isPresent();
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response, Limit limit) throws IOException {
        if (limit.api()) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "too-large", "Too large",
                    "this request's body may have at most " + describe(limit.bytes()));
            return;
        }
        closeAfterAnswer(response);
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        // A plain page written here: rendering a JSF page would make the container parse the very
        // body it must not read (CDI looks for a conversation parameter).
        response.setContentType("text/html; charset=UTF-8");
        response.getWriter().write(PAGE.replace("{home}", request.getContextPath() + "/"));
    }

    private static void refuse(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        closeAfterAnswer(response);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"https://minping.org/problems/" + type + "\",\"title\":\"" + title
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }

    /** Closing the connection after the answer spares reading the rest of the body. */
    private static void closeAfterAnswer(HttpServletResponse response) {
        response.setHeader("Connection", "close");
    }

    private static String describe(long bytes) {
        return bytes >= MIB ? bytes / MIB + " MB" : bytes / KIB + " KB";
    }

    /** The request with its body counted against the cap as it is read. */
    private static final class CappedRequest extends HttpServletRequestWrapper {

        private final ServletInputStream body;

        CappedRequest(HttpServletRequest request, InputStream body, long limit) {
            super(request);
            this.body = new CappedInputStream(body, limit);
        }

        @Override
        public ServletInputStream getInputStream() {
            return body;
        }
    }

    private static final class CappedInputStream extends ServletInputStream {

        private final InputStream in;
        private final long limit;
        private long read;
        private boolean finished;

        CappedInputStream(InputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(n);
            return n;
        }

        private void count(int n) throws IOException {
            if (n < 0) {
                finished = true;
                return;
            }
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return finished;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("the portal reads request bodies synchronously");
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}

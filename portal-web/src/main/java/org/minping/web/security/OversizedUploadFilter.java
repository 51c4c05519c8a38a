package org.minping.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses a multipart upload, to a page or the API, whose declared length is beyond what any form
 * of the portal takes (a sheet and a report of 5 MB each, and the fields), before a byte of it is
 * read: a visitor sees a page saying so (413), a system gets a problem document. Files within that
 * but over 5 MB each reach the pages and resources, which name the field. Chunked uploads of
 * unknown length meet the container's limit (web.xml, multipart-config).
 */
@WebFilter(urlPatterns = "/*")
public class OversizedUploadFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Two files of {@link UploadChecks#MAX_BYTES} and 1 MB for the other fields; web.xml has the same. */
    static final long MAX_REQUEST_BYTES = 2 * UploadChecks.MAX_BYTES + 1024 * 1024;

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

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod()) && type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                && request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            // Closing the connection after the answer spares reading the rest of the body.
            response.setHeader("Connection", "close");
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setContentType("application/problem+json");
                response.getWriter().write("{\"type\":\"https://minping.org/problems/too-large\",\"title\":\"Too large\",\"status\":413,"
                        + "\"detail\":\"a request may have at most " + MAX_REQUEST_BYTES / (1024 * 1024) + " MB\"}");
                return;
            }
            // A plain page written here: rendering a JSF page would make the container parse the
            // very body it must not read (CDI looks for a conversation parameter).
            response.setContentType("text/html; charset=UTF-8");
            response.getWriter().write(PAGE.replace("{home}", request.getContextPath() + "/"));
            return;
        }
        chain.doFilter(request, response);
    }
}

package org.minping.web.view.reports;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.minping.web.security.ReportFiles;

/**
 * A stored file served to whoever may read it, always as an attachment (never shown in the page),
 * its name encoded; anyone not signed in, any id that is not one (full-width digits included: Java
 * would read them as digits), and any file the person may not read get the same 404, so that a
 * refusal does not tell that the file exists.
 */
abstract class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    /** A file to send: its type, its generated name in the files directory, a plain fallback name and the name to offer. */
    protected record Attachment(String contentType, String storedName, String fallbackName, String downloadName) {
    }

    /** The query parameter that names the file. */
    protected abstract String idParameter();

    /** The file of this id if the signed-in subject may read it; empty otherwise, as for no such file. */
    protected abstract Optional<Attachment> find(long id, Subject subject);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Subject subject = SecurityUtils.getSubject();
        String id = request.getParameter(idParameter());
        Optional<Attachment> file = subject.isAuthenticated() && id != null && ID.matcher(id).matches()
                ? find(Long.parseLong(id), subject) : Optional.empty();
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.get().contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.get().fallbackName() + "\"; filename*=UTF-8''"
                + URLEncoder.encode(file.get().downloadName(), StandardCharsets.UTF_8).replace("+", "%20"));
        Files.copy(ReportFiles.resolve(file.get().storedName()), response.getOutputStream());
    }
}

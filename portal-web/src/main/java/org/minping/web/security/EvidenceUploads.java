package org.minping.web.security;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.minping.core.rectification.RectificationService;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;

/**
 * A rectification task's evidence file, checked as every report of the portal is: at most
 * {@link UploadChecks#MAX_BYTES} read, a PDF by its bytes (Apache Tika), whatever its name says;
 * stored under a generated name first, its record written in one transaction, and the file
 * removed again when that transaction does not commit.
 */
public final class EvidenceUploads {

    private EvidenceUploads() {
    }

    /** Stores the file for the agency's task and returns the evidence's id; refusals name the field "evidence". */
    public static long store(RectificationService rectifications, long task, String agencyCode, Part file, String actor) {
        if (file == null || file.getSize() == 0) {
            throw invalid("rectification.evidenceMissing", "choose a PDF file");
        }
        if (file.getSize() > UploadChecks.MAX_BYTES) {
            throw invalid("rectification.evidenceTooLarge", "the file is larger than 5 MB");
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes((int) UploadChecks.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > UploadChecks.MAX_BYTES) {
            throw invalid("rectification.evidenceTooLarge", "the file is larger than 5 MB");
        }
        if (!UploadChecks.isPdf(bytes)) {
            String type = UploadChecks.detectedType(bytes);
            throw new InvalidInputException(List.of(new FieldError("evidence", "rectification.evidenceType",
                    "the evidence must be a PDF (it looks like " + type + ")", type)));
        }
        String stored = ReportFiles.store(bytes);
        try {
            return rectifications.addEvidence(task, agencyCode, new RectificationService.EvidenceFile(stored,
                    UploadChecks.safeName(UploadChecks.multipartFileName(file.getSubmittedFileName())), UploadChecks.sha256(bytes),
                    bytes.length), actor);
        } catch (RuntimeException e) {
            ReportFiles.delete(stored);
            throw e;
        }
    }

    private static InvalidInputException invalid(String code, String message) {
        return new InvalidInputException(List.of(new FieldError("evidence", code, message)));
    }
}

package org.minping.web.security;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.minping.core.assessment.ScoreSheetService;

/**
 * A checked sheet and its optional report stored as one: the report's file is written under a
 * generated name first, the sheet and the report's record in one transaction, and the file removed
 * again when that transaction does not commit. The page and the API both upload this way.
 */
public final class SheetUploads {

    private SheetUploads() {
    }

    /**
     * @param text the sheet as CSV text ({@link UploadChecks#sheetText})
     * @param pdf the report, already checked to be a PDF, or null
     */
    public static ScoreSheetService.Sheet store(ScoreSheetService sheets, String organisation, String cycle, String fileName,
                                                byte[] sheetBytes, String text, byte[] pdf, String pdfName, String actor) {
        // Stored under a generated name outside the web root; never opened by the portal.
        String file = pdf == null ? null : ReportFiles.store(pdf);
        try {
            ScoreSheetService.Report report = pdf == null ? null
                    : new ScoreSheetService.Report(file, UploadChecks.safeName(pdfName), UploadChecks.sha256(pdf));
            return sheets.upload(organisation, cycle, UploadChecks.safeName(fileName), UploadChecks.sha256(sheetBytes),
                    new StringReader(text), report, actor);
        } catch (IOException e) {
            ReportFiles.delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            ReportFiles.delete(file);
            throw e;
        }
    }
}

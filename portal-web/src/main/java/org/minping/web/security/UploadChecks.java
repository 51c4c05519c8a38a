package org.minping.web.security;

import java.util.Set;
import org.apache.tika.Tika;

/** What every upload of the portal checks: the type from the bytes, a digest, a name safe to keep and show. */
public final class UploadChecks {

    /** At most this many bytes are read of an upload: checked before anything is parsed. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final Set<String> CSV_TYPES = Set.of("text/plain", "text/csv");
    private static final Set<String> XLSX_TYPES = Set.of("application/zip", "application/x-tika-ooxml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final Tika TIKA = new Tika();

    private UploadChecks() {
    }

    /** The media type Apache Tika reads from the bytes, whatever the file is called. */
    public static String detectedType(byte[] bytes) {
        return TIKA.detect(bytes);
    }

    /** A PDF by its bytes, whatever its name says. */
    public static boolean isPdf(byte[] bytes) {
        return "application/pdf".equals(detectedType(bytes));
    }

    public static boolean isCsvText(byte[] bytes) {
        return CSV_TYPES.contains(detectedType(bytes));
    }

    public static String sha256(byte[] bytes) {
        return org.minping.core.shared.Sha256.hex(bytes);
    }

    /**
     * A multipart file name as the client meant it: clients send UTF-8 bytes in the header, which
     * the multipart reader decodes as ISO-8859-1; they are decoded again as UTF-8 when they are that.
     */
    public static String multipartFileName(String header) {
        if (header == null || header.chars().anyMatch(c -> c > 0xFF)) {
            return header;
        }
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(header.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))).toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return header;
        }
    }

    /**
     * The text of a score sheet upload: CSV as strict UTF-8, or the first worksheet of an XLSX
     * workbook read by streaming; anything else is refused, naming what the bytes are.
     *
     * @param field the field to name in errors ("file" on the page, "sheet" in the API)
     */
    public static String sheetText(byte[] bytes, String field) {
        if (isCsvText(bytes)) {
            try {
                return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                throw invalid(field, "csv.encoding", "the file is not valid UTF-8");
            }
        }
        String type = detectedType(bytes);
        if (XLSX_TYPES.contains(type)) {
            try {
                return XlsxSheets.firstSheetAsCsv(bytes);
            } catch (XlsxSheets.UnreadableWorkbookException e) {
                throw invalid(field, "xlsx.unreadable", e.getMessage());
            }
        }
        throw invalid(field, "sheet.type", "the file is neither CSV text nor an XLSX workbook (it looks like " + type + ")", type);
    }

    private static org.minping.core.shared.InvalidInputException invalid(String field, String code, String message,
                                                                         Object... arguments) {
        return new org.minping.core.shared.InvalidInputException(
                java.util.List.of(new org.minping.core.shared.FieldError(field, code, message, arguments)));
    }

    /** A name to store and show: no path, no control characters, at most 200 characters. */
    public static String safeName(String submitted) {
        String name = submitted == null ? "sheet.csv" : submitted.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        return name.isEmpty() ? "sheet.csv" : name.substring(0, Math.min(200, name.length()));
    }
}

package org.minping.web.security;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.apache.tika.Tika;

/** What every upload of the portal checks: the type from the bytes, a digest, a name safe to keep and show. */
public final class UploadChecks {

    /** At most this many bytes are read of an upload: checked before anything is parsed. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final Set<String> CSV_TYPES = Set.of("text/plain", "text/csv");
    private static final Tika TIKA = new Tika();

    private UploadChecks() {
    }

    /** The media type Apache Tika reads from the bytes, whatever the file is called. */
    public static String detectedType(byte[] bytes) {
        return TIKA.detect(bytes);
    }

    public static boolean isCsvText(byte[] bytes) {
        return CSV_TYPES.contains(detectedType(bytes));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
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

    /** A name to store and show: no path, no control characters, at most 200 characters. */
    public static String safeName(String submitted) {
        String name = submitted == null ? "sheet.csv" : submitted.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        return name.isEmpty() ? "sheet.csv" : name.substring(0, Math.min(200, name.length()));
    }
}

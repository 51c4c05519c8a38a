package org.minping.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Where uploaded reports live: a directory outside the web root (minping.files.dir, default
 * ~/.minping/files), each under a generated name, so no uploaded name ever reaches the file system.
 */
public final class ReportFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ReportFiles() {
    }

    /** Stores the bytes of a PDF under a new generated name and returns the name. */
    public static String store(byte[] bytes) {
        return store(bytes, Kind.PDF);
    }

    /** The kinds of file kept, by the extension of their generated names. */
    public enum Kind {
        PDF, XLSX;

        String extension() {
            return "." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Stores the bytes under a new generated name with the kind's extension and returns the name. */
    public static String store(byte[] bytes, Kind kind) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        String name = HexFormat.of().formatHex(id) + kind.extension();
        try {
            Path dir = DeploymentSettings.filesDirectory();
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), bytes);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a stored file (nothing when the name is null or the file is gone). */
    public static void delete(String generatedName) {
        if (generatedName == null) {
            return;
        }
        try {
            Files.deleteIfExists(resolve(generatedName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored file of a generated name; names of any other form are refused. */
    public static Path resolve(String generatedName) {
        if (generatedName == null || !generatedName.matches("[0-9a-f]{32}\\.(pdf|xlsx)")) {
            throw new IllegalArgumentException("not a generated report name");
        }
        return DeploymentSettings.filesDirectory().resolve(generatedName);
    }
}

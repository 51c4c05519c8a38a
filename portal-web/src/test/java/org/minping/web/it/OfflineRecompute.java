package org.minping.web.it;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.minping.core.recompute.Recompute;

/** What an auditor does with a downloaded input.json: saves it and runs the offline recompute on the file. */
public final class OfflineRecompute {

    private OfflineRecompute() {
    }

    /** The recompute's result ({@code inputDigest}, {@code outputDigest}, …) for the input as downloaded. */
    public static JsonObject of(String downloadedInput) throws Exception {
        Path file = Files.createTempFile("minping-input", ".json");
        try {
            Files.writeString(file, downloadedInput);
            return Recompute.recompute(file);
        } finally {
            Files.delete(file);
        }
    }
}

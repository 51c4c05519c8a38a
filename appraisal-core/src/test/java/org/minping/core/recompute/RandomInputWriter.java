package org.minping.core.recompute;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.minping.core.scoring.TestCycles;

/**
 * Writes a random but complete cycle as input JSON, for checking the engine against an independent
 * implementation: {@code RandomInputWriter seed input.json}.
 */
public final class RandomInputWriter {

    private RandomInputWriter() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[1]), ScoringJson.writeInput(TestCycles.random(Long.parseLong(args[0]))).toString(),
                StandardCharsets.UTF_8);
    }
}

package org.minping.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * What the proof of work costs a browser: headless Chromium hashes as the ALTCHA widget does (one
 * SHA-256 of salt and number per step through the Web Crypto API, awaited in turn), and the run
 * prints hashes per second and the expected solve time at a given largest number (a solution is
 * equally likely anywhere in 0..max, so on average half of it is tried). Not a test: a measurement
 * for docs/BENCHMARKS.md.
 *
 * <p>Usage (after test-compile): {@code java -cp <test classpath> org.minping.web.browser.PowCostBenchmark 60000 9}
 */
public final class PowCostBenchmark {

    private static final String PAGE = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>proof-of-work cost</title></head><body></body></html>
            """;

    private static final String HASH_LOOP = """
            const count = arguments[0], done = arguments[arguments.length - 1];
            const encoder = new TextEncoder();
            const salt = crypto.randomUUID();
            (async () => {
              const start = performance.now();
              for (let n = 0; n < count; n++) {
                await crypto.subtle.digest('SHA-256', encoder.encode(salt + n));
              }
              done(performance.now() - start);
            })();
            """;

    private PowCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long maxNumber = args.length > 0 ? Long.parseLong(args[0]) : 60_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        Path page = Files.createTempFile("pow-cost", ".html");
        Files.writeString(page, PAGE);
        try (Browser browser = Browser.open("file://")) {
            browser.driver().get(page.toUri().toString());
            browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofMinutes(5));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeAsyncScript(HASH_LOOP, 5_000L); // warm-up
            List<Double> rates = new ArrayList<>();
            long hashes = maxNumber / 2;
            for (int round = 0; round < rounds; round++) {
                double millis = ((Number) js.executeAsyncScript(HASH_LOOP, hashes)).doubleValue();
                rates.add(hashes / (millis / 1000.0));
                System.out.printf("round %d: %,d hashes in %.0f ms%n", round, hashes, millis);
            }
            Collections.sort(rates);
            double median = rates.get(rates.size() / 2);
            System.out.printf("median %,.0f hashes/s; expected solve at max-number %,d: %.2f s (worst case %.2f s)%n",
                    median, maxNumber, hashes / median, maxNumber / median);
        } finally {
            Files.deleteIfExists(page);
        }
    }
}

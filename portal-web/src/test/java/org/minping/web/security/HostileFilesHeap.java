package org.minping.web.security;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Heap benchmark for hostile uploads (docs/BENCHMARKS.md): every crafted file of SECURITY.md cases
 * 8-11 goes through the upload checks again and again in a small heap; the used heap after a full
 * collection is printed every round. Stable means no growth from round to round, and no
 * OutOfMemoryError in a heap far smaller than the bombs would need if expanded.
 *
 * <pre>
 * ./mvnw -q -pl portal-web test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Xmx128m -classpath %classpath org.minping.web.security.HostileFilesHeap 5 40"
 * </pre>
 */
public final class HostileFilesHeap {

    private HostileFilesHeap() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("xxe", CraftedWorkbooks.externalEntity("file:///etc/passwd"));
        files.put("billion-laughs", CraftedWorkbooks.billionLaughs());
        files.put("zip-bomb", CraftedWorkbooks.zipBomb());
        files.put("duplicate-entries", CraftedWorkbooks.duplicateEntries());
        files.put("html-as-xlsx", "<html><body>not a workbook</body></html>".getBytes(StandardCharsets.UTF_8));
        files.put("bad-utf8", new byte[] {'a', ',', 'b', '\n', (byte) 0xC3, '(', '\n'});
        StringBuilder large = new StringBuilder("agency,indicator,score\n");
        while (large.length() < 5 * 1024 * 1024 - 16) {
            large.append("HZ,LAW,80\n");
        }
        files.put("5MB-csv", large.toString().getBytes(StandardCharsets.UTF_8));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.out.printf("max heap %d MB; %d files x %d per round%n", Runtime.getRuntime().maxMemory() >> 20, files.size(), perRound);
        for (int round = 0; round <= rounds; round++) {
            long refused = 0;
            long started = System.nanoTime();
            for (int i = 0; i < (round == 0 ? 1 : perRound); i++) {
                for (byte[] file : files.values()) {
                    try {
                        UploadChecks.sheetText(file, "file");
                    } catch (org.minping.core.shared.InvalidInputException expected) {
                        refused++;
                    }
                }
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.gc();
            System.out.printf("round %d: %d refused in %d ms; used heap after GC %.1f MB%n", round, refused, millis,
                    memory.getHeapMemoryUsage().getUsed() / 1048576.0);
        }
    }
}

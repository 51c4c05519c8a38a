package org.minping.web.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** CPU time (user + system) of the processes under load, read from /proc: which one a request costs most. */
final class ProcessCpu {

    /** Linux's USER_HZ, the unit of utime and stime in /proc/[pid]/stat on every common platform. */
    private static final long TICKS_PER_SECOND = 100;

    static final String PORTAL = "portal (Payara)";
    static final String DATABASE = "database (mariadbd)";
    static final String GENERATOR = "load generator";

    private final Map<String, Long> processes;

    ProcessCpu(Map<String, Long> processes) {
        this.processes = new LinkedHashMap<>(processes);
    }

    /** The process whose command line holds both words, e.g. the program and its port. */
    static long pidOf(String program, String word) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().map(line -> line.contains(program) && line.contains(word)).orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst()
                .orElseThrow(() -> new IllegalStateException("no process " + program + " with " + word));
    }

    /** A measurement, with the CPU time each process spent while it ran. */
    LoadResult measure(Measurement measurement) throws IOException, InterruptedException {
        Sample before = sample();
        LoadResult result = measurement.run();
        return result.withCpu(before.until(sample()));
    }

    interface Measurement {
        LoadResult run() throws InterruptedException;
    }

    Sample sample() throws IOException {
        Map<String, Long> millis = new LinkedHashMap<>();
        for (Map.Entry<String, Long> process : processes.entrySet()) {
            String stat = Files.readString(Path.of("/proc", process.getValue().toString(), "stat"));
            // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            millis.put(process.getKey(), ticks * 1000 / TICKS_PER_SECOND);
        }
        return new Sample(millis);
    }

    record Sample(Map<String, Long> millis) {
        Map<String, Long> until(Sample later) {
            Map<String, Long> spent = new LinkedHashMap<>();
            millis.forEach((process, value) -> spent.put(process, later.millis().get(process) - value));
            return spent;
        }
    }
}

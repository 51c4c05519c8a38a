package org.minping.web.perf;

import java.util.Map;

/**
 * One measurement: answered requests per second, and latency percentiles in milliseconds (for the
 * open model counted from when each request was due).
 */
record LoadResult(String name, String model, long answered, long errors, double throughput, double p50, double p90,
                  double p95, double p99, double p999, double max, Map<String, Long> outcomes, String firstError,
                  Map<String, Long> cpuMillis) {

    /** The same result with the CPU time each process spent during it. */
    LoadResult withCpu(Map<String, Long> spent) {
        return new LoadResult(name, model, answered, errors, throughput, p50, p90, p95, p99, p999, max, outcomes, firstError,
                Map.copyOf(spent));
    }

    /** CPU milliseconds of a process per answered request. */
    double cpuPerRequest(String process) {
        return cpuMillis.getOrDefault(process, 0L) / (double) Math.max(1, answered);
    }

    static String tableHeader() {
        return "| measurement | load | answered | errors | per second | p50 ms | p90 ms | p95 ms | p99 ms | p99.9 ms | max ms"
                + " | CPU ms per request: portal / database / load generator |\n"
                + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n";
    }

    String tableRow() {
        return String.format("| %s | %s | %,d | %,d | %,.0f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f / %.2f / %.2f |%n", name,
                model, answered, errors, throughput, p50, p90, p95, p99, p999, max, cpuPerRequest(ProcessCpu.PORTAL),
                cpuPerRequest(ProcessCpu.DATABASE), cpuPerRequest(ProcessCpu.GENERATOR));
    }
}

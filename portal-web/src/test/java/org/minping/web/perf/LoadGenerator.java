package org.minping.web.perf;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.minping.web.perf.HttpConnection.Request;

/**
 * Drives HTTP load at the portal on loopback, over kept-alive connections of its own, in two models:
 * <ul>
 *   <li><b>open</b> ({@link #fixedRate}): requests fall due at a fixed rate whatever the answers do,
 *       and each one's latency counts from the moment it was due, not from when a connection was
 *       free to send it. A server that stalls for a second thus shows a second of waiting for every
 *       request due in it, as a citizen would see it, instead of the one slow request a closed loop
 *       records (coordinated omission, corrected as wrk2 does);</li>
 *   <li><b>closed</b> ({@link #saturate}): a number of callers each send the next request when the
 *       last one answered: the throughput the server reaches when it is never idle.</li>
 * </ul>
 * Bounded in time: workers stop 30 s after the end, and whatever is still due then counts as an error.
 */
final class LoadGenerator {

    /** Above this many requests due and not sent, the open model stops queueing and counts the rest as errors. */
    private static final int MAX_WAITING = 100_000;
    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(5);
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final InetSocketAddress address;

    LoadGenerator(int port) {
        this.address = new InetSocketAddress("127.0.0.1", port);
    }

    /**
     * Makes {@code requests.apply(i)} due for i = 0, 1, … at {@code ratePerSecond} for {@code duration},
     * sent by {@code connections} connections, each taking the oldest request due.
     *
     * @param expected the statuses that count as answered; any other, or a failure, is an error
     */
    LoadResult fixedRate(String name, IntFunction<Request> requests, Set<Integer> expected, double ratePerSecond,
                         Duration duration, int connections) throws InterruptedException {
        long interval = Math.round(1e9 / ratePerSecond);
        int total = (int) Math.round(ratePerSecond * duration.toNanos() / 1e9);
        Run run = new Run(expected);
        BlockingQueue<long[]> waiting = new LinkedBlockingQueue<>();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        long stopBy = start + duration.toNanos() + GRACE_NANOS;
        List<Thread> workers = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            workers.add(Worker.start("load-" + c, () -> {
                try (HttpConnection connection = new HttpConnection(address)) {
                    while (System.nanoTime() < stopBy) {
                        long[] next = waiting.poll(50, TimeUnit.MILLISECONDS);
                        if (next == null) {
                            if (System.nanoTime() > start + duration.toNanos()) {
                                return;
                            }
                            continue;
                        }
                        run.exchange(connection, requests.apply((int) next[0]), next[1]);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            if (waiting.size() >= MAX_WAITING) {
                run.notSent("not sent: " + MAX_WAITING + " waiting");
            } else {
                waiting.add(new long[] {i, due});
            }
        }
        for (Thread worker : workers) {
            worker.join(TimeUnit.NANOSECONDS.toMillis(Math.max(1, stopBy - System.nanoTime())));
        }
        for (int left = waiting.size(); left > 0; left--) {
            run.notSent("unanswered after " + TimeUnit.NANOSECONDS.toSeconds(GRACE_NANOS) + " s");
        }
        return run.result(name, String.format("open, %,.0f/s, %d connections", ratePerSecond, connections), start);
    }

    /** {@code callers} each send their next request as soon as the last one is answered, for {@code duration}. */
    LoadResult saturate(String name, IntFunction<Request> requests, Set<Integer> expected, int callers, Duration duration)
            throws InterruptedException {
        Run run = new Run(expected);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        AtomicInteger next = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            workers.add(Worker.start("load-" + c, () -> {
                try (HttpConnection connection = new HttpConnection(address)) {
                    for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                        run.exchange(connection, requests.apply(next.getAndIncrement()), now);
                    }
                }
            }));
        }
        for (Thread worker : workers) {
            worker.join(TimeUnit.NANOSECONDS.toMillis(duration.toNanos() + GRACE_NANOS));
        }
        return run.result(name, "closed, " + callers + " callers", start);
    }

    /** Platform threads, daemons so that a hung connection never keeps the harness alive. */
    private static final class Worker {
        static Thread start(String name, Runnable body) {
            Thread thread = new Thread(body, name);
            thread.setDaemon(true);
            thread.start();
            return thread;
        }
    }

    /** The counts and latencies of one measurement. */
    private static final class Run {
        private final Set<Integer> expected;
        private final Recorder latencies = new Recorder(HIGHEST_MICROS, 3);
        private final LongAdder answered = new LongAdder();
        private final LongAdder errors = new LongAdder();
        private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        private final AtomicReference<String> firstError = new AtomicReference<>();
        private volatile long lastAnswer;

        Run(Set<Integer> expected) {
            this.expected = expected;
        }

        void exchange(HttpConnection connection, Request request, long due) {
            String outcome;
            try {
                HttpConnection.Response response = connection.exchange(request, expected);
                outcome = Integer.toString(response.status());
                if (expected.contains(response.status())) {
                    answered.increment();
                } else {
                    errors.increment();
                    firstError.compareAndSet(null, response.status() + " " + response.body());
                }
            } catch (IOException | RuntimeException e) {
                outcome = e.getClass().getSimpleName();
                errors.increment();
                firstError.compareAndSet(null, String.valueOf(e));
            }
            long now = System.nanoTime();
            lastAnswer = now;
            latencies.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, (now - due) / 1_000)));
            outcomes.computeIfAbsent(outcome, key -> new LongAdder()).increment();
        }

        void notSent(String why) {
            errors.increment();
            outcomes.computeIfAbsent(why, key -> new LongAdder()).increment();
        }

        LoadResult result(String name, String model, long start) {
            Histogram histogram = latencies.getIntervalHistogram();
            double seconds = Math.max(1, lastAnswer - start) / 1e9;
            Map<String, Long> counts = new TreeMap<>();
            outcomes.forEach((outcome, count) -> counts.put(outcome, count.sum()));
            return new LoadResult(name, model, answered.sum(), errors.sum(), answered.sum() / seconds,
                    histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(90) / 1000.0,
                    histogram.getValueAtPercentile(95) / 1000.0, histogram.getValueAtPercentile(99) / 1000.0,
                    histogram.getValueAtPercentile(99.9) / 1000.0, histogram.getMaxValue() / 1000.0, counts,
                    firstError.get(), Map.of());
        }
    }
}

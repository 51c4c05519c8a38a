package org.minping.web.fault;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Clients submitting appraisals concurrently, each retrying under its own Idempotency-Key with the
 * same body after a failed connection or a 5xx until it is acknowledged (201) or the load stops.
 * It counts every answer by status, keeps the receipts of the acknowledged submissions, and notes
 * any answer that a client of an honest portal should never get (a 2xx other than 201, a refusal
 * of a valid request).
 */
final class SubmissionLoad implements AutoCloseable {

    /**
     * Answers a client retries besides any 5xx and a failed connection: a portal still deploying
     * answers 404, and 429 asks to come back later.
     */
    private static final Set<Integer> RETRIED = Set.of(404, 429);

    private final FaultClient client;
    private final String run;
    private final Instant deadline;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicInteger nextIndex = new AtomicInteger();
    private final Map<String, String> receipts = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();
    private final AtomicInteger done = new AtomicInteger();
    private volatile boolean stopping;

    /**
     * @param intakeToken the intake system's token the clients submit with
     * @param run a code of letters only that marks this load's appraisals
     */
    SubmissionLoad(String baseUrl, String intakeToken, String run, Duration longest) {
        this.client = new FaultClient(baseUrl, intakeToken);
        this.run = run;
        this.deadline = Instant.now().plus(longest);
    }

    /** Starts {@code count} clients that submit one appraisal each. */
    SubmissionLoad oneEach(int count) {
        for (int i = 0; i < count; i++) {
            start(() -> submitUntilAcknowledged(Submission.of(run, nextIndex.getAndIncrement())));
        }
        return this;
    }

    /** Starts {@code workers} clients that submit one appraisal after another until stopped. */
    SubmissionLoad stream(int workers) {
        for (int i = 0; i < workers; i++) {
            start(() -> {
                while (!stopping && Instant.now().isBefore(deadline)) {
                    submitUntilAcknowledged(Submission.of(run, nextIndex.getAndIncrement()));
                }
            });
        }
        return this;
    }

    private void start(Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } finally {
                done.incrementAndGet();
            }
        }, "fault-client-" + threads.size());
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    private void submitUntilAcknowledged(Submission submission) {
        long backoff = 100;
        while (!stopping && Instant.now().isBefore(deadline)) {
            String outcome;
            try {
                FaultClient.Answer answer = client.submit(submission);
                outcome = Integer.toString(answer.status());
                count(outcome);
                if (answer.status() == 201) {
                    receipts.put(submission.idempotencyKey(), answer.receipt().orElseThrow(
                            () -> new IllegalStateException("201 without a receipt: " + answer.body())));
                    return;
                }
                if (answer.status() < 500 && !RETRIED.contains(answer.status())) {
                    unexpected.add(answer.status() + " for " + submission.idempotencyKey() + ": " + answer.body());
                    return;
                }
            } catch (IOException failed) {
                count("connection failed");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            // Sooner than a 503's Retry-After asks: the test wants the load through the fault.
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            backoff = Math.min(backoff * 2, 1000);
        }
    }

    private void count(String outcome) {
        answers.computeIfAbsent(outcome, key -> new AtomicLong()).incrementAndGet();
    }

    int acknowledged() {
        return receipts.size();
    }

    /** How many answers with this outcome ("503", "connection failed", ...) arrived so far. */
    long answers(String outcome) {
        AtomicLong count = answers.get(outcome);
        return count == null ? 0 : count.get();
    }

    /** Every outcome and its count, for the report. */
    Map<String, Long> answers() {
        Map<String, Long> copy = new TreeMap<>();
        answers.forEach((outcome, count) -> copy.put(outcome, count.get()));
        return copy;
    }

    /** Acknowledged submissions: Idempotency-Key to receipt. */
    Map<String, String> receipts() {
        return Map.copyOf(receipts);
    }

    /** Answers that end a client without an acknowledgement: a 2xx other than 201, a refusal of a valid request. */
    List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    String run() {
        return run;
    }

    /** Whether every client has finished (acknowledged, refused or out of time). */
    boolean finished() {
        return done.get() == threads.size();
    }

    /** Asks the clients to stop after their current request and waits for them. */
    @Override
    public void close() throws InterruptedException {
        stopping = true;
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(60).toMillis());
        }
    }

    /** Waits for a condition, polling, until the deadline; fails with {@code what} if it never holds. */
    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("within " + timeout + ": " + what);
            }
            Thread.sleep(50);
        }
    }
}

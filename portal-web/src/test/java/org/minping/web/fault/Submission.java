package org.minping.web.fault;

/**
 * One appraisal a fault test submits: its Idempotency-Key, sent again unchanged on every retry, and
 * the marker its comment carries, by which the test finds it (and any duplicate) in the database.
 */
record Submission(String idempotencyKey, String marker) {

    /** The {@code index}-th submission of a run; the run code is letters only, so no intake rule redacts it. */
    static Submission of(String run, int index) {
        return new Submission("fault-" + run + "-" + index, "[" + run + "-" + index + "]");
    }
}

package org.minping.core.appraisal;

/** An Idempotency-Key already answered one request and now comes with a different one. */
public class IdempotencyKeyReusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdempotencyKeyReusedException() {
        super("the Idempotency-Key was already used for a request with different content");
    }
}

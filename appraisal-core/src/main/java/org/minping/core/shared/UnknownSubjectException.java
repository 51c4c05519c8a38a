package org.minping.core.shared;

/**
 * What was asked for does not exist for the asker (an unknown code, or another organisation's
 * item, which must look the same): every page and API answers it with 404.
 */
public abstract class UnknownSubjectException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected UnknownSubjectException(String message) {
        super(message);
    }
}

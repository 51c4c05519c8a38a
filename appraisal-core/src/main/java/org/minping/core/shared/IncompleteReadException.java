package org.minping.core.shared;

/**
 * An entity came back without a relation the schema requires (a NOT NULL foreign key): the
 * database went away while it was being read. Callers answer it as any database failure, with
 * 503, so the client retries; it is never a reason to go on with half an entity.
 */
public class IncompleteReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IncompleteReadException(String what) {
        super(what + " was read incompletely: the database failed during the read");
    }
}

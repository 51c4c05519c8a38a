package org.minping.core.plan;

/** Staff of the plan's agency who are not its liaison officers read the plan but report nothing. */
public class NotLiaisonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotLiaisonException() {
        super("only the plan's liaison officers report");
    }
}

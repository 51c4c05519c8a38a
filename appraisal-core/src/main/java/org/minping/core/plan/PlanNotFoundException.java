package org.minping.core.plan;

/** No such plan, phase or task, or not one of the asking agency's: the same answer, so staff learn nothing of other agencies. */
public class PlanNotFoundException extends org.minping.core.shared.UnknownSubjectException {

    private static final long serialVersionUID = 1L;

    public PlanNotFoundException() {
        super("no such work plan item");
    }
}

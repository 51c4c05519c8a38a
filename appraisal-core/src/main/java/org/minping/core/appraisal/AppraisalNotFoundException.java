package org.minping.core.appraisal;

/** No appraisal has the given receipt. */
public class AppraisalNotFoundException extends org.minping.core.shared.UnknownSubjectException {

    private static final long serialVersionUID = 1L;

    public AppraisalNotFoundException() {
        super("no appraisal with that receipt");
    }
}

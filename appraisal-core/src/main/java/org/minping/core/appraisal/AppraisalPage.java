package org.minping.core.appraisal;

import java.util.List;

/** One page of appraisals and the total count, for lazy tables. */
public record AppraisalPage(List<AppraisalSummary> items, long total) {

    public AppraisalPage {
        items = List.copyOf(items);
    }
}

package org.minping.core.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Read access to appraisals for the people who work on them; callers check permissions first. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AppraisalQueryService {

    static final int MAX_PAGE_SIZE = 200;

    @Inject
    AppraisalRepository appraisals;

    public AppraisalPage newest(QueueFilter filter, int first, int pageSize) {
        if (first < 0 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must start at 0 or later and hold 1 to 200 items");
        }
        return new AppraisalPage(appraisals.newest(filter, first, pageSize).stream().map(AppraisalSummary::of).toList(),
                appraisals.count(filter));
    }

    public long count(QueueFilter filter) {
        return appraisals.count(filter);
    }

    public long count() {
        return appraisals.count();
    }
}

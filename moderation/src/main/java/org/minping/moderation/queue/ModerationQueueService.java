package org.minping.moderation.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.minping.core.appraisal.AppraisalPage;
import org.minping.core.appraisal.AppraisalQueryService;

/** The moderators' view of incoming appraisals, newest first. */
@ApplicationScoped
public class ModerationQueueService {

    @Inject
    AppraisalQueryService appraisals;

    public AppraisalPage newest(int first, int pageSize) {
        return appraisals.newest(first, pageSize);
    }

    public long count() {
        return appraisals.count();
    }
}

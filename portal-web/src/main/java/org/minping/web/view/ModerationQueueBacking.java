package org.minping.web.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.minping.core.appraisal.AppraisalPage;
import org.minping.core.appraisal.AppraisalSummary;
import org.minping.moderation.queue.ModerationQueueService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The moderators' list of the newest appraisals; pages are loaded from the database one at a time. */
@Named
@ViewScoped
public class ModerationQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ModerationQueueService queue;

    private final LazyDataModel<AppraisalSummary> newest = new NewestAppraisals();

    public LazyDataModel<AppraisalSummary> getNewest() {
        return newest;
    }

    private final class NewestAppraisals extends LazyDataModel<AppraisalSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, queue.count());
        }

        @Override
        public List<AppraisalSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                           Map<String, FilterMeta> filterBy) {
            AppraisalPage page = queue.newest(first, pageSize);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(AppraisalSummary appraisal) {
            return appraisal.receipt();
        }
    }
}

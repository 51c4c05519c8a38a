package org.minping.web.view.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.minping.core.rectification.AccountabilityRecord;
import org.minping.core.rectification.AccountabilityService;

/** Auditors read the office's accountability records; they change nothing here. */
@Named
@RequestScoped
public class AccountabilityAuditBacking {

    @Inject
    AccountabilityService accountability;

    private List<AccountabilityRecord> records = List.of();

    public void load() {
        SecurityUtils.getSubject().checkPermission("audit:read");
        records = accountability.all();
    }

    public List<AccountabilityRecord> getRecords() {
        return records;
    }
}

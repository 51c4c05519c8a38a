package org.minping.web.view.moderation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.minping.core.agency.AgencyQuery;
import org.minping.core.agency.AgencyService;
import org.minping.core.agency.AgencySummary;
import org.minping.core.appraisal.AppraisalStatus;
import org.minping.core.appraisal.Channel;
import org.minping.core.appraisal.QueueFilter;
import org.minping.moderation.rules.HoldReason;

/** What the moderator asks the queue to show: status, agency, channel, hold reason, age, or only the overdue. */
@Named
@ViewScoped
public class QueueFilterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AgencyService agencyDirectory;

    private AppraisalStatus status;
    private String agency;
    private Channel channel;
    private String holdReason;
    /** Only items waiting longer than this many days (0: any age). */
    private int ageDays;
    private boolean overdueOnly;
    private List<AgencySummary> agencyChoices;

    /** The filter as asked; "only overdue" shows the held appraisals submitted before the service level's cut-off. */
    public QueueFilter toFilter(LocalDateTime overdueBefore) {
        if (overdueOnly) {
            return new QueueFilter(AppraisalStatus.HELD, agency, channel, holdReason, overdueBefore);
        }
        LocalDateTime olderThan = ageDays > 0 ? LocalDateTime.now(ZoneOffset.UTC).minusDays(ageDays) : null;
        return new QueueFilter(status, agency, channel, holdReason, olderThan);
    }

    public AppraisalStatus[] getStatuses() {
        return AppraisalStatus.values();
    }

    /** The agencies to filter by, picked by name: read once per view, in the directory's order. */
    public List<AgencySummary> getAgencies() {
        if (agencyChoices == null) {
            agencyChoices = agencyDirectory.search(AgencyQuery.all());
        }
        return agencyChoices;
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public List<String> getHoldReasons() {
        return Arrays.stream(HoldReason.values()).map(HoldReason::code).toList();
    }

    public AppraisalStatus getStatus() {
        return status;
    }

    public void setStatus(AppraisalStatus status) {
        this.status = status;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getHoldReason() {
        return holdReason;
    }

    public void setHoldReason(String holdReason) {
        this.holdReason = holdReason;
    }

    public int getAgeDays() {
        return ageDays;
    }

    public void setAgeDays(int ageDays) {
        this.ageDays = Math.max(0, ageDays);
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }
}

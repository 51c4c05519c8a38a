package org.minping.core.appraisal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.minping.core.agency.Agency;
import org.minping.core.agency.ServiceHall;
import org.minping.core.agency.ServiceOffering;
import org.minping.core.indicator.IndicatorSystem;

/** A citizen's appraisal of one agency: an overall level, levels per indicator, an optional comment. */
@Entity
@Table(name = "appraisal")
public class Appraisal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 16)
    private String receipt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(name = "indicator_system_id", nullable = false)
    private long indicatorSystemId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id")
    private ServiceOffering service;

    /** The agency's service hall where the citizen was served, when the appraisal names one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "hall_id")
    private ServiceHall hall;

    @Column(name = "case_number", length = 64)
    private String caseNumber;

    @Column(name = "service_case_id")
    private Long serviceCaseId;

    /** HMAC of the rater's account or device; with the case and round it is unique (一事一评). */
    @Column(name = "rater_key", length = 64)
    private String raterKey;

    /** HMAC of the network prefix it came from, for the velocity rule; never the address. */
    @Column(name = "network_key", length = 64)
    private String networkKey;

    @Column(name = "rating_round", nullable = false)
    private int ratingRound = 1;

    @Enumerated(EnumType.STRING)
    @Column(name = "rater_level", nullable = false)
    private RaterLevel raterLevel;

    @Column(name = "trust_weight", nullable = false, precision = 9, scale = 6)
    private BigDecimal trustWeight;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "overall_level", nullable = false)
    private int overallLevel;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "appraisal_rating", joinColumns = @JoinColumn(name = "appraisal_id"))
    private List<IndicatorRating> ratings = new ArrayList<>();

    @Column(name = "comment_text", length = 1000)
    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AppraisalStatus status;

    @Column(name = "hold_reasons")
    private String holdReasons;

    @Column(name = "respondent_region")
    private String respondentRegion;

    @Column(name = "respondent_age_band")
    private String respondentAgeBand;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Version
    private int version;

    /** The rejection reason of a review found malicious on an agency's contest. */
    static final String MALICIOUS = "malicious";

    protected Appraisal() {
    }

    /** The facts of a validated submission, resolved against reference data. */
    record Facts(Agency agency, IndicatorSystem system, ServiceOffering service, ServiceHall hall, String caseNumber,
                 Long serviceCaseId, Channel channel, SatisfactionLevel overall, Map<Long, SatisfactionLevel> ratingsByIndicatorId,
                 String comment, String respondentRegion, AgeBand respondentAgeBand) {
    }

    /** Who rated, as stored: the keyed hash of their identity (if known), their level and its trust weight. */
    record RaterFacts(String raterKey, RaterLevel level, BigDecimal trustWeight, String networkKey) {
    }

    static Appraisal received(String receipt, Facts facts, RaterFacts rater, ScreeningOutcome screening, LocalDateTime nowUtc) {
        Appraisal appraisal = new Appraisal();
        appraisal.receipt = receipt;
        appraisal.agency = facts.agency();
        appraisal.indicatorSystemId = facts.system().id();
        appraisal.service = facts.service();
        appraisal.hall = facts.hall();
        appraisal.caseNumber = facts.caseNumber();
        appraisal.serviceCaseId = facts.serviceCaseId();
        appraisal.raterKey = rater.raterKey();
        appraisal.raterLevel = rater.level();
        appraisal.trustWeight = rater.trustWeight();
        appraisal.networkKey = rater.networkKey();
        appraisal.channel = facts.channel();
        appraisal.overallLevel = facts.overall().value();
        // In indicator order, so that concurrent intakes update the kept cube's cells in one order.
        new TreeMap<>(facts.ratingsByIndicatorId()).forEach((indicatorId, level) ->
                appraisal.ratings.add(new IndicatorRating(indicatorId, level)));
        appraisal.comment = screening.comment();
        appraisal.status = screening.isClean() ? AppraisalStatus.PUBLISHED : AppraisalStatus.HELD;
        appraisal.holdReasons = screening.isClean() ? null : String.join(",", screening.holdReasons());
        appraisal.respondentRegion = facts.respondentRegion();
        appraisal.respondentAgeBand = facts.respondentAgeBand() == null ? null : facts.respondentAgeBand().code();
        appraisal.submittedAt = nowUtc;
        return appraisal;
    }

    /** Round 2 of a rater after a rectified bad review: same agency, service, hall, case, rater and respondent answers. */
    static Appraisal rerating(String receipt, Appraisal original, SatisfactionLevel overall, ScreeningOutcome screening,
                              LocalDateTime nowUtc) {
        Appraisal appraisal = new Appraisal();
        appraisal.receipt = receipt;
        appraisal.agency = original.agency;
        appraisal.indicatorSystemId = original.indicatorSystemId;
        appraisal.service = original.service;
        appraisal.hall = original.hall;
        appraisal.caseNumber = original.caseNumber;
        appraisal.serviceCaseId = original.serviceCaseId;
        appraisal.raterKey = original.raterKey;
        appraisal.ratingRound = 2;
        appraisal.raterLevel = original.raterLevel;
        appraisal.trustWeight = original.trustWeight;
        appraisal.channel = Channel.WEB;
        appraisal.overallLevel = overall.value();
        appraisal.comment = screening.comment();
        appraisal.status = screening.isClean() ? AppraisalStatus.PUBLISHED : AppraisalStatus.HELD;
        appraisal.holdReasons = screening.isClean() ? null : String.join(",", screening.holdReasons());
        appraisal.respondentRegion = original.respondentRegion;
        appraisal.respondentAgeBand = original.respondentAgeBand;
        appraisal.submittedAt = nowUtc;
        return appraisal;
    }

    /**
     * A moderator's decision. Held and published appraisals can be approved or rejected; a decided
     * appraisal is not decided again here (appeals reopen it).
     */
    void decide(Decision decision, String reasonCode, String moderator, LocalDateTime nowUtc) {
        if (status == AppraisalStatus.APPROVED || status == AppraisalStatus.REJECTED || status == AppraisalStatus.WITHDRAWN) {
            throw new AppraisalAlreadyDecidedException(receipt);
        }
        status = decision == Decision.APPROVE ? AppraisalStatus.APPROVED : AppraisalStatus.REJECTED;
        decisionReason = decision == Decision.REJECT ? reasonCode : null;
        decidedBy = moderator;
        decidedAt = nowUtc;
    }

    /** The comment as a moderator redacted it. */
    void redactComment(String redacted) {
        comment = redacted;
    }

    /** The author takes the appraisal back; it stays stored, out of every score and queue. */
    void withdraw() {
        if (status == AppraisalStatus.REJECTED || status == AppraisalStatus.WITHDRAWN) {
            throw new WithdrawalNotAllowedException(receipt, status == AppraisalStatus.REJECTED
                    ? "it was rejected, and counts nowhere already" : "it was withdrawn already");
        }
        status = AppraisalStatus.WITHDRAWN;
    }

    /** An agency's contest was granted: the review was malicious (恶意差评) and counts nowhere. */
    void rejectAsMalicious(String moderator, LocalDateTime nowUtc) {
        if (status != AppraisalStatus.PUBLISHED && status != AppraisalStatus.APPROVED) {
            throw new IllegalStateException("only a counted appraisal can be found malicious");
        }
        status = AppraisalStatus.REJECTED;
        decisionReason = MALICIOUS;
        decidedBy = moderator;
        decidedAt = nowUtc;
    }

    /** An appeal against the rejection succeeded: the appraisal counts after all. */
    void overturn(String moderator, LocalDateTime nowUtc) {
        if (status != AppraisalStatus.REJECTED) {
            throw new IllegalStateException("only a rejected appraisal can be overturned");
        }
        status = AppraisalStatus.APPROVED;
        decisionReason = null;
        decidedBy = moderator;
        decidedAt = nowUtc;
    }

    public LocalDateTime decidedAt() {
        return decidedAt;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Long id() {
        return id;
    }

    public String receipt() {
        return receipt;
    }

    public Agency agency() {
        return agency;
    }

    public ServiceOffering service() {
        return service;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public Channel channel() {
        return channel;
    }

    public int overallLevel() {
        return overallLevel;
    }

    public List<IndicatorRating> ratings() {
        return List.copyOf(ratings);
    }

    public String comment() {
        return comment;
    }

    public AppraisalStatus status() {
        return status;
    }

    public List<String> holdReasons() {
        return holdReasons == null ? List.of() : Arrays.asList(holdReasons.split(","));
    }

    public LocalDateTime submittedAt() {
        return submittedAt;
    }
}

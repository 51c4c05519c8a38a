package org.minping.web.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.minping.core.agency.AgencyNotFoundException;
import org.minping.core.agency.AgencyService;
import org.minping.core.appraisal.AgeBand;
import org.minping.core.appraisal.AlreadyRatedException;
import org.minping.core.appraisal.AppraisalForm;
import org.minping.core.appraisal.AppraisalFormService;
import org.minping.core.appraisal.AppraisalReceipt;
import org.minping.core.appraisal.AppraisalService;
import org.minping.core.appraisal.AppraisalSubmission;
import org.minping.core.appraisal.Channel;
import org.minping.core.appraisal.PublicComments;
import org.minping.core.appraisal.Rater;
import org.minping.core.appraisal.RaterLevel;
import org.minping.core.shared.CodeName;
import org.minping.core.shared.InvalidInputException;
import org.minping.web.config.ModerationSettings;
import org.minping.web.security.ClientAddress;
import org.minping.web.security.IntakeThrottle;
import org.minping.web.security.ProofOfWork;
import org.minping.web.security.RaterIdentity;

/**
 * The agency page with its appraisal form. The form carries one idempotency key for its whole
 * life, so a double click or a resubmitted post stores the appraisal once.
 */
@Named
@ViewScoped
public class AgencyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AppraisalFormService forms;

    @Inject
    transient AppraisalService appraisals;

    @Inject
    transient Messages messages;

    @Inject
    transient PageProblems pageProblems;

    @Inject
    ModerationSettings moderationSettings;

    @Inject
    transient AgencyService agencies;

    @Inject
    transient ProofOfWork proofOfWork;

    @Inject
    transient IntakeThrottle throttle;

    @Inject
    transient PublicComments publicComments;

    private List<PublicComments.PublicComment> comments = List.of();
    private final Map<Long, String> flagReasons = new HashMap<>();
    private String flagNotice;

    private String code;
    private AppraisalForm form;
    private final String idempotencyKey = "web-" + UUID.randomUUID();

    private Integer overall;
    private final Map<String, Integer> ratings = new HashMap<>();
    private String serviceCode;
    private String hallCode;
    private String caseNumber;
    private String caseCode;
    private String comment;
    private boolean complaint;
    private String respondentRegion;
    private String respondentAgeBand;
    private List<CodeName> regions = List.of();
    private final Map<String, String> fieldErrors = new LinkedHashMap<>();

    public void load() throws IOException {
        try {
            form = forms.getForm(code);
            regions = agencies.regions();
            comments = publicComments.recent(code);
        } catch (AgencyNotFoundException unknown) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no such agency");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String submit() {
        fieldErrors.clear();
        Map<String, Integer> given = new LinkedHashMap<>();
        ratings.forEach((indicator, level) -> {
            if (level != null) {
                given.put(indicator, level);
            }
        });
        AppraisalSubmission submission = new AppraisalSubmission(code, serviceCode, caseNumber, Channel.WEB,
                overall, given, comment, respondentRegion, respondentAgeBand, complaint, caseCode, hallCode);
        try {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            Rater rater = RaterIdentity.ofBrowser(request, (HttpServletResponse) external.getResponse())
                    .from(IntakeThrottle.networkOf(ClientAddress.of(request)));
            // Anonymous visitors prove some work was done in their browser; signed-in citizens need not.
            if (rater.level() == RaterLevel.ANONYMOUS && !proofOfWork.accept(request.getParameter("altcha"), ClientAddress.of(request))) {
                fieldErrors.put("altcha", messages.get("pow.failed"));
                return null;
            }
            long wait = throttle.take(ClientAddress.of(request), rater.identity());
            if (wait > 0) {
                fieldErrors.put("altcha", messages.get("intake.throttled", (wait + 59) / 60));
                return null;
            }
            AppraisalReceipt receipt = appraisals.submit(idempotencyKey, submission, rater);
            return "/receipt?faces-redirect=true&receipt=" + receipt.receipt();
        } catch (AlreadyRatedException twice) {
            fieldErrors.put("caseNumber", messages.get("validation.case.alreadyRated"));
            return null;
        } catch (InvalidInputException invalid) {
            fieldErrors.putAll(pageProblems.byField(invalid));
            return null;
        }
    }

    public boolean isComplaint() {
        return complaint;
    }

    public void setComplaint(boolean complaint) {
        this.complaint = complaint;
    }

    /** A visitor flags a public comment; enough flags hide it until a moderator decides. */
    public void flag(long appraisalId) {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        Rater rater = RaterIdentity.ofBrowser((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse());
        String refused = pageProblems.first(() ->
                publicComments.flag(appraisalId, flagReasons.get(appraisalId), rater, moderationSettings.flagsToHide()));
        flagNotice = refused == null ? messages.get("flags.thanks") : refused;
        comments = publicComments.recent(code);
    }


    public List<PublicComments.PublicComment> getComments() {
        return comments;
    }

    public Map<Long, String> getFlagReasons() {
        return flagReasons;
    }

    public String getFlagNotice() {
        return flagNotice;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public AppraisalForm getForm() {
        return form;
    }

    public Integer getOverall() {
        return overall;
    }

    public void setOverall(Integer overall) {
        this.overall = overall;
    }

    public Map<String, Integer> getRatings() {
        return ratings;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public String getHallCode() {
        return hallCode;
    }

    public void setHallCode(String hallCode) {
        this.hallCode = hallCode;
    }

    public String getCaseCode() {
        return caseCode;
    }

    public void setCaseCode(String caseCode) {
        this.caseCode = caseCode;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getRespondentRegion() {
        return respondentRegion;
    }

    public void setRespondentRegion(String respondentRegion) {
        this.respondentRegion = respondentRegion;
    }

    public String getRespondentAgeBand() {
        return respondentAgeBand;
    }

    public void setRespondentAgeBand(String respondentAgeBand) {
        this.respondentAgeBand = respondentAgeBand;
    }

    /** The age bands respondents may state, for the optional question on the form (labels from the bundles). */
    public List<AgeBand> getAgeBands() {
        return Arrays.asList(AgeBand.values());
    }

    public List<CodeName> getRegions() {
        return regions;
    }

    /** Error text per field name as the core names fields ("overall", "ratings.EFFICIENCY", "comment"). */
    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }

    /**
     * The problem with a field of the form whose component has the core's name for it ("hall"): Faces'
     * refusal of a value that is not an entry of its list (posted by hand), or the core's.
     */
    public String problem(String field) {
        String refusal = FormFeedback.facesRefusal("appraisal:" + field);
        return refusal != null ? refusal : fieldErrors.getOrDefault(field, "");
    }

    /** Whether the form just sent was refused: by the core, or by Faces (a value that is not an entry of a list: the action did not run). */
    public boolean isInvalid() {
        return !fieldErrors.isEmpty() || FacesContext.getCurrentInstance().isValidationFailed();
    }
}

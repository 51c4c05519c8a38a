package org.minping.web.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.minping.core.agency.AgencyService;
import org.minping.core.cycle.CycleNotFoundException;
import org.minping.core.evaluation.RankedAgency;
import org.minping.core.evaluation.ResultsService;
import org.minping.core.followup.FollowUpService;
import org.minping.core.shared.CodeName;
import org.minping.web.config.ResultsSettings;

/** The public results of a published cycle, per pilot track, with a chart of scores and intervals. */
@Named
@ViewScoped
public class ResultsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ResultsService results;

    @Inject
    transient AgencyService agencies;

    @Inject
    transient LocaleBacking locale;

    @Inject
    transient Messages messages;

    @Inject
    transient ResultsSettings settings;

    @Inject
    transient FollowUpService followUps;

    private java.util.Map<String, long[]> followUpCounts = java.util.Map.of();

    private String cycle;
    private String track;
    private List<RankedAgency> ranking = List.of();
    private double minEffectiveSample;
    private List<CodeName> tracks = List.of();
    private ResultsService.CycleView cycleView;
    private boolean nothingPublished;

    public boolean isNothingPublished() {
        return nothingPublished;
    }

    public void load() throws IOException {
        List<ResultsService.CycleView> published = results.cycles().stream().filter(ResultsService.CycleView::isPublished).toList();
        if (cycle == null && published.isEmpty()) {
            // The results menu of a portal that has published nothing yet says so, rather than 404.
            nothingPublished = true;
            return;
        }
        if (cycle == null) {
            cycle = published.get(0).code();
        }
        tracks = agencies.tracks();
        if (track == null || track.isBlank()) {
            track = tracks.get(0).code();
        }
        try {
            long run = results.publishedRun(cycle == null ? "" : cycle);
            cycleView = published.stream().filter(c -> c.code().equals(cycle)).findFirst().orElseThrow();
            ranking = results.publicRanking(run, track, settings.minRaters());
            minEffectiveSample = results.minEffectiveSample(run);
            followUpCounts = followUps.publishedStatistics(cycle);
        } catch (CycleNotFoundException notPublished) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no published result");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** Bad reviews the agency received in the period, those answered in time, those rectified: as they stood at publication. */
    public long[] followUp(String agencyCode) {
        return followUpCounts.getOrDefault(agencyCode, new long[3]);
    }

    /** The agencies graded and ranked, by rank. */
    public List<RankedAgency> getRanked() {
        return ranking.stream().filter(RankedAgency::isRanked).toList();
    }

    /** The agencies listed apart: their score rests on too little data, or there is none. */
    public List<RankedAgency> getNotRanked() {
        return ranking.stream().filter(agency -> !agency.isRanked()).toList();
    }

    /** The effective sample from which the run counted public appraisal as enough data. */
    public double getMinEffectiveSample() {
        return minEffectiveSample;
    }

    /** Chart.js configuration: each ranked agency's score, and the 95% interval of its public satisfaction as a floating bar. */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder scores = Json.createArrayBuilder();
        JsonArrayBuilder intervals = Json.createArrayBuilder();
        // Only the ranked: a bar for a score that rests on too little data would rank it by eye.
        for (RankedAgency agency : getRanked()) {
            labels.add(ChartLabels.lines(locale.name(agency.agencyName())));
            if (agency.score() == null) {
                scores.addNull();
            } else {
                scores.add(agency.score());
            }
            if (agency.publicLower() == null) {
                intervals.addNull();
            } else {
                intervals.add(Json.createArrayBuilder().add(round(agency.publicLower())).add(round(agency.publicUpper())));
            }
        }
        return InlineJson.safe(Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", messages.get("results.chart.score")).add("data", scores)
                                .add("backgroundColor", "#b71c1c"))
                        .add(Json.createObjectBuilder().add("label", messages.get("results.chart.interval")).add("data", intervals)
                                .add("backgroundColor", "#90a4ae"))))
                // The chart fills the height its page gives it, at any width.
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("min", 0).add("max", 100))
                                .add("y", Json.createObjectBuilder().add("ticks", Json.createObjectBuilder().add("autoSkip", false)))))
                .build().toString());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    @Inject
    transient org.minping.core.audit.AuditLog audit;

    @Inject
    transient java.time.Clock clock;

    /** Today (UTC), the day whose closing head hash the page shows. */
    public String getAuditHeadDate() {
        return java.time.LocalDate.now(clock).toString();
    }

    /**
     * The audit chain's head hash as of now: published every day, it lets anyone hold the portal
     * to the history it had on that day.
     */
    public String getAuditHead() {
        return audit.headAt(java.time.LocalDate.now(clock).plusDays(1).atStartOfDay());
    }

    public String getCycle() {
        return cycle;
    }

    public void setCycle(String cycle) {
        this.cycle = cycle;
    }

    public String getTrack() {
        return track;
    }

    public void setTrack(String track) {
        this.track = track;
    }

    public List<RankedAgency> getRanking() {
        return ranking;
    }

    public List<CodeName> getTracks() {
        return tracks;
    }

    public ResultsService.CycleView getCycleView() {
        return cycleView;
    }
}

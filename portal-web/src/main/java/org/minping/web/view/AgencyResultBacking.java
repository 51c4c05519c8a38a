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
import java.util.Map;
import org.minping.core.cycle.CycleNotFoundException;
import org.minping.core.evaluation.RankedAgency;
import org.minping.core.evaluation.ResultsService;
import org.minping.core.evaluation.ScoreExplanation;
import org.minping.core.evaluation.ScoreTerm;
import org.minping.core.shared.Localized;

/**
 * One agency's published result: its score and the decomposition of that score, in words, as a
 * table and a chart, the terms rounded so that they add up to the score shown.
 */
@Named
@ViewScoped
public class AgencyResultBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ResultsService results;

    @Inject
    transient LocaleBacking locale;

    @Inject
    transient Messages messages;

    @Inject
    transient org.minping.web.config.ResultsSettings settings;

    @Inject
    transient org.minping.core.rectification.RectificationService rectifications;

    private String cycle;
    private String agency;
    private RankedAgency result;
    private ScoreExplanation explanation = ScoreExplanation.of(null, List.of());
    private Map<String, Localized> indicatorNames = Map.of();
    private org.minping.core.rectification.RectificationCounts rectification;

    public void load() throws IOException {
        try {
            long run = results.publishedRun(cycle == null ? "" : cycle);
            result = results.publicRanking(run, null, settings.minRaters()).stream().filter(r -> r.agencyCode().equals(agency)).findFirst()
                    .orElseThrow(() -> new CycleNotFoundException("no result for " + agency));
            explanation = ScoreExplanation.of(result.score(), results.decomposition(run, agency));
            indicatorNames = results.indicatorNames(cycle, result.track());
            rectification = rectifications.publicCounts(cycle).getOrDefault(agency,
                    new org.minping.core.rectification.RectificationCounts(0, 0, 0));
        } catch (CycleNotFoundException notPublished) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no published result");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** A readable label of a term: "办事效率 · 群众评议", or the reason of a bonus or deduction item. */
    public String label(ScoreTerm term) {
        if (term.reason() != null) {
            return messages.get("results.adjustment") + ": " + term.reason();
        }
        Localized name = indicatorNames.get(term.indicatorCode());
        return (name == null ? term.indicatorCode() : locale.name(name)) + " · " + messages.get("source." + term.source());
    }

    /** A part of the explanation in words: a source's name, or "bonus or deduction". */
    public String partName(ScoreExplanation.Part part) {
        return part.isAdjustments() ? messages.get("results.adjustment") : messages.get("source." + part.source());
    }

    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder points = Json.createArrayBuilder();
        for (ScoreExplanation.Line line : explanation.terms()) {
            labels.add(ChartLabels.lines(label(line.term())));
            points.add(line.points());
        }
        return InlineJson.safe(Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", messages.get("results.contribution")).add("data", points)
                                .add("backgroundColor", "#b71c1c"))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("maintainAspectRatio", false)
                        // Every term named beside its bar, also where the chart would skip labels to save room.
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("ticks", Json.createObjectBuilder().add("autoSkip", false)))))
                .build().toString());
    }

    public String getCycle() {
        return cycle;
    }

    public void setCycle(String cycle) {
        this.cycle = cycle;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public RankedAgency getResult() {
        return result;
    }

    /** The cycle's rectification tasks of the agency, as counts only: opened, closed, overdue. */
    public org.minping.core.rectification.RectificationCounts getRectification() {
        return rectification;
    }

    public ScoreExplanation getExplanation() {
        return explanation;
    }
}

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
import org.minping.core.evaluation.ScoreTerm;
import org.minping.core.shared.Localized;

/** One agency's published result: its score and the decomposition of that score, as a table and a chart. */
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

    private String cycle;
    private String agency;
    private RankedAgency result;
    private List<ScoreTerm> terms = List.of();
    private Map<String, Localized> indicatorNames = Map.of();

    public void load() throws IOException {
        try {
            long run = results.publishedRun(cycle == null ? "" : cycle);
            result = results.publicRanking(run, null, settings.minRaters()).stream().filter(r -> r.agencyCode().equals(agency)).findFirst()
                    .orElseThrow(() -> new CycleNotFoundException("no result for " + agency));
            terms = results.decomposition(run, agency);
            indicatorNames = results.indicatorNames(result.track());
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

    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder points = Json.createArrayBuilder();
        for (ScoreTerm term : terms) {
            labels.add(label(term));
            points.add(Math.round(term.points() * 100) / 100.0);
        }
        return InlineJson.safe(Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", messages.get("results.contribution")).add("data", points)
                                .add("backgroundColor", "#b71c1c"))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y"))
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

    public List<ScoreTerm> getTerms() {
        return terms;
    }
}

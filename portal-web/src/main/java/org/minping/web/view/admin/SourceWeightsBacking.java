package org.minping.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.minping.core.cycle.SourceWeightService;

/** How much each source counts in each leaf indicator of the edited cycle, as "track,indicator,source,weight" lines. */
@Named
@ViewScoped
public class SourceWeightsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EditedCycle cycle;

    @Inject
    transient SourceWeightService sourceWeightService;

    private String weights;

    @PostConstruct
    void load() {
        weights = sourceWeightService.weightsText(cycle.code());
    }

    public void save() {
        cycle.change(actor -> {
            sourceWeightService.replaceWeights(cycle.code(), weights, actor);
            // Shows the weights now in force, every leaf of every track, as stored.
            weights = sourceWeightService.weightsText(cycle.code());
            cycle.notice("cycle.margins.saved");
        });
    }

    public String getWeights() {
        return weights;
    }

    public void setWeights(String weights) {
        this.weights = weights;
    }
}

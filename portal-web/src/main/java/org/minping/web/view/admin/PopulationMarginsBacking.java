package org.minping.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.minping.core.cycle.CycleAdminService;

/** The population margins that raking fits the edited cycle's appraisals to, as "variable,category,share" lines. */
@Named
@ViewScoped
public class PopulationMarginsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EditedCycle cycle;

    @Inject
    transient CycleAdminService cycles;

    private String margins;

    @PostConstruct
    void load() {
        margins = cycles.marginsText(cycle.code());
    }

    /** Shows the cycle's margins as stored now, after the file form replaced them. */
    public void reload() {
        load();
    }

    public void save() {
        cycle.change(actor -> {
            cycles.replaceMargins(cycle.code(), margins, actor);
            cycle.notice("cycle.margins.saved");
        });
    }

    public String getMargins() {
        return margins;
    }

    public void setMargins(String margins) {
        this.margins = margins;
    }
}

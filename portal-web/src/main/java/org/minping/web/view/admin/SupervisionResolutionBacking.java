package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.minping.core.supervision.SupervisionService;

/** Resolves an item flagged not authentic: corrected or confirmed, with the explanation; it is scored again from the next run. */
@Named
@ViewScoped
public class SupervisionResolutionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupervisedCycle page;

    @Inject
    transient SupervisionService supervision;

    private Long item;
    private String resolution;
    private String text;

    public void resolve() {
        if (page.change("resolve", actor -> supervision.resolve(item, resolution, text, actor))) {
            page.notice("supervision.resolved");
            item = null;
            text = null;
        }
    }

    public List<String> getResolutions() {
        return List.of("CORRECTED", "CONFIRMED");
    }

    public Long getItem() {
        return item;
    }

    public void setItem(Long item) {
        this.item = item;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}

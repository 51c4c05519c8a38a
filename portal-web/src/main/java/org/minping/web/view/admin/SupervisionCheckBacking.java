package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.minping.core.supervision.SupervisionService;

/** The verdict of a record on one imported score of its agency: authentic, or not authentic (held out of scoring). */
@Named
@ViewScoped
public class SupervisionCheckBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupervisedCycle page;

    @Inject
    transient SupervisionService supervision;

    private Long record;
    private String item;
    private String verdict;
    private String note;

    public void check() {
        if (page.change("check", actor -> supervision.checkItem(record, item, verdict, note, actor))) {
            page.notice("supervision.check.recorded");
            item = null;
            note = null;
        }
    }

    public List<String> getVerdicts() {
        return List.of("AUTHENTIC", SupervisionService.NOT_AUTHENTIC);
    }

    public Long getRecord() {
        return record;
    }

    public void setRecord(Long record) {
        this.record = record;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public String getVerdict() {
        return verdict;
    }

    public void setVerdict(String verdict) {
        this.verdict = verdict;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}

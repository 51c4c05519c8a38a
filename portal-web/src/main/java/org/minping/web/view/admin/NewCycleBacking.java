package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.minping.core.cycle.CycleKind;
import org.minping.core.cycle.CycleLifecycleService;
import org.minping.core.cycle.NewCycle;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.PageProblems;

/** The form that creates a draft cycle, optionally from a copy of an earlier cycle's settings. */
@Named
@ViewScoped
public class NewCycleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient CycleLifecycleService lifecycle;

    @Inject
    transient PageProblems pageProblems;

    private String code;
    private String nameZh;
    private String nameEn;
    private CycleKind kind = CycleKind.ANNUAL;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private String copyFrom;
    private List<String> problems = new ArrayList<>();

    /** Creates the draft and opens its settings page; a refused form stays with every problem named. */
    public String create() {
        SecurityUtils.getSubject().checkPermission("cycle:manage");
        String[] created = new String[1];
        problems = new ArrayList<>(pageProblems.attempt(() -> created[0] = lifecycle.create(
                new NewCycle(code, nameZh, nameEn, kind, periodStart, periodEnd, copyFrom), currentUser.username())));
        return problems.isEmpty() ? "/admin/cycle?faces-redirect=true&code=" + created[0] : null;
    }

    public CycleKind[] getKinds() {
        return CycleKind.values();
    }

    public List<String> getProblems() {
        return problems;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public CycleKind getKind() {
        return kind;
    }

    public void setKind(CycleKind kind) {
        this.kind = kind;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public String getCopyFrom() {
        return copyFrom;
    }

    public void setCopyFrom(String copyFrom) {
        this.copyFrom = copyFrom;
    }
}

package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.minping.core.indicator.IndicatorVersionService;
import org.minping.core.indicator.IndicatorVersionService.Difference;
import org.minping.core.indicator.IndicatorVersionService.VersionEntry;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.PageProblems;

/** The indicator-system versions of every track: open one, make a draft from one, compare two. */
@Named
@ViewScoped
public class IndicatorVersionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PERMISSION = "indicator:manage";

    @Inject
    CurrentUser currentUser;

    @Inject
    transient IndicatorVersionService versions;

    @Inject
    transient PageProblems pageProblems;

    @Inject
    transient org.minping.web.view.Messages messages;

    private String before;
    private String after;
    private List<Difference> differences;
    private List<String> problems = new ArrayList<>();
    private List<VersionEntry> list = List.of();

    public void load() {
        SecurityUtils.getSubject().checkPermission(PERMISSION);
        list = versions.versions();
    }

    /** The versions as read when the page opened: the table and both comparison lists show the same. */
    public List<VersionEntry> getVersions() {
        return list;
    }

    /** Makes a draft from a version and opens it in the editor. */
    public String newDraft(String from) {
        SecurityUtils.getSubject().checkPermission(PERMISSION);
        String[] made = new String[1];
        problems = pageProblems.attempt(() -> made[0] = versions.newDraft(from, currentUser.username()));
        return made[0] == null ? null : "/admin/indicator?faces-redirect=true&version=" + made[0];
    }

    public void compare() {
        SecurityUtils.getSubject().checkPermission(PERMISSION);
        differences = null;
        problems = pageProblems.attempt(() -> differences = versions.compare(before, after));
    }

    /** What a difference is, in the page's language: "changed: weight, name". */
    public String describe(Difference difference) {
        String kind = messages.get("indicators.change." + difference.kind());
        if (difference.changed().isEmpty()) {
            return kind;
        }
        return messages.get("indicators.change.what", kind, String.join(messages.get("indicators.change.separator"),
                difference.changed().stream().map(what -> messages.get("indicators.changed." + what)).toList()));
    }

    public String getBefore() {
        return before;
    }

    public void setBefore(String before) {
        this.before = before;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }

    /** The differences of the last comparison; null before one. */
    public List<Difference> getDifferences() {
        return differences;
    }

    public List<String> getProblems() {
        return problems;
    }
}

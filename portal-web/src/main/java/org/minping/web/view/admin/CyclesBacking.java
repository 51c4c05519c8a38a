package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.shiro.SecurityUtils;
import org.minping.core.cycle.CycleLifecycleService;
import org.minping.core.evaluation.ResultsService;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.Messages;
import org.minping.web.view.PageProblems;

/** The list of cycles with their states, and the steps that open and close them. */
@Named
@ViewScoped
public class CyclesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient ResultsService results;

    @Inject
    transient CycleLifecycleService lifecycle;

    @Inject
    transient Messages messages;

    @Inject
    transient PageProblems pageProblems;

    private List<String> problems = new ArrayList<>();
    private String notice;

    public List<ResultsService.CycleView> getCycles() {
        return results.cycles();
    }

    public void open(String code) {
        step(code, lifecycle::open, "cycles.opened");
    }

    public void close(String code) {
        step(code, lifecycle::close, "cycles.closed");
    }

    private void step(String code, BiConsumer<String, String> step, String doneKey) {
        SecurityUtils.getSubject().checkPermission("cycle:manage");
        notice = null;
        problems = new ArrayList<>(pageProblems.attempt(() -> step.accept(code, currentUser.username())));
        if (problems.isEmpty()) {
            notice = messages.get(doneKey, code);
        }
    }

    public List<String> getProblems() {
        return problems;
    }

    public String getNotice() {
        return notice;
    }
}

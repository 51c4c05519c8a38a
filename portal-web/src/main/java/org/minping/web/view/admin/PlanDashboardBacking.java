package org.minping.web.view.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.minping.core.plan.PlanViews;
import org.minping.core.plan.WorkPlanService;
import org.minping.web.view.ChartLabels;
import org.minping.web.view.InlineJson;
import org.minping.web.view.LocaleBacking;
import org.minping.web.view.Messages;

/**
 * The office's dashboard of the work plans: each agency's progress and its overdue items as
 * charts (Chart.js models through {@link InlineJson}, as the results pages draw theirs), and the
 * overdue items listed, so that the charts' content is also text.
 */
@Named
@RequestScoped
public class PlanDashboardBacking {

    @Inject
    WorkPlanService plans;

    @Inject
    LocaleBacking locale;

    @Inject
    Messages messages;

    private List<PlanViews.Summary> summaries = List.of();
    private List<PlanViews.Overdue> overdue = List.of();

    public void load() {
        SecurityUtils.getSubject().checkPermission("plan:manage");
        summaries = plans.plans();
        overdue = plans.overdue();
    }

    public List<PlanViews.Summary> getSummaries() {
        return summaries;
    }

    public List<PlanViews.Overdue> getOverdue() {
        return overdue;
    }

    /** Progress per agency, 0 to 100 %. */
    public String getProgressChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (PlanViews.Summary summary : summaries) {
            labels.add(ChartLabels.lines(locale.name(summary.agencyName())));
            values.add(summary.progress());
        }
        return chart(labels, Json.createArrayBuilder().add(dataset(messages.get("plans.col.progress"), values, "#b71c1c")), 100);
    }

    /** Overdue items per agency: late tasks and a late periodic report, stacked. */
    public String getOverdueChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder tasks = Json.createArrayBuilder();
        JsonArrayBuilder reports = Json.createArrayBuilder();
        for (PlanViews.Summary summary : summaries) {
            labels.add(ChartLabels.lines(locale.name(summary.agencyName())));
            tasks.add(summary.overdueTasks());
            reports.add(summary.reportOverdue() ? 1 : 0);
        }
        return chart(labels, Json.createArrayBuilder()
                .add(dataset(messages.get("plans.dashboard.overdueTasks"), tasks, "#b71c1c"))
                .add(dataset(messages.get("plans.dashboard.overdueReports"), reports, "#546e7a")), null);
    }

    private static jakarta.json.JsonObjectBuilder dataset(String label, JsonArrayBuilder values, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", values).add("backgroundColor", colour);
    }

    private static String chart(JsonArrayBuilder labels, JsonArrayBuilder datasets, Integer max) {
        var x = Json.createObjectBuilder().add("min", 0).add("stacked", true);
        if (max != null) {
            x.add("max", max);
        } else {
            x.add("ticks", Json.createObjectBuilder().add("precision", 0));
        }
        return InlineJson.safe(Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("x", x)
                                .add("y", Json.createObjectBuilder().add("stacked", true)
                                        .add("ticks", Json.createObjectBuilder().add("autoSkip", false)))))
                .build().toString());
    }
}

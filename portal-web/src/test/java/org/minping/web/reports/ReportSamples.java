package org.minping.web.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.minping.core.evaluation.RankedAgency;
import org.minping.core.report.FeedbackReport;
import org.minping.core.report.TrackReport;
import org.minping.core.shared.Localized;

/** Reports as a published run gives them, for the writers' tests and benchmark. */
final class ReportSamples {

    static final FeedbackReport.CycleHeading CYCLE = new FeedbackReport.CycleHeading("Y2026",
            new Localized("2026 年度绩效评估", "Annual evaluation 2026"), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), 17);

    private ReportSamples() {
    }

    static RankedAgency line(String code, String nameZh, String score, String grade, int rank, Long respondents) {
        return new RankedAgency(code, new Localized(nameZh, code + " agency"), "LOCAL", score == null ? null : new BigDecimal(score), grade,
                rank, Math.max(1, rank - 1), rank + 1, false, false, respondents == null ? null : 84.5, respondents == null ? null : 80.1,
                respondents == null ? null : 88.9, respondents == null ? null : 120.4, respondents, false);
    }

    /** An agency's report with {@code indicators} indicators of two sources each, a bonus, three services and follow-up. */
    static FeedbackReport agency(String code, String nameZh, int indicators) {
        List<FeedbackReport.Term> terms = new ArrayList<>();
        for (int i = 1; i <= indicators; i++) {
            Localized name = new Localized("依法行政与政务公开第" + i + "项", "Rule of law and openness " + i);
            terms.add(new FeedbackReport.Term("L2-" + i, name, "INTERNAL", null, 1.25 + i / 100.0));
            terms.add(new FeedbackReport.Term("L2-" + i, name, "PUBLIC", null, 0.75 + i / 100.0));
        }
        terms.add(new FeedbackReport.Term(null, null, null, "=HYPERLINK(\"http://x\") innovation bonus", 1.5));
        List<FeedbackReport.CommentTheme> themes = List.of(
                new FeedbackReport.CommentTheme(new Localized("户籍办理", "Household registration"), 41, 6),
                new FeedbackReport.CommentTheme(new Localized("=1+1 不动产登记", "=1+1 Real estate"), 12, 3),
                new FeedbackReport.CommentTheme(null, 7, 2));
        return new FeedbackReport(CYCLE, line(code, nameZh, "91.27", "优秀", 2, 1290L), new Localized("地方政府", "Local governments"), 14,
                terms, new FeedbackReport.Previous("Y2025", new Localized("2025 年度绩效评估", "Annual evaluation 2025"),
                new BigDecimal("88.02"), "良好", 4), themes, new FeedbackReport.FollowUpCounts(30, 27, 22));
    }

    static TrackReport track(int agencies) {
        List<RankedAgency> ranking = new ArrayList<>();
        for (int i = 1; i <= agencies; i++) {
            ranking.add(line("A" + i, "第" + i + "机关", Double.toString(95 - i * 0.5), i <= 3 ? "优秀" : "良好", i, i % 4 == 0 ? 5L : 300L + i)
                    .suppressedBelow(10));
        }
        ranking.add(line("NONE", "无数据机关", null, null, 0, null));
        return new TrackReport(CYCLE, "LOCAL", new Localized("地方政府", "Local governments"), ranking,
                Map.of("A1", new FeedbackReport.FollowUpCounts(9, 8, 7)));
    }
}

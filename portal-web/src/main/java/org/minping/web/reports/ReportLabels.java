package org.minping.web.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.minping.core.evaluation.GradeName;
import org.minping.core.evaluation.RankedAgency;
import org.minping.core.report.FeedbackReport;
import org.minping.core.shared.Localized;
import org.minping.web.view.Messages;

/** The texts of a report in its language, shared by the PDF and the XLSX so that both say the same. */
final class ReportLabels {

    private final Messages messages;
    private final Locale locale;

    ReportLabels(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String get(String key, Object... arguments) {
        return messages.get(locale, key, arguments);
    }

    String name(Localized name) {
        return name == null ? "" : name.in(locale);
    }

    String grade(String grade) {
        GradeName name = GradeName.of(grade);
        return name == null ? get("report.none") : name.name().in(locale);
    }

    String score(BigDecimal score) {
        return score == null ? get("report.none") : score.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    String rank(RankedAgency line, int rankedInTrack) {
        if (!line.isRanked()) {
            return get("report.notRanked." + line.notRankedReason());
        }
        return get("report.rank.value", line.rank(), rankedInTrack, line.rankLow(), line.rankHigh());
    }

    String satisfaction(RankedAgency line) {
        if (line.satisfactionSuppressed()) {
            return get("report.satisfaction.suppressed");
        }
        if (line.publicMean() == null) {
            return get("report.none");
        }
        return get("report.satisfaction.value", line.publicMean(), line.publicLower(), line.publicUpper(),
                line.effectiveSample(), line.respondents());
    }

    String source(String source) {
        return get("source." + source);
    }

    String term(FeedbackReport.Term term) {
        return term.isAdjustment() ? get("report.adjustment", term.reason()) : name(term.indicatorName());
    }

    String service(FeedbackReport.CommentTheme theme) {
        return theme.service() == null ? get("report.themes.general") : name(theme.service());
    }

    String period(FeedbackReport.CycleHeading cycle) {
        return get("report.cycle", name(cycle.name()), cycle.code(), cycle.periodStart().toString(), cycle.periodEnd().toString(),
                cycle.runId());
    }
}

package org.minping.web.api;

import java.util.List;
import org.minping.core.evaluation.GradeName;
import org.minping.core.evaluation.RankedAgency;

/**
 * Writes a ranking as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese
 * names). Text cells that a spreadsheet would run as a formula are neutralized with a leading
 * apostrophe.
 */
public final class ResultsCsv {

    private ResultsCsv() {
    }

    static String write(List<RankedAgency> ranking) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("agency,name,name_en,track,score,grade,rank,rank_low,rank_high,public_mean,public_lower,public_upper,"
                + "effective_sample,respondents,incomplete,insufficient_sample,grade_code,grade_en,not_ranked_reason\r\n");
        for (RankedAgency a : ranking) {
            GradeName grade = GradeName.of(a.grade());
            csv.append(cell(a.agencyCode())).append(',').append(cell(a.agencyName().zh())).append(',')
                    .append(cell(a.agencyName().en())).append(',').append(cell(a.track())).append(',')
                    .append(a.score() == null ? "" : a.score().toPlainString()).append(',')
                    .append(cell(a.grade())).append(',').append(a.rank()).append(',').append(a.rankLow()).append(',')
                    .append(a.rankHigh()).append(',').append(number(a.publicMean())).append(',')
                    .append(number(a.publicLower())).append(',').append(number(a.publicUpper())).append(',')
                    .append(number(a.effectiveSample())).append(',')
                    .append(a.respondents() == null ? "" : a.respondents()).append(',')
                    .append(a.incomplete()).append(',').append(a.insufficientSample()).append(',')
                    .append(grade == null ? "" : cell(grade.code())).append(',')
                    .append(grade == null ? "" : cell(grade.name().en())).append(',')
                    .append(a.isRanked() ? "" : a.notRankedReason().name()).append("\r\n");
        }
        return csv.toString();
    }

    /** Quotes every text cell; a cell starting with = + - @ tab or CR gets an apostrophe first. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(java.util.Locale.ROOT, "%.4f", value);
    }
}

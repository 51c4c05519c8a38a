package org.minping.web.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.minping.core.evaluation.RankedAgency;
import org.minping.core.report.FeedbackReport;
import org.minping.core.report.TrackReport;
import org.minping.web.view.Messages;

/**
 * Feedback reports as XLSX, for departments that work the figures on: numbers as numeric cells, every
 * text as a string cell. POI never turns a string cell into a formula, so a name that begins with
 * "=" stays text, as does every other value.
 */
public final class FeedbackReportXlsx {

    private final ReportLabels labels;

    public FeedbackReportXlsx(Messages messages, Locale locale) {
        this.labels = new ReportLabels(messages, locale);
    }

    /** One agency's report: the result, the decomposition, the comments by service and the follow-up, a sheet each. */
    public byte[] agency(FeedbackReport report) {
        try (Workbook workbook = new XSSFWorkbook()) {
            CellStyle bold = bold(workbook);
            RankedAgency result = report.result();
            Sheet summary = workbook.createSheet(labels.get("report.sheet.summary"));
            int row = 0;
            text(summary, row++, bold, labels.get("report.title.agency", labels.name(result.agencyName())));
            text(summary, row++, null, labels.period(report.cycle()));
            text(summary, row++, null, labels.get("report.track", labels.name(report.trackName())));
            row++;
            row = pair(summary, row, bold, labels.get("report.agencyCode"), result.agencyCode());
            row = pair(summary, row, bold, labels.get("report.score"), result.score());
            row = pair(summary, row, bold, labels.get("report.grade"), labels.grade(result.grade()));
            row = pair(summary, row, bold, labels.get("report.rank"), labels.rank(result, report.rankedInTrack()));
            row = pair(summary, row, bold, labels.get("report.satisfaction"), labels.satisfaction(result));
            FeedbackReport.Previous previous = report.previous();
            if (previous != null) {
                row = pair(summary, row, bold, labels.get("report.previous.cycle"), labels.name(previous.cycleName()) + " (" + previous.cycleCode() + ")");
                row = pair(summary, row, bold, labels.get("report.previous.score"), previous.score());
                row = pair(summary, row, bold, labels.get("report.previous.change"), report.scoreChange());
            }
            FeedbackReport.FollowUpCounts followUp = report.followUp();
            row = pair(summary, row, bold, labels.get("report.followUp.received"), followUp == null ? 0 : followUp.received());
            row = pair(summary, row, bold, labels.get("report.followUp.answeredInTime"), followUp == null ? 0 : followUp.answeredInTime());
            pair(summary, row, bold, labels.get("report.followUp.rectified"), followUp == null ? 0 : followUp.rectified());
            summary.setColumnWidth(0, 40 * 256);
            summary.setColumnWidth(1, 60 * 256);

            Sheet terms = workbook.createSheet(labels.get("report.sheet.terms"));
            header(terms, bold, labels.get("report.terms.code"), labels.get("report.terms.indicator"), labels.get("report.terms.source"),
                    labels.get("report.terms.points"));
            int line = 1;
            for (FeedbackReport.Term term : report.terms()) {
                Row cells = terms.createRow(line++);
                cells.createCell(0).setCellValue(term.indicatorCode() == null ? "" : term.indicatorCode());
                cells.createCell(1).setCellValue(labels.term(term));
                cells.createCell(2).setCellValue(term.isAdjustment() ? "" : labels.source(term.source()));
                cells.createCell(3).setCellValue(term.points());
            }
            widths(terms, 16, 40, 16, 12);

            Sheet themes = workbook.createSheet(labels.get("report.sheet.themes"));
            header(themes, bold, labels.get("report.themes.service"), labels.get("report.themes.comments"),
                    labels.get("report.themes.dissatisfied"));
            line = 1;
            for (FeedbackReport.CommentTheme theme : report.themes()) {
                Row cells = themes.createRow(line++);
                cells.createCell(0).setCellValue(labels.service(theme));
                cells.createCell(1).setCellValue(theme.comments());
                cells.createCell(2).setCellValue(theme.dissatisfied());
            }
            widths(themes, 40, 14, 14);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A track's report: its ranking, one row per agency. */
    public byte[] track(TrackReport report) {
        try (Workbook workbook = new XSSFWorkbook()) {
            CellStyle bold = bold(workbook);
            Sheet ranking = workbook.createSheet(labels.get("report.sheet.ranking"));
            header(ranking, bold, labels.get("report.agencyCode"), labels.get("report.ranking.agency"), labels.get("report.score"),
                    labels.get("report.grade"), labels.get("report.ranking.rank"), labels.get("report.ranking.rankLow"),
                    labels.get("report.ranking.rankHigh"), labels.get("report.ranking.satisfaction"), labels.get("report.ranking.respondents"),
                    labels.get("report.followUp.received"), labels.get("report.followUp.answeredInTime"), labels.get("report.followUp.rectified"));
            int line = 1;
            for (RankedAgency agency : report.ranking()) {
                Row cells = ranking.createRow(line++);
                cells.createCell(0).setCellValue(agency.agencyCode());
                cells.createCell(1).setCellValue(labels.name(agency.agencyName()));
                number(cells, 2, agency.score());
                cells.createCell(3).setCellValue(labels.grade(agency.grade()));
                if (agency.isRanked()) {
                    cells.createCell(4).setCellValue(agency.rank());
                    cells.createCell(5).setCellValue(agency.rankLow());
                    cells.createCell(6).setCellValue(agency.rankHigh());
                } else {
                    cells.createCell(4).setCellValue(labels.get("report.notRanked." + agency.notRankedReason()));
                }
                if (agency.satisfactionSuppressed()) {
                    cells.createCell(7).setCellValue(labels.get("report.satisfaction.suppressed"));
                } else if (agency.publicMean() != null) {
                    cells.createCell(7).setCellValue(agency.publicMean());
                    cells.createCell(8).setCellValue(agency.respondents() == null ? 0 : agency.respondents());
                }
                FeedbackReport.FollowUpCounts followUp = report.followUp().get(agency.agencyCode());
                cells.createCell(9).setCellValue(followUp == null ? 0 : followUp.received());
                cells.createCell(10).setCellValue(followUp == null ? 0 : followUp.answeredInTime());
                cells.createCell(11).setCellValue(followUp == null ? 0 : followUp.rectified());
            }
            widths(ranking, 16, 36, 10, 10, 10, 10, 10, 14, 12, 12, 12, 12);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle bold(Workbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    private static void text(Sheet sheet, int row, CellStyle style, String text) {
        var cell = sheet.createRow(row).createCell(0);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A term and its value; a number stays a number, nothing becomes an empty string. */
    private int pair(Sheet sheet, int row, CellStyle bold, String term, Object value) {
        Row cells = sheet.createRow(row);
        var name = cells.createCell(0);
        name.setCellValue(term);
        name.setCellStyle(bold);
        if (value instanceof BigDecimal decimal) {
            cells.createCell(1).setCellValue(decimal.doubleValue());
        } else if (value instanceof Number number) {
            cells.createCell(1).setCellValue(number.doubleValue());
        } else if (value == null) {
            cells.createCell(1).setCellValue(labels.get("report.none"));
        } else {
            cells.createCell(1).setCellValue(value.toString());
        }
        return row + 1;
    }

    private static void number(Row cells, int column, BigDecimal value) {
        if (value != null) {
            cells.createCell(column).setCellValue(value.doubleValue());
        }
    }

    private static void header(Sheet sheet, CellStyle bold, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            var cell = row.createCell(i);
            cell.setCellValue(names[i]);
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}

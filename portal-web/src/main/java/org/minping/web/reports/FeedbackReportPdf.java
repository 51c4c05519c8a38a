package org.minping.web.reports;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.minping.core.evaluation.RankedAgency;
import org.minping.core.report.FeedbackReport;
import org.minping.core.report.TrackReport;
import org.minping.web.view.Messages;

/**
 * Feedback reports as PDF (A4), in Noto Sans SC, embedded as a subset of the glyphs used: the
 * departments that receive them may have no Chinese font, and a PDF that leans on the reader's fonts
 * shows empty boxes there.
 */
public final class FeedbackReportPdf {

    static final String FONT_RESOURCE = "/org/minping/web/reports/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

    /** Parsed once: the font file is 10 MB, and every report of a batch uses it. */
    private static final BaseFont FONT = loadFont();

    private final ReportLabels labels;
    private final Font body = new Font(FONT, 10);
    private final Font heading = new Font(FONT, 13, Font.BOLD);
    private final Font title = new Font(FONT, 17, Font.BOLD);
    private final Font small = new Font(FONT, 8);
    private final Font termFont = new Font(FONT, 10, Font.BOLD);
    private final Font columnHead = new Font(FONT, 9, Font.BOLD);
    private final Font cellText = new Font(FONT, 9);

    public FeedbackReportPdf(Messages messages, Locale locale) {
        this.labels = new ReportLabels(messages, locale);
    }

    /** One agency's report. */
    public byte[] agency(FeedbackReport report) {
        RankedAgency result = report.result();
        return write(labels.get("report.title.agency", labels.name(result.agencyName())), document -> {
            document.add(new Paragraph(labels.period(report.cycle()), body));
            document.add(new Paragraph(labels.get("report.track", labels.name(report.trackName())), body));

            section(document, labels.get("report.section.result"));
            PdfPTable facts = table(new float[] {1, 2});
            fact(facts, labels.get("report.score"), labels.score(result.score()));
            fact(facts, labels.get("report.grade"), labels.grade(result.grade()));
            fact(facts, labels.get("report.rank"), labels.rank(result, report.rankedInTrack()));
            fact(facts, labels.get("report.satisfaction"), labels.satisfaction(result));
            document.add(facts);

            section(document, labels.get("report.section.previous"));
            FeedbackReport.Previous previous = report.previous();
            if (previous == null) {
                document.add(new Paragraph(labels.get("report.previous.none"), body));
            } else {
                PdfPTable change = table(new float[] {1, 2});
                fact(change, labels.get("report.previous.cycle"), labels.name(previous.cycleName()) + " (" + previous.cycleCode() + ")");
                fact(change, labels.get("report.score"), labels.score(previous.score()));
                fact(change, labels.get("report.grade"), labels.grade(previous.grade()));
                fact(change, labels.get("report.previous.rank"), previous.rank() > 0 ? Integer.toString(previous.rank()) : labels.get("report.none"));
                fact(change, labels.get("report.previous.change"), report.scoreChange() == null ? labels.get("report.none")
                        : labels.get("report.previous.changeValue", report.scoreChange()));
                document.add(change);
            }

            section(document, labels.get("report.section.terms"));
            if (report.terms().isEmpty()) {
                document.add(new Paragraph(labels.get("report.terms.none"), body));
            }
            PdfPTable terms = table(new float[] {3, 2, 1});
            header(terms, labels.get("report.terms.indicator"), labels.get("report.terms.source"), labels.get("report.terms.points"));
            for (FeedbackReport.Term term : report.terms()) {
                row(terms, labels.term(term), term.isAdjustment() ? "" : labels.source(term.source()),
                        labels.get("report.points", term.points()));
            }
            if (!report.terms().isEmpty()) {
                document.add(terms);
            }

            section(document, labels.get("report.section.themes"));
            if (report.themes().isEmpty()) {
                document.add(new Paragraph(labels.get("report.themes.none"), body));
            } else {
                PdfPTable themes = table(new float[] {3, 1, 1});
                header(themes, labels.get("report.themes.service"), labels.get("report.themes.comments"),
                        labels.get("report.themes.dissatisfied"));
                for (FeedbackReport.CommentTheme theme : report.themes()) {
                    row(themes, labels.service(theme), Long.toString(theme.comments()), Long.toString(theme.dissatisfied()));
                }
                document.add(themes);
            }

            section(document, labels.get("report.section.followUp"));
            FeedbackReport.FollowUpCounts followUp = report.followUp();
            if (followUp == null) {
                document.add(new Paragraph(labels.get("report.followUp.none"), body));
            } else {
                PdfPTable counts = table(new float[] {2, 1});
                fact(counts, labels.get("report.followUp.received"), Long.toString(followUp.received()));
                fact(counts, labels.get("report.followUp.answeredInTime"), Long.toString(followUp.answeredInTime()));
                fact(counts, labels.get("report.followUp.rectified"), Long.toString(followUp.rectified()));
                document.add(counts);
            }
        });
    }

    /** A track's report: its ranking with each agency's follow-up. */
    public byte[] track(TrackReport report) {
        return write(labels.get("report.title.track", labels.name(report.trackName())), document -> {
            document.add(new Paragraph(labels.period(report.cycle()), body));
            section(document, labels.get("report.section.ranking"));
            PdfPTable ranking = table(new float[] {3, 1, 1, 2, 2, 1, 1});
            header(ranking, labels.get("report.ranking.agency"), labels.get("report.score"), labels.get("report.grade"),
                    labels.get("report.rank"), labels.get("report.satisfaction"), labels.get("report.followUp.received"),
                    labels.get("report.followUp.answeredInTime"));
            int ranked = (int) report.ranking().stream().filter(RankedAgency::isRanked).count();
            for (RankedAgency line : report.ranking()) {
                FeedbackReport.FollowUpCounts followUp = report.followUp().get(line.agencyCode());
                row(ranking, labels.name(line.agencyName()), labels.score(line.score()), labels.grade(line.grade()),
                        labels.rank(line, ranked), labels.satisfaction(line),
                        followUp == null ? "0" : Long.toString(followUp.received()),
                        followUp == null ? "0" : Long.toString(followUp.answeredInTime()));
            }
            document.add(ranking);
        });
    }

    private interface Content {
        void add(Document document) throws DocumentException;
    }

    private byte[] write(String heading, Content content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter.getInstance(document, bytes);
        document.addTitle(heading);
        document.addCreator("MinPing");
        document.open();
        try {
            Paragraph top = new Paragraph(heading, title);
            top.setAlignment(Element.ALIGN_CENTER);
            top.setSpacingAfter(12);
            document.add(top);
            content.add(document);
            Paragraph note = new Paragraph(labels.get("report.footer"), small);
            note.setSpacingBefore(18);
            document.add(note);
        } catch (DocumentException e) {
            throw new IllegalStateException("the report could not be laid out", e);
        }
        document.close();
        return bytes.toByteArray();
    }

    private void section(Document document, String text) throws DocumentException {
        Paragraph section = new Paragraph(text, heading);
        section.setSpacingBefore(14);
        section.setSpacingAfter(6);
        document.add(section);
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    private void fact(PdfPTable table, String name, String value) {
        table.addCell(cell(name, termFont));
        table.addCell(cell(value, body));
    }

    private void header(PdfPTable table, String... texts) {
        for (String text : texts) {
            PdfPCell cell = cell(text, columnHead);
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
    }

    private void row(PdfPTable table, String... texts) {
        for (String text : texts) {
            table.addCell(cell(text, cellText));
        }
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        return cell;
    }

    private static BaseFont loadFont() {
        try (InputStream in = FeedbackReportPdf.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the report font " + FONT_RESOURCE + " is not on the class path");
            }
            return BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("the report font cannot be read", e);
        }
    }
}

package org.minping.web.reports;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.minping.core.report.FeedbackReport;
import org.minping.core.shared.Localized;
import org.minping.web.view.Messages;

/** The report files read back as their readers read them: PDF text by PDFBox, XLSX cells by POI. */
class FeedbackReportFilesTest {

    private final Messages messages = new Messages();

    @Test
    void theAgencyPdfSaysScoreGradeRankAndSatisfactionInChineseWithTheFontEmbedded() throws IOException {
        byte[] pdf = new FeedbackReportPdf(messages, Locale.SIMPLIFIED_CHINESE).agency(ReportSamples.agency("HZ", "杭州市人民政府", 12));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertAll(
                    () -> assertTrue(text.contains("杭州市人民政府 绩效评估结果反馈报告"), text),
                    () -> assertTrue(text.contains("综合得分"), text),
                    () -> assertTrue(text.contains("91.27"), text),
                    () -> assertTrue(text.contains("优秀"), text),
                    () -> assertTrue(text.contains("第 2 名（共 14 名"), text),
                    () -> assertTrue(text.contains("评价人数 1290"), text),
                    () -> assertTrue(text.contains("+3.25"), "the change since the previous cycle: " + text),
                    () -> assertTrue(text.contains("户籍办理"), text),
                    () -> assertTrue(text.contains("依法行政与政务公开第12项"), text));
            for (PDFont font : fonts(document)) {
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
            }
        }
    }

    @Test
    void anAgencyNoSourceScoredIsSaidSoNotLeftAsAnEmptyTable() throws IOException {
        FeedbackReport.CycleHeading cycle = ReportSamples.CYCLE;
        FeedbackReport unscored = new FeedbackReport(cycle, ReportSamples.line("NONE", "无数据机关", null, null, 0, null),
                new Localized("地方政府", "Local governments"), 14, List.of(), null, List.of(), null);
        String text = new PDFTextStripper().getText(Loader.loadPDF(new FeedbackReportPdf(messages, Locale.SIMPLIFIED_CHINESE).agency(unscored)));
        assertAll(
                () -> assertTrue(text.contains("不参与排名：无任何来源的数据"), text),
                () -> assertTrue(text.contains("本周期没有任何来源为该机关计分。"), text),
                () -> assertTrue(text.contains("没有同类型的上一周期的已发布结果。"), text),
                () -> assertTrue(text.contains("本周期没有差评。"), text));
    }

    @Test
    void theEnglishPdfSpeaksEnglishOnly() throws IOException {
        byte[] pdf = new FeedbackReportPdf(messages, Locale.ENGLISH).agency(ReportSamples.agency("HZ", "杭州市人民政府", 3));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Feedback report on the performance evaluation of HZ agency"), text);
            assertTrue(text.contains("Excellent"), text);
            assertTrue(text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), text);
        }
    }

    @Test
    void theTrackPdfListsEveryAgencyWithTheSuppressedSatisfactionSaidSo() throws IOException {
        byte[] pdf = new FeedbackReportPdf(messages, Locale.SIMPLIFIED_CHINESE).track(ReportSamples.track(40));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace("\n", "");
            assertTrue(document.getNumberOfPages() >= 2, "40 agencies take more than a page");
            assertTrue(text.contains("第40机关"), text);
            assertTrue(text.contains("无数据机关"), text);
            assertTrue(text.contains("不参与排名"), text);
            assertTrue(text.contains("评价人数低于公布下限，不予显示"), "every fourth agency has 5 respondents: " + text);
        }
    }

    @Test
    void theAgencyWorkbookKeepsNumbersAsNumbersAndFormulaLikeTextAsText() throws IOException {
        byte[] xlsx = new FeedbackReportXlsx(messages, Locale.SIMPLIFIED_CHINESE).agency(ReportSamples.agency("HZ", "=杭州市人民政府", 5));
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(3, workbook.getNumberOfSheets());
            Sheet summary = workbook.getSheetAt(0);
            Cell score = valueOf(summary, "综合得分");
            assertEquals(CellType.NUMERIC, score.getCellType());
            assertEquals(91.27, score.getNumericCellValue(), 1e-9);
            assertEquals("优秀", valueOf(summary, "等次").getStringCellValue());
            assertEquals(CellType.STRING, summary.getRow(0).getCell(0).getCellType());
            assertTrue(summary.getRow(0).getCell(0).getStringCellValue().startsWith("=杭州市人民政府"));
            Sheet terms = workbook.getSheetAt(1);
            assertEquals(5 * 2 + 1, terms.getLastRowNum(), "a row per term under the header");
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertTrue(cell.getCellType() != CellType.FORMULA, sheet.getSheetName() + "!" + cell.getAddress() + " is a formula");
                    }
                }
            }
        }
    }

    @Test
    void theTrackWorkbookHasARowPerAgency() throws IOException {
        byte[] xlsx = new FeedbackReportXlsx(messages, Locale.ENGLISH).track(ReportSamples.track(20));
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet ranking = workbook.getSheetAt(0);
            assertEquals(21, ranking.getLastRowNum());
            assertEquals("A1", ranking.getRow(1).getCell(0).getStringCellValue());
            assertEquals(1, ranking.getRow(1).getCell(4).getNumericCellValue());
            assertEquals(9, ranking.getRow(1).getCell(9).getNumericCellValue());
            assertEquals("Not ranked: no source has data", ranking.getRow(21).getCell(4).getStringCellValue());
        }
    }

    private static Cell valueOf(Sheet sheet, String term) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && term.equals(first.getStringCellValue())) {
                return row.getCell(1);
            }
        }
        throw new AssertionError("no row " + term);
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        assertTrue(!fonts.isEmpty(), "the PDF has fonts");
        return fonts;
    }
}

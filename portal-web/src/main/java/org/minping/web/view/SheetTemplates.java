package org.minping.web.view;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.minping.core.assessment.ScoreSheetService.ScoredLine;
import org.minping.core.assessment.ScoreSheetService.TemplateLine;
import org.minping.web.api.ResultsCsv;

/**
 * An evaluator's score-sheet template, as CSV or XLSX: the columns the upload reads (agency,
 * indicator, score) and two more naming agency and indicator in Chinese and English, which the
 * upload ignores. Names come from the database, so they are neutralized: CSV cells that a
 * spreadsheet would take for a formula get a leading apostrophe; XLSX cells are written as strings,
 * which spreadsheet programs never evaluate.
 */
public final class SheetTemplates {

    static final List<String> HEADER = List.of("agency", "indicator", "score", "机关 agency name", "指标 indicator name");

    private SheetTemplates() {
    }

    public static void csv(List<TemplateLine> lines, Writer out) throws IOException {
        scoredCsv(lines.stream().map(line -> new ScoredLine(line, null)).toList(), out);
    }

    /** A stored sheet in the template's form, scores filled in: it uploads again as it is. */
    public static void scoredCsv(List<ScoredLine> lines, Writer out) throws IOException {
        // A byte-order mark, so that spreadsheet programs read the Chinese names as UTF-8.
        out.write('\uFEFF');
        out.write(String.join(",", HEADER) + "\r\n");
        for (ScoredLine scored : lines) {
            TemplateLine line = scored.line();
            out.write(ResultsCsv.cell(line.agencyCode()) + "," + ResultsCsv.cell(line.indicatorCode()) + ","
                    + (scored.score() == null ? "" : scored.score().stripTrailingZeros().toPlainString()) + ","
                    + ResultsCsv.cell(line.agencyName()) + "," + ResultsCsv.cell(line.indicatorName()) + "\r\n");
        }
    }

    /** Written by POI's streaming writer: a national template is a few thousand rows, kept out of the heap. */
    public static void xlsx(List<TemplateLine> lines, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("sheet");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(HEADER.get(i));
                cell.setCellStyle(bold);
            }
            int index = 1;
            for (TemplateLine line : lines) {
                Row row = sheet.createRow(index++);
                row.createCell(0).setCellValue(line.agencyCode());
                row.createCell(1).setCellValue(line.indicatorCode());
                row.createCell(3).setCellValue(line.agencyName());
                row.createCell(4).setCellValue(line.indicatorName());
            }
            sheet.setColumnWidth(3, 40 * 256);
            sheet.setColumnWidth(4, 40 * 256);
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        }
    }
}

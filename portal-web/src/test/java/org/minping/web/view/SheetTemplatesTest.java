package org.minping.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.minping.core.assessment.ScoreSheetService.TemplateLine;
import org.minping.web.security.XlsxSheets;

/** Templates carry names from the database: formula-looking ones must stay inert text in both formats. */
class SheetTemplatesTest {

    private static final List<TemplateLine> LINES = List.of(
            new TemplateLine("HZ", "LAW", "杭州市人民政府 Hangzhou", "依法行政 Law-based administration"),
            new TemplateLine("SZ", "LAW", "=HYPERLINK(\"http://example.invalid\",\"click\")", "+1-2"),
            new TemplateLine("SZ", "DUTY", "@SUM(A1:A9)", "-3\tx"));

    @Test
    void theCsvTemplateHasABomTheUploadHeaderAndNeutralizedNames() throws Exception {
        StringWriter out = new StringWriter();
        SheetTemplates.csv(LINES, out);
        List<String> lines = out.toString().lines().toList();
        assertEquals("\uFEFFagency,indicator,score,机关 agency name,指标 indicator name", lines.get(0));
        assertEquals("\"HZ\",\"LAW\",,\"杭州市人民政府 Hangzhou\",\"依法行政 Law-based administration\"", lines.get(1));
        assertEquals("\"SZ\",\"LAW\",,\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"click\"\")\",\"'+1-2\"", lines.get(2));
        assertEquals("\"SZ\",\"DUTY\",,\"'@SUM(A1:A9)\",\"'-3\tx\"", lines.get(3));
    }

    @Test
    void theXlsxTemplateHoldsOnlyTextCellsAndReadsBackAsTheUploadExpects() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetTemplates.xlsx(LINES, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(1, workbook.getNumberOfSheets());
            int cells = 0;
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertEquals(CellType.STRING, cell.getCellType(), "no formula: " + cell.getAddress());
                    cells++;
                }
            }
            assertEquals(5 + LINES.size() * 4, cells, "the score column is left empty");
            assertEquals("=HYPERLINK(\"http://example.invalid\",\"click\")", workbook.getSheetAt(0).getRow(2).getCell(3).getStringCellValue(),
                    "kept verbatim, as a string");
        }
        String csv = XlsxSheets.firstSheetAsCsv(out.toByteArray());
        assertTrue(csv.startsWith("\"agency\",\"indicator\",\"score\",\"机关 agency name\",\"指标 indicator name\"\n"), csv);
        assertTrue(csv.contains("\"SZ\",\"DUTY\",\"\",\"@SUM(A1:A9)\""), csv);
    }
}

package org.minping.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** XLSX sheets read by streaming, and crafted hostile workbooks refused (SECURITY.md cases 8-10). */
class XlsxSheetsTest {

    @Test
    void aWorkbookIsReadAsCsvWithItsValuesAsShown() throws Exception {
        String csv = XlsxSheets.firstSheetAsCsv(workbook());
        assertEquals("\"agency\",\"indicator\",\"score\"\n\"HZ\",\"LAW\",\"85.5\"\n\"HZ\",\"=SUM(1,2)\",\"90\"\n", csv);
        assertTrue(UploadChecks.detectedType(workbook()).contains("zip") || UploadChecks.detectedType(workbook()).contains("ooxml"),
                UploadChecks.detectedType(workbook()));
    }

    @Test
    void anExternalEntityIsNeverResolved() throws Exception {
        byte[] xxe = rewrite(workbook(), "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("<worksheet",
                "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><worksheet")
                .replace("<v>90</v>", "<v>&xxe;</v>"));
        XlsxSheets.UnreadableWorkbookException refused = assertThrows(XlsxSheets.UnreadableWorkbookException.class,
                () -> XlsxSheets.firstSheetAsCsv(xxe));
        assertFalse(String.valueOf(refused.getCause()).contains("root:"));
    }

    /** SECURITY.md: no outbound connection. A listening loopback socket sees whether the parser tried to fetch anything. */
    @Test
    void neitherAnExternalEntityNorAnExternalDtdMakesAConnection() throws Exception {
        try (java.nio.channels.ServerSocketChannel listener = java.nio.channels.ServerSocketChannel.open()) {
            listener.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0));
            listener.configureBlocking(false);
            String url = "http://127.0.0.1:" + ((java.net.InetSocketAddress) listener.getLocalAddress()).getPort();
            byte[] entity = rewrite(workbook(), "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("<worksheet",
                    "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + url + "/entity\">]><worksheet").replace("<v>90</v>", "<v>&xxe;</v>"));
            byte[] dtd = rewrite(workbook(), "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("<worksheet",
                    "<!DOCTYPE worksheet SYSTEM \"" + url + "/dtd\"><worksheet"));
            byte[] sharedStrings = rewrite(workbook(), "xl/sharedStrings.xml", xml -> xml.replaceFirst("<sst",
                    "<!DOCTYPE sst [<!ENTITY % remote SYSTEM \"" + url + "/parameter\"> %remote;]><sst"));
            for (byte[] hostile : java.util.List.of(entity, dtd, sharedStrings)) {
                assertThrows(XlsxSheets.UnreadableWorkbookException.class, () -> XlsxSheets.firstSheetAsCsv(hostile));
            }
            // The parse is synchronous: a connection it had opened would be waiting to be accepted now.
            assertEquals(null, listener.accept(), "the parser connected to " + url);
        }
    }

    @Test
    void aBillionLaughsIsRefusedWithoutExpanding() throws Exception {
        StringBuilder entities = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY l0 \"ha\">");
        for (int i = 1; i <= 12; i++) {
            entities.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        entities.append("]><worksheet");
        byte[] laughs = rewrite(workbook(), "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("<worksheet", entities.toString())
                .replace("<v>90</v>", "<v>&l12;</v>"));
        assertThrows(XlsxSheets.UnreadableWorkbookException.class, () -> XlsxSheets.firstSheetAsCsv(laughs));
    }

    @Test
    void aZipBombIsRefusedBeforeItInflates() throws Exception {
        // 40 MB of one character compresses to about 40 KB: a ratio no real sheet has.
        byte[] bomb = rewrite(workbook(), "xl/worksheets/sheet1.xml", xml -> xml.replace("</worksheet>",
                "<!--" + " ".repeat(40 * 1024 * 1024) + "--></worksheet>"));
        assertTrue(bomb.length < 1024 * 1024, "the bomb is small: " + bomb.length);
        XlsxSheets.UnreadableWorkbookException refused = assertThrows(XlsxSheets.UnreadableWorkbookException.class,
                () -> XlsxSheets.firstSheetAsCsv(bomb));
        assertTrue(String.valueOf(refused.getCause()).toLowerCase().contains("zip bomb"), String.valueOf(refused.getCause()));
    }

    @Test
    void twoEntriesOfOneNameAreRefused() throws Exception {
        // sheet2.xml added, then renamed in the bytes to sheet1.xml: same length, so the zip stays well-formed.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook())); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    zip.putNextEntry(new ZipEntry("xl/worksheets/sheet2.xml"));
                    zip.write(new String(content, StandardCharsets.UTF_8).replace("HZ", "XX").getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
        }
        byte[] twin = new String(out.toByteArray(), StandardCharsets.ISO_8859_1)
                .replace("xl/worksheets/sheet2.xml", "xl/worksheets/sheet1.xml").getBytes(StandardCharsets.ISO_8859_1);
        XlsxSheets.UnreadableWorkbookException refused = assertThrows(XlsxSheets.UnreadableWorkbookException.class,
                () -> XlsxSheets.firstSheetAsCsv(twin));
        assertTrue(refused.getMessage().contains("appears twice"), refused.getMessage());
    }

    @Test
    void somethingElseWithAnXlsxNameIsRefused() {
        assertThrows(XlsxSheets.UnreadableWorkbookException.class,
                () -> XlsxSheets.firstSheetAsCsv("<html><body>not a workbook</body></html>".getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("sheet");
            String[][] cells = {{"agency", "indicator", "score"}, {"HZ", "LAW", null}, {"HZ", "=SUM(1,2)", null}};
            for (int r = 0; r < cells.length; r++) {
                XSSFRow row = sheet.createRow(r);
                row.createCell(0).setCellValue(cells[r][0]);
                row.createCell(1).setCellValue(cells[r][1]);
                if (r == 0) {
                    row.createCell(2).setCellValue("score");
                } else {
                    row.createCell(2).setCellValue(r == 1 ? 85.5 : 90);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The same package with one entry's XML changed: how hostile workbooks are made. */
    private static byte[] rewrite(byte[] xlsx, String entry, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}

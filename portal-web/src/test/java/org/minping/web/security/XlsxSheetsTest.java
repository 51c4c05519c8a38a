package org.minping.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** XLSX sheets read by streaming, and crafted hostile workbooks refused (SECURITY.md cases 8-10). */
class XlsxSheetsTest {

    @Test
    void aWorkbookIsReadAsCsvWithItsValuesAsShown() throws Exception {
        String csv = XlsxSheets.firstSheetAsCsv(CraftedWorkbooks.workbook());
        assertEquals("\"agency\",\"indicator\",\"score\"\n\"HZ\",\"LAW\",\"85.5\"\n\"HZ\",\"=SUM(1,2)\",\"90\"\n", csv);
        assertTrue(UploadChecks.detectedType(CraftedWorkbooks.workbook()).contains("zip") || UploadChecks.detectedType(CraftedWorkbooks.workbook()).contains("ooxml"),
                UploadChecks.detectedType(CraftedWorkbooks.workbook()));
    }

    @Test
    void anExternalEntityIsNeverResolved() throws Exception {
        byte[] xxe = CraftedWorkbooks.externalEntity("file:///etc/passwd");
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
            byte[] entity = CraftedWorkbooks.externalEntity(url + "/entity");
            byte[] dtd = CraftedWorkbooks.rewrite(CraftedWorkbooks.workbook(), "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("<worksheet",
                    "<!DOCTYPE worksheet SYSTEM \"" + url + "/dtd\"><worksheet"));
            byte[] sharedStrings = CraftedWorkbooks.rewrite(CraftedWorkbooks.workbook(), "xl/sharedStrings.xml", xml -> xml.replaceFirst("<sst",
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
        byte[] laughs = CraftedWorkbooks.billionLaughs();
        assertThrows(XlsxSheets.UnreadableWorkbookException.class, () -> XlsxSheets.firstSheetAsCsv(laughs));
    }

    @Test
    void aZipBombIsRefusedBeforeItInflates() throws Exception {
        byte[] bomb = CraftedWorkbooks.zipBomb();
        assertTrue(bomb.length < 1024 * 1024, "the bomb is small: " + bomb.length);
        XlsxSheets.UnreadableWorkbookException refused = assertThrows(XlsxSheets.UnreadableWorkbookException.class,
                () -> XlsxSheets.firstSheetAsCsv(bomb));
        assertTrue(String.valueOf(refused.getCause()).toLowerCase().contains("zip bomb"), String.valueOf(refused.getCause()));
    }

    @Test
    void twoEntriesOfOneNameAreRefused() throws Exception {
        byte[] twin = CraftedWorkbooks.duplicateEntries();
        XlsxSheets.UnreadableWorkbookException refused = assertThrows(XlsxSheets.UnreadableWorkbookException.class,
                () -> XlsxSheets.firstSheetAsCsv(twin));
        assertTrue(refused.getMessage().contains("appears twice"), refused.getMessage());
    }

    @Test
    void somethingElseWithAnXlsxNameIsRefused() {
        assertThrows(XlsxSheets.UnreadableWorkbookException.class,
                () -> XlsxSheets.firstSheetAsCsv("<html><body>not a workbook</body></html>".getBytes(StandardCharsets.UTF_8)));
    }
}

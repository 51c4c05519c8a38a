package org.minping.web.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first worksheet of an XLSX upload as CSV text, with POI's streaming (SAX) reader: no
 * workbook is built in memory, POI's hardened XML parsers refuse external entities and entity
 * expansion, and the zip-bomb guard refuses entries that inflate beyond a ratio or a size.
 */
public final class XlsxSheets {

    /** Rows read at most; the sheet rules cap rows anyway. */
    static final int MAX_ROWS = 100_001;

    static {
        // An entry may not inflate more than 100 times nor beyond 50 MB: far more than any real sheet.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(50L * 1024 * 1024);
    }

    /** The workbook is not a readable XLSX, or it is hostile. */
    public static final class UnreadableWorkbookException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableWorkbookException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private XlsxSheets() {
    }

    /** The first sheet's rows as CSV lines, every cell quoted, values as the cells show them. */
    public static String firstSheetAsCsv(byte[] xlsx) throws UnreadableWorkbookException {
        refuseDuplicateEntries(xlsx);
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            List<List<String>> rows = new ArrayList<>();
            XSSFSheetXMLHandler.SheetContentsHandler collector = new XSSFSheetXMLHandler.SheetContentsHandler() {
                private List<String> current;

                @Override
                public void startRow(int rowNum) {
                    if (rows.size() >= MAX_ROWS) {
                        throw new IllegalStateException("more than " + MAX_ROWS + " rows");
                    }
                    while (rows.size() < rowNum) {
                        rows.add(List.of());
                    }
                    current = new ArrayList<>();
                }

                @Override
                public void endRow(int rowNum) {
                    rows.add(current);
                }

                @Override
                public void cell(String reference, String value, XSSFComment comment) {
                    int column = new org.apache.poi.ss.util.CellReference(reference).getCol();
                    while (current.size() < column) {
                        current.add("");
                    }
                    current.add(value == null ? "" : value);
                }
            };
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableWorkbookException("the workbook has no sheet", null);
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, collector, new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
            StringBuilder csv = new StringBuilder();
            for (List<String> row : rows) {
                csv.append(String.join(",", row.stream().map(XlsxSheets::quoted).toList())).append('\n');
            }
            return csv.toString();
        } catch (UnreadableWorkbookException e) {
            throw e;
        } catch (Exception e) {
            // Whatever POI refuses (a zip bomb, a DOCTYPE, a broken package) is an unreadable workbook.
            throw new UnreadableWorkbookException("not a readable XLSX workbook: " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * A package with two entries of one name can show one part to one reader and another to the
     * next; such a file is refused before any of it is parsed. The entries are walked the way POI
     * reads them (Commons Compress, local headers, data descriptors allowed), and at most 50 MB in
     * all is inflated on the way, so a bomb costs no more here than in POI's own guard.
     */
    static void refuseDuplicateEntries(byte[] xlsx) throws UnreadableWorkbookException {
        java.util.Set<String> names = new java.util.HashSet<>();
        byte[] buffer = new byte[8192];
        long inflated = 0;
        try (org.apache.commons.compress.archivers.zip.ZipArchiveInputStream zip =
                     new org.apache.commons.compress.archivers.zip.ZipArchiveInputStream(new ByteArrayInputStream(xlsx), "UTF-8", true, true)) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!names.add(entry.getName())) {
                    throw new UnreadableWorkbookException("not a readable XLSX workbook: the entry " + entry.getName()
                            + " appears twice", null);
                }
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    inflated += n;
                    if (inflated > ZipSecureFile.getMaxEntrySize()) {
                        throw new UnreadableWorkbookException("not a readable XLSX workbook: it inflates beyond "
                                + ZipSecureFile.getMaxEntrySize() / (1024 * 1024) + " MB", null);
                    }
                }
            }
        } catch (IOException e) {
            throw new UnreadableWorkbookException("not a readable XLSX workbook: " + e.getClass().getSimpleName(), e);
        }
    }

    private static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}

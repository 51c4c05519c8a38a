package org.minping.web.security;

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

/** Hostile workbooks made from a small good one (SECURITY.md cases 8-10), for the tests and the heap benchmark. */
public final class CraftedWorkbooks {

    private CraftedWorkbooks() {
    }

    /** An external entity whose value would be the file or URL named. */
    public static byte[] externalEntity(String systemId) throws IOException {
        return rewrite(workbook(), "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("<worksheet",
                "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + systemId + "\">]><worksheet").replace("<v>90</v>", "<v>&xxe;</v>"));
    }

    /** Twelve levels of tenfold entity expansion: 10^12 "ha"s if expanded. */
    public static byte[] billionLaughs() throws IOException {
        StringBuilder entities = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY l0 \"ha\">");
        for (int i = 1; i <= 12; i++) {
            entities.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        entities.append("]><worksheet");
        return rewrite(workbook(), "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("<worksheet", entities.toString())
                .replace("<v>90</v>", "<v>&l12;</v>"));
    }

    /** 40 MB of one character in the sheet's XML, compressing to about 40 KB: a ratio no real sheet has. */
    public static byte[] zipBomb() throws IOException {
        return rewrite(workbook(), "xl/worksheets/sheet1.xml", xml -> xml.replace("</worksheet>",
                "<!--" + " ".repeat(40 * 1024 * 1024) + "--></worksheet>"));
    }

    /** A second worksheet entry renamed in the bytes to the first's name: same length, so the zip stays well-formed. */
    public static byte[] duplicateEntries() throws IOException {
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
        return new String(out.toByteArray(), StandardCharsets.ISO_8859_1)
                .replace("xl/worksheets/sheet2.xml", "xl/worksheets/sheet1.xml").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A good workbook: agency, indicator, score; one indicator cell looks like a formula but is text. */
    public static byte[] workbook() throws IOException {
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
    public static byte[] rewrite(byte[] xlsx, String entry, UnaryOperator<String> change) throws IOException {
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

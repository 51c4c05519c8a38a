package org.minping.web.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Report files fetched with a browser's session and read as their readers read them: PDF text by PDFBox, XLSX by POI. */
final class ReportDownloads {

    private ReportDownloads() {
    }

    /** The browser's session cookie, to fetch what the page links to as the signed-in person. */
    static String session(Browser browser) {
        return browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
    }

    static HttpResponse<byte[]> get(String address, String session) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address))
                .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The number beside a term in the first sheet of a workbook (POI opens it, or this fails). */
    static double workbookNumber(byte[] xlsx, String term) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getCell(0) != null && term.equals(row.getCell(0).getStringCellValue())) {
                    return row.getCell(1).getNumericCellValue();
                }
            }
        }
        throw new AssertionError("the workbook has no row " + term);
    }
}

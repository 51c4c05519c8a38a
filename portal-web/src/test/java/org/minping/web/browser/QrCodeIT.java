package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.minping.web.it.Http;
import org.minping.web.browser.pages.AgenciesPage;
import org.minping.web.browser.pages.AgencyPage;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.QrPosterPage;
import org.minping.web.it.PortalExtension.Portal;
import org.minping.web.it.PortalExtension.Portal.Hall;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * QR codes of services and service halls: each scans to the form's address, and that address opens
 * the form with the service or hall chosen; a hall's poster shows its name and address; a code that
 * is not the agency's makes no code and no poster.
 */
class QrCodeIT extends BrowserTestBase {

    @Test
    void theQrCodeOfAServiceOpensTheFormWithTheServiceChosen(Portal portal) throws Exception {
        Http http = new Http(portal.baseUrl());
        String scanned = scan(http, "/api/v1/agencies/HZ/qr.png?service=HZ-BIZ");
        assertEquals(portal.baseUrl() + "/agency?code=HZ&service=HZ-BIZ", scanned);

        assertEquals(404, http.get("/api/v1/agencies/HZ/qr.png?service=NOPE").statusCode());
        assertEquals(404, http.get("/api/v1/agencies/NOPE/qr.png").statusCode());
        assertEquals(404, http.get("/qr?code=HZ&service=NOPE").statusCode());

        browser.driver().get(scanned);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("agency-name")));
        assertEquals("HZ-BIZ", new Select(browser.driver().findElement(By.id("appraisal:service")))
                .getFirstSelectedOption().getAttribute("value"));

        browser.go("/qr?code=HZ&service=HZ-BIZ");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("qr-heading")));
        assertTrue(browser.driver().findElement(By.id("qr-service")).getText().length() > 0);
        browser.waiting().until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('qr-image').naturalWidth;")).intValue() > 0);
        assertTrue(URI.create(browser.driver().findElement(By.id("qr-image")).getAttribute("src")).getPath()
                .endsWith("/api/v1/agencies/HZ/qr.png"), "the poster shows the service's code");
    }

    @Test
    void theQrPosterOfAHallShowsItsNameAndAddressAndOpensTheFormWithTheHallChosen(Portal portal) throws Exception {
        Hall hall = portal.addServiceHall("HZ");
        Hall elsewhere = portal.addServiceHall("SZ");
        Http http = new Http(portal.baseUrl());
        String scanned = scan(http, "/api/v1/agencies/HZ/qr.png?hall=" + hall.code());
        assertEquals(portal.baseUrl() + "/agency?code=HZ&hall=" + hall.code(), scanned);

        // Another agency's hall, an unknown code and a malformed one: no code and no poster, as for a service.
        for (String notHers : List.of(elsewhere.code(), "HZ-HALL-0", "..%2F%3Cb%3E")) {
            assertEquals(404, http.get("/api/v1/agencies/HZ/qr.png?hall=" + notHers).statusCode(), notHers);
            assertEquals(404, http.get("/qr?code=HZ&hall=" + notHers).statusCode(), notHers);
        }

        QrPosterPage poster = QrPosterPage.ofHall(browser, "HZ", hall.code());
        assertEquals(hall.nameZh(), poster.hallName());
        assertEquals(hall.addressZh(), poster.hallAddress());
        assertEquals("/api/v1/agencies/HZ/qr.png?hall=" + hall.code(), poster.imageAddress(), "the poster shows the hall's code");
        browser.useLanguage("en");
        poster = QrPosterPage.ofHall(browser, "HZ", hall.code());
        assertEquals(hall.nameEn(), poster.hallName());
        assertEquals(hall.addressEn(), poster.hallAddress());

        AgencyPage form = AgencyPage.follow(browser, scanned);
        assertEquals(hall.code(), form.valueOf("hall"));
        assertEquals("Served at (optional) " + hall.nameEn(), form.hallField());
    }

    @Test
    void anAdministratorPrintsAHallsPosterFromTheHallsTable(Portal portal) throws Exception {
        Hall hall = portal.addServiceHall("FJ");
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        QrPosterPage poster = AgenciesPage.open(browser, "FJ").posterOf(hall.code());
        assertEquals(hall.nameZh(), poster.hallName());
        assertEquals(hall.addressZh(), poster.hallAddress());
    }

    /** The PNG at the address, read as a QR code and nothing else, as printed on a poster: carefully. */
    private static String scan(Http http, String path) throws Exception {
        HttpResponse<byte[]> png = http.client().send(http.request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, png.statusCode(), path);
        // The container adds its response charset to every type; the media type is what matters.
        assertTrue(png.headers().firstValue("Content-Type").orElseThrow().startsWith("image/png"));
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png.body()))))),
                java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE,
                        com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}

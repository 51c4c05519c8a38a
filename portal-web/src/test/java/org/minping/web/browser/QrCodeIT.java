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
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A service hall's QR code: it scans to the form's address, and that address opens the form with the service chosen. */
class QrCodeIT extends BrowserTestBase {

    @Test
    void theQrCodeOfAServiceOpensTheFormWithTheServiceChosen(Portal portal) throws Exception {
        Http http = new Http(portal.baseUrl());
        HttpResponse<byte[]> png = http.client().send(http.request("/api/v1/agencies/HZ/qr.png?service=HZ-BIZ").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, png.statusCode());
        // The container adds its response charset to every type; the media type is what matters.
        assertTrue(png.headers().firstValue("Content-Type").orElseThrow().startsWith("image/png"));
        // the image is a code and nothing else, as printed on a poster: read it as such, carefully
        String scanned = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png.body()))))),
                java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE,
                        com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
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
}

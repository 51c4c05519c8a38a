package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** SECURITY.md case 11: a file over the limit is refused with a clear message, and nothing is stored. */
class OversizedUploadIT extends BrowserTestBase {

    @Test
    void aFileOverFiveMegabytesIsRefusedByName(Portal portal, @TempDir Path dir) throws Exception {
        long before = portal.count("SELECT COUNT(*) FROM imported_score");
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        upload(sheetOf(dir, 6));
        assertEquals(1, browser.driver().findElements(By.cssSelector("#cycle-problems li")).stream()
                .filter(e -> e.getText().contains("5 MB")).count(), "the page names the problem beside its form");
        assertEquals(before, portal.count("SELECT COUNT(*) FROM imported_score"));
    }

    @Test
    void aRequestBeyondAnyFormIsRefusedBeforeItIsRead(Portal portal, @TempDir Path dir) throws Exception {
        long before = portal.count("SELECT COUNT(*) FROM imported_score");
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        upload(sheetOf(dir, 12));
        assertEquals("413", browser.driver().findElement(By.id("error-title")).getAttribute("data-error"));
        assertTrue(browser.driver().findElement(By.tagName("main")).getText().contains("5 MB"));
        assertEquals(before, portal.count("SELECT COUNT(*) FROM imported_score"));
    }

    private void upload(Path file) {
        browser.go("/admin/cycle?code=2026");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("internal:file")));
        browser.driver().findElement(By.id("internal:file")).sendKeys(file.toAbsolutePath().toString());
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("internal:upload")));
    }

    private static Path sheetOf(Path dir, int megabytes) throws java.io.IOException {
        Path big = dir.resolve("big-" + megabytes + ".csv");
        StringBuilder csv = new StringBuilder("agency,indicator,score\n");
        while (csv.length() < megabytes * 1024 * 1024) {
            csv.append("HZ,LAW,80\n");
        }
        Files.writeString(big, csv);
        return big;
    }
}

package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minping.web.it.ApiRater;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** On a phone: a receipt is found from the home page however its code is typed, and /agency puts the form first. */
class ReceiptLookupIT extends BrowserTestBase {

    @Test
    void aReceiptTypedInSmallLettersWithoutHyphensIsFoundFromTheHomePage(Portal portal) throws Exception {
        String receipt = ApiRater.anonymous(portal).receipt("{\"agencyCode\":\"HZ\",\"overall\":4,\"comment\":\"查询测试 "
                + UUID.randomUUID().toString().substring(0, 6) + "\"}");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.go("/");
        String typed = receipt.toLowerCase(Locale.ROOT).replace("-", " ");
        browser.driver().findElement(By.id("receipt-lookup-code")).sendKeys(typed);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("receipt-lookup-submit")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-code")));
        assertEquals(receipt, browser.driver().findElement(By.id("receipt-code")).getText());

        browser.go("/receipt?receipt=MP-00000-00000");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-lookup")));
        assertTrue(browser.driver().findElements(By.id("receipt-code")).isEmpty(), "an unknown code finds nothing");
    }

    @Test
    void theAppraisalFormComesBeforeTheCommentsOnAPhone(Portal portal) throws Exception {
        ApiRater.anonymous(portal).receipt("{\"agencyCode\":\"XJ\",\"overall\":5,\"comment\":\"表单在前 "
                + UUID.randomUUID().toString().substring(0, 6) + "\"}");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.go("/agency?code=XJ");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("comments")));
        Object formFirst = ((JavascriptExecutor) browser.driver()).executeScript(
                "return !!(document.getElementById('appraisal').compareDocumentPosition(document.getElementById('comments'))"
                        + " & Node.DOCUMENT_POSITION_FOLLOWING);");
        assertEquals(Boolean.TRUE, formFirst, "the form precedes the list of comments");
    }
}

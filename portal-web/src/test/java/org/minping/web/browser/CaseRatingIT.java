package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.AgencyPage;
import org.minping.web.browser.pages.ReceiptPage;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;

/**
 * 一事一评 in the browser: a service case is rated once, through the link with its rating code that
 * its citizen got; a second try, from any device, gets a message, not an error page.
 */
class CaseRatingIT extends BrowserTestBase {

    @Test
    @DisplayName("Finding 3: a case rated in one browser → refused in another, with the message")
    void aSecondRatingOfTheSameCaseIsRefusedWithAMessage(Portal portal) throws Exception {
        String number = "HZ-WEB-" + UUID.randomUUID().toString().substring(0, 8);
        Http http = new Http(portal.baseUrl());
        String body = "{\"agencyCode\":\"HZ\",\"caseNumber\":\"" + number + "\",\"closedAt\":\""
                + LocalDateTime.now(ZoneOffset.UTC).minusHours(1).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + "\"}";
        var created = http.send(http.request("/api/v1/service-cases").header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("agency:agency-demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
        assertEquals(201, created.statusCode(), created.body());
        String link = Http.object(created).getString("ratingLink");

        // a stranger who knows the number but not the code cannot take the case's rating
        AgencyPage guess = AgencyPage.open(browser, "HZ").rateOverall(5).caseNumber(number).submitExpectingErrors();
        assertFalse(guess.errorBeside("caseCode").isBlank(), "the missing code is named beside its field");
        assertEquals(0, portal.count("SELECT COUNT(*) FROM appraisal WHERE case_number = '" + number + "'"));

        // the citizen follows the link from the slip: number and code are filled in
        browser.driver().manage().deleteAllCookies();
        AgencyPage citizen = AgencyPage.follow(browser, link);
        assertEquals(number, citizen.valueOf("caseNumber"));
        assertEquals(Http.object(created).getString("ratingCode"), citizen.valueOf("caseCode"));
        ReceiptPage receipt = citizen.rateOverall(4).submit();
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal WHERE receipt = '" + receipt.receiptCode()
                + "' AND case_number = '" + number + "' AND service_case_id IS NOT NULL"));

        AgencyPage again = AgencyPage.follow(browser, link).rateOverall(1).submitExpectingErrors();
        assertTrue(again.errorBeside("caseNumber").contains("一事一评"), again.errorBeside("caseNumber"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal WHERE case_number = '" + number + "'"));

        // a new device cookie buys no second rating: the case has its one
        browser.driver().manage().deleteAllCookies();
        AgencyPage stranger = AgencyPage.follow(browser, link).rateOverall(1).submitExpectingErrors();
        assertTrue(stranger.errorBeside("caseNumber").contains("一事一评"), stranger.errorBeside("caseNumber"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal WHERE case_number = '" + number + "'"));
    }
}

package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.AgencyPage;
import org.minping.web.browser.pages.ReceiptPage;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;

/** 一事一评 in the browser: a service case is rated once; a second try, from any device, gets a message, not an error page. */
class CaseRatingIT extends BrowserTestBase {

    @Test
    void aSecondRatingOfTheSameCaseIsRefusedWithAMessage(Portal portal) throws Exception {
        String number = "HZ-WEB-" + UUID.randomUUID().toString().substring(0, 8);
        Http http = new Http(portal.baseUrl());
        String body = "{\"agencyCode\":\"HZ\",\"caseNumber\":\"" + number + "\",\"closedAt\":\""
                + LocalDateTime.now(ZoneOffset.UTC).minusHours(1).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + "\"}";
        var created = http.send(http.request("/api/v1/service-cases").header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("agency:agency-demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
        assertEquals(201, created.statusCode(), created.body());

        ReceiptPage receipt = AgencyPage.open(browser, "HZ").rateOverall(4).caseNumber(number).submit();
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal WHERE receipt = '" + receipt.receiptCode()
                + "' AND case_number = '" + number + "' AND service_case_id IS NOT NULL"));

        AgencyPage again = AgencyPage.open(browser, "HZ").rateOverall(1).caseNumber(number).submitExpectingErrors();
        assertTrue(again.errorBeside("caseNumber").contains("一事一评"), again.errorBeside("caseNumber"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal WHERE case_number = '" + number + "'"));

        // a new device cookie buys no second rating: the case has its one
        browser.driver().manage().deleteAllCookies();
        AgencyPage stranger = AgencyPage.open(browser, "HZ").rateOverall(1).caseNumber(number).submitExpectingErrors();
        assertTrue(stranger.errorBeside("caseNumber").contains("一事一评"), stranger.errorBeside("caseNumber"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal WHERE case_number = '" + number + "'"));
    }
}

package org.minping.web.browser;

import java.time.LocalDate;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.ScoringPage;
import org.minping.web.it.PortalExtension.Portal;

/** A cycle of public-page tests, scored and published by the administrator through the scoring page. */
final class PublishedCycle {

    static final String CODE = "IT-PUBLIC";

    private PublishedCycle() {
    }

    /** Creates the cycle if no test has, runs it and publishes the run; leaves the browser logged out. */
    static void publish(Browser browser, Portal portal) throws Exception {
        portal.createCycle(CODE, "公开页面测试", "Public pages test", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
        portal.closeCycle(CODE);
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        ScoringPage scoring = ScoringPage.open(browser, CODE);
        scoring.publish(scoring.startRunAndWait());
        browser.logOut();
    }
}

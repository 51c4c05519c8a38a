package org.minping.web.browser;

import java.sql.Connection;
import java.sql.Statement;
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
        try (Connection db = portal.database(); Statement sql = db.createStatement()) {
            sql.executeUpdate("""
                    INSERT IGNORE INTO evaluation_cycle (code, name_zh, name_en, period_start, period_end, level_scores,
                      shrinkage_k, min_effective_n, grade_bands, max_bonus, max_deduction, sensitivity_draws, sensitivity_seed)
                    VALUES ('IT-PUBLIC', '公开页面测试', 'Public pages test', '2026-01-01', '2026-12-31', '0,25,50,75,100', 10, 30,
                      '优秀:90,良好:80,合格:60,不合格:-', 5, 5, 20, 3)""");
        }
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        ScoringPage scoring = ScoringPage.open(browser, CODE);
        scoring.publish(scoring.startRunAndWait());
        browser.logOut();
    }
}

package org.minping.web.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.minping.web.it.PortalExtension.Portal;
import org.minping.web.it.PortalTest;

/** Browser tests against the running portal: a fresh headless Chromium, with a fresh profile, for every test. */
@PortalTest
abstract class BrowserTestBase {

    protected Browser browser;

    @BeforeEach
    void openBrowser(Portal portal) throws Exception {
        browser = Browser.open(portal.baseUrl());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}

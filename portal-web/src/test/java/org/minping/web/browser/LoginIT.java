package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;

/**
 * Security finding: five wrong passwords used to lock the real owner out for minutes. Now a
 * stranger's failures make the name ask for a proof of work, which the owner's browser solves on
 * the login page: the owner signs in as usual.
 */
class LoginIT extends BrowserTestBase {

    @Test
    @DisplayName("Finding 7: a stranger's failed logins do not lock the owner out")
    void theOwnerSignsInAfterAStrangersFailures(Portal portal) throws Exception {
        String owner = portal.copyOfAccount("citizen");
        for (int i = 0; i < 5; i++) {
            new Http(portal.baseUrl()).logIn(owner, "guess-" + i);
        }
        assertTrue(new Http(portal.baseUrl()).logIn(owner, "citizen-demo").body().contains("id=\"login-proof\""),
                "a scripted attempt without the proof is refused");

        LoginPage.open(browser).logInAs(owner, "citizen-demo");
        assertTrue(browser.driver().getPageSource().contains("nav-logout"), "signed in through the page");
    }
}

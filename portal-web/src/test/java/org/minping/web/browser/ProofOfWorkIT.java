package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.AgencyPage;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.JavascriptExecutor;

/** Anonymous ratings carry a solved proof of work; a missing or replayed solution is refused with a message. */
class ProofOfWorkIT extends BrowserTestBase {

    private static final String PAYLOAD = "return document.querySelector(\"input[name='altcha']\").value;";
    private static final String REPLACE = "document.querySelector(\"input[name='altcha']\").value = arguments[0];";

    @Test
    @DisplayName("Catalogue 15: a missing or replayed proof of work on the form → refused with a message, nothing stored")
    void anAnonymousRatingNeedsAFreshSolution(Portal portal) throws Exception {
        AgencyPage first = AgencyPage.open(browser, "JL").rateOverall(4).awaitProofOfWork();
        String solution = (String) script().executeScript(PAYLOAD);
        first.submit();

        long stored = portal.count("SELECT COUNT(*) FROM appraisal");
        AgencyPage replayed = AgencyPage.open(browser, "JL").rateOverall(4).awaitProofOfWork();
        script().executeScript(REPLACE, solution);
        replayed.submitAsIsExpectingErrors();
        assertFalse(replayed.errorBeside("altcha").isBlank(), "a solution counts once");

        AgencyPage missing = AgencyPage.open(browser, "JL").rateOverall(4).awaitProofOfWork();
        script().executeScript(REPLACE, "");
        missing.submitAsIsExpectingErrors();
        assertFalse(missing.errorBeside("altcha").isBlank(), "no solution, no rating");
        assertEquals(stored, portal.count("SELECT COUNT(*) FROM appraisal"), "nothing stored");
    }

    private JavascriptExecutor script() {
        return (JavascriptExecutor) browser.driver();
    }
}

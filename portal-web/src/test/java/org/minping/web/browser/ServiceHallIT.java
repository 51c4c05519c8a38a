package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.AgencyPage;
import org.minping.web.browser.pages.ReceiptPage;
import org.minping.web.it.PortalExtension.Portal;
import org.minping.web.it.PortalExtension.Portal.Hall;

/**
 * Service halls (政务服务大厅) reach citizens: the agency's page lists them in the visitor's
 * language, a hall's link opens the form with the hall chosen and the appraisal records it, and a
 * hall posted by hand that is not one of the agency's is refused by name.
 */
class ServiceHallIT extends BrowserTestBase {

    @Test
    void theAgencyPageListsItsHallsWithTheirAddressesInTheVisitorsLanguage(Portal portal) throws Exception {
        Hall hall = portal.addServiceHall("SZ");
        Hall elsewhere = portal.addServiceHall("HZ");

        AgencyPage page = AgencyPage.open(browser, "SZ");
        assertEquals("政务服务大厅", page.hallsHeading());
        assertEquals(List.of(hall.nameZh(), hall.addressZh()), page.halls().get(hall.code()));
        assertFalse(page.halls().containsKey(elsewhere.code()), "another agency's hall is not listed");

        browser.useLanguage("en");
        page = AgencyPage.open(browser, "SZ");
        assertEquals("Service halls", page.hallsHeading());
        assertEquals(List.of(hall.nameEn(), hall.addressEn()), page.halls().get(hall.code()));
    }

    @Test
    @DisplayName("A citizen opens a hall's link, rates, and the stored appraisal names the hall")
    void aCitizenRatesFromAHallsLinkAndTheAppraisalRecordsTheHall(Portal portal) throws Exception {
        Hall hall = portal.addServiceHall("HZ");
        AgencyPage form = AgencyPage.follow(browser, "/agency?code=HZ&hall=" + hall.code());
        assertEquals("办理的服务大厅（可选） " + hall.nameZh(), form.hallField());

        ReceiptPage receipt = form.rateOverall(4).submit();
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal a JOIN service_hall h ON h.id = a.hall_id"
                + " WHERE a.receipt = '" + receipt.receiptCode() + "' AND h.code = '" + hall.code() + "'"));
    }

    @Test
    @DisplayName("A hall posted by hand that is not the agency's is refused beside the field, in the bundles' words; nothing is stored")
    void aHallOfAnotherAgencyPostedByHandIsRefusedByName(Portal portal) throws Exception {
        portal.addServiceHall("HZ");
        Hall elsewhere = portal.addServiceHall("SZ");
        long before = portal.count("SELECT COUNT(*) FROM appraisal");

        AgencyPage form = AgencyPage.open(browser, "HZ").rateOverall(4).forgeHall(elsewhere.code()).submitExpectingErrors();
        assertEquals("办理的服务大厅：请从列表中选择。", form.errorBeside("hall"));
        assertEquals(before, portal.count("SELECT COUNT(*) FROM appraisal"));
    }
}

package org.minping.web.view;

import java.io.Serializable;
import java.util.List;
import org.minping.core.twofactor.TwoFactorService;
import org.minping.web.api.QrCodes;

/**
 * Two-factor sign-in being set up on a page: the offered secret as a QR code for the app and as
 * text for typing in by hand, and, once a code has confirmed it, the recovery codes shown this once.
 * Kept in the page's view state on the server, never in the browser.
 */
public final class TwoFactorSetup implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Pixels per side of the QR code on the screen. */
    private static final int QR_SIZE = 240;

    private final TwoFactorService.Enrolment enrolment;
    private final String qrDataUri;
    private List<String> recoveryCodes = List.of();

    TwoFactorSetup(TwoFactorService.Enrolment enrolment) {
        this.enrolment = enrolment;
        this.qrDataUri = QrCodes.pngDataUri(enrolment.uri(), QR_SIZE);
    }

    TwoFactorService.Enrolment enrolment() {
        return enrolment;
    }

    public String getQrDataUri() {
        return qrDataUri;
    }

    /** The secret in groups of four, as apps that take it by hand show it. */
    public String getSecretText() {
        return enrolment.secret().replaceAll("(.{4})(?=.)", "$1 ");
    }

    void confirmed(List<String> codes) {
        recoveryCodes = List.copyOf(codes);
    }

    public boolean isConfirmed() {
        return !recoveryCodes.isEmpty();
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }
}

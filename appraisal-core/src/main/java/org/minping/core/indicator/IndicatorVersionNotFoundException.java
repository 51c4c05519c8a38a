package org.minping.core.indicator;

/** No indicator-system version has the requested code. */
public class IndicatorVersionNotFoundException extends org.minping.core.shared.UnknownSubjectException {

    private static final long serialVersionUID = 1L;

    public IndicatorVersionNotFoundException(String code) {
        super("no indicator-system version with code " + code);
    }
}

package org.minping.core.appraisal;

import java.util.Arrays;
import java.util.Optional;

/** Age band of a respondent, one of the optional survey weighting variables. */
public enum AgeBand {
    UNDER_18("<18"),
    FROM_18_TO_29("18-29"),
    FROM_30_TO_44("30-44"),
    FROM_45_TO_59("45-59"),
    FROM_60("60+");

    private final String code;

    AgeBand(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<AgeBand> ofCode(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
    }
}

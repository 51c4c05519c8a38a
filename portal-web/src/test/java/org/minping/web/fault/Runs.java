package org.minping.web.fault;

import java.security.SecureRandom;

/** Codes that mark one test's appraisals: letters only, so the intake rules leave them as they are. */
final class Runs {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Runs() {
    }

    static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return code.toString();
    }
}

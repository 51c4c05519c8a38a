package org.minping.core.twofactor;

import org.minping.core.shared.FieldError;

/** The answer to a typed code: accepted (and whether a recovery code was spent, with how many are left), or refused and why. */
public record SecondFactorCheck(Refusal refusal, boolean recoveryCode, int recoveryCodesLeft) {

    /** Why a code was refused; each says so about the field "code". */
    public enum Refusal {
        /** Neither six digits nor a recovery code. */
        MALFORMED,
        /** Not the code of the account's app now, nor one of its recovery codes. */
        WRONG,
        /** The code of a step that was used already. */
        REPLAYED,
        /** A recovery code that was used already. */
        RECOVERY_USED;

        /** The problem the page shows beside the field. */
        public FieldError problem() {
            return switch (this) {
                case MALFORMED -> new FieldError("code", "twoFactor.format",
                        "enter the 6 digits your authenticator app shows, or one of your recovery codes");
                case WRONG -> new FieldError("code", "twoFactor.wrong",
                        "this code is not correct: enter the code your app shows now (check the phone's time)");
                case REPLAYED -> new FieldError("code", "twoFactor.replayed",
                        "this code has been used already: wait for the next code in your app");
                case RECOVERY_USED -> new FieldError("code", "twoFactor.recoveryUsed",
                        "this recovery code has been used already: each works once");
            };
        }
    }

    static SecondFactorCheck accepted(boolean recoveryCode, int left) {
        return new SecondFactorCheck(null, recoveryCode, left);
    }

    static SecondFactorCheck refused(Refusal refusal) {
        return new SecondFactorCheck(refusal, false, 0);
    }

    public boolean isAccepted() {
        return refusal == null;
    }
}

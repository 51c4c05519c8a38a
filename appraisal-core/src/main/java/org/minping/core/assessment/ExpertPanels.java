package org.minping.core.assessment;

import java.util.List;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;

/** What the expert panel services share: the longest comment or reason, how the audit trail names a panel, one refusal. */
final class ExpertPanels {

    /** The most characters (code points) a score's comment, a step aside or an administrator's reason may have. */
    static final int MAX_COMMENT = 500;

    private ExpertPanels() {
    }

    static String auditSubject(String cycleCode, String trackCode) {
        return "panel:" + cycleCode + "/" + trackCode;
    }

    static InvalidInputException invalid(String field, String code, String message, Object... arguments) {
        return new InvalidInputException(List.of(new FieldError(field, code, message, arguments)));
    }
}

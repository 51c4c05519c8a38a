package org.minping.core.rectification;

import java.util.List;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;

/**
 * A count of working days as an office types it. ASCII digits, and the full-width digits of a
 * Chinese input method (１０) read as the same digits; any other character (other scripts' digits,
 * signs, spaces inside, decimals) is refused, so that what is stored is what the person meant.
 */
public final class WorkingDays {

    public static final int MIN = 1;
    public static final int MAX = 120;

    private WorkingDays() {
    }

    /** The count, or a refusal naming {@code field} with the range. */
    public static int parse(String field, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() || text.length() > 4) {
            throw refusal(field);
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit;
            if (c >= '0' && c <= '9') {
                digit = c - '0';
            } else if (c >= '\uFF10' && c <= '\uFF19') {
                digit = c - '\uFF10';
            } else {
                throw refusal(field);
            }
            value = value * 10 + digit;
        }
        if (value < MIN || value > MAX) {
            throw refusal(field);
        }
        return value;
    }

    private static InvalidInputException refusal(String field) {
        return new InvalidInputException(List.of(new FieldError(field, "rectification.workingDays",
                "give a whole number of working days from " + MIN + " to " + MAX, MIN, MAX)));
    }
}

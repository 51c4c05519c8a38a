package org.minping.moderation.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in comments and blanks it out before the comment is stored: resident
 * identity numbers (18 characters with a valid check character), mainland mobile numbers (also
 * written with +86, spaces or dashes) and e-mail addresses. The stored text keeps none of the
 * original digits.
 */
public final class PersonalData {

    static final String ID_MASK = "[身份证号]";
    static final String MOBILE_MASK = "[手机号]";
    static final String EMAIL_MASK = "[邮箱]";

    private static final Pattern ID_CANDIDATE = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[0-9Xx])(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile(
            "(?<!\\d)(?:(?:\\+|00)?86[\\s-]?)?1[3-9]\\d(?:[\\s-]?\\d{4}){2}(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] ID_CHECK = "10X98765432".toCharArray();

    private PersonalData() {
    }

    /** The text with personal data replaced, and whether anything was replaced. */
    public record Redaction(String text, boolean redacted) {
    }

    public static Redaction redact(String comment) {
        if (comment == null || comment.isEmpty()) {
            return new Redaction(comment, false);
        }
        String text = comment;
        Matcher ids = ID_CANDIDATE.matcher(text);
        StringBuilder withoutIds = new StringBuilder();
        while (ids.find()) {
            ids.appendReplacement(withoutIds, Matcher.quoteReplacement(
                    isResidentIdentityNumber(ids.group(1)) ? ID_MASK : ids.group(1)));
        }
        ids.appendTail(withoutIds);
        text = withoutIds.toString();
        text = MOBILE.matcher(text).replaceAll(Matcher.quoteReplacement(MOBILE_MASK));
        text = EMAIL.matcher(text).replaceAll(Matcher.quoteReplacement(EMAIL_MASK));
        return new Redaction(text, !text.equals(comment));
    }

    /** The check character of GB 11643: Σ digit × weight mod 11 indexes "10X98765432". */
    public static boolean isResidentIdentityNumber(String candidate) {
        if (candidate == null || candidate.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = candidate.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * ID_WEIGHTS[i];
        }
        return Character.toUpperCase(candidate.charAt(17)) == ID_CHECK[sum % 11];
    }
}

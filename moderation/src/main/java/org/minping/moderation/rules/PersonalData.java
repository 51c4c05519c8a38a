package org.minping.moderation.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in comments and blanks it out before the comment is stored: resident
 * identity numbers (18 characters with a valid check character, or 15 digits with a real birth
 * date), mobile numbers, landlines, IPv4 addresses and e-mail addresses — also when written in
 * look-alike ways (full-width digits, Chinese numerals, separators between the digits, invisible
 * characters). Matching reads the {@link FoldedText folded} comment; the mask replaces exactly the
 * original characters, so the stored text keeps none of the original digits in any writing.
 */
public final class PersonalData {

    /**
     * Raised whenever the rules find more than before: the portal then redacts every stored comment
     * again at its next start (its repeatable migration {@code RedactStoredComments} keys on it).
     */
    public static final int RULES_VERSION = 2;

    /** What was found, and the mask that replaces it. */
    enum Kind {
        RESIDENT_ID("[身份证号]"), MOBILE("[手机号]"), LANDLINE("[座机号]"), IP_ADDRESS("[IP地址]"), EMAIL("[邮箱]");

        final String mask;

        Kind(String mask) {
            this.mask = mask;
        }
    }

    /** A span of the original comment that holds personal data. */
    record Finding(int start, int end, Kind kind) {
    }

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|0?[1-9]\\d|0{0,2}\\d)";
    private static final String DOT = " ?[.·・] ?";
    private static final Pattern IPV4 = Pattern.compile(
            "(?<![0-9.vV])" + OCTET + "(?:" + DOT + OCTET + "){3}(?![0-9]|" + DOT + "\\d)");

    private PersonalData() {
    }

    /** The text with personal data replaced, and whether anything was replaced. */
    public record Redaction(String text, boolean redacted) {
    }

    public static Redaction redact(String comment) {
        if (comment == null || comment.isEmpty()) {
            return new Redaction(comment, false);
        }
        FoldedText folded = FoldedText.fold(comment);
        // Addresses first: their structure names them better than their digits do (an IPv4
        // address's digits may also read as a phone number), and a tie keeps the first.
        List<Finding> findings = new ArrayList<>();
        findAll(folded, EMAIL, Kind.EMAIL, address -> true, findings);
        findAll(folded, IPV4, Kind.IP_ADDRESS, PersonalData::isNoSectionNumber, findings);
        findings.addAll(PersonalNumbers.find(folded.joinDigitRuns()));
        if (findings.isEmpty()) {
            return new Redaction(comment, false);
        }
        return new Redaction(mask(comment, findings), true);
    }

    /** Whether the 18 characters are a resident identity number: GB 11643's check character. */
    public static boolean isResidentIdentityNumber(String candidate) {
        return PersonalNumbers.isResidentIdentityNumber(candidate);
    }

    private static void findAll(FoldedText folded, Pattern pattern, Kind kind, Predicate<String> accepted,
                                List<Finding> findings) {
        Matcher matcher = pattern.matcher(folded.text());
        while (matcher.find()) {
            if (accepted.test(matcher.group())) {
                findings.add(new Finding(folded.originalStart(matcher.start()), folded.originalEnd(matcher.end()), kind));
            }
        }
    }

    /** Four single digits (第1.2.3.4条) number a section; no subscriber's address is written that way. */
    private static boolean isNoSectionNumber(String address) {
        return address.chars().filter(c -> c >= '0' && c <= '9').count() > 4;
    }

    /**
     * Replaces every finding; overlapping findings become one mask (of the longest), so a mask only
     * ever grows over what was found, never leaves part of it.
     */
    private static String mask(String comment, List<Finding> findings) {
        findings.sort(Comparator.comparingInt(Finding::start));
        StringBuilder masked = new StringBuilder(comment.length());
        int copied = 0;
        int i = 0;
        while (i < findings.size()) {
            Finding longest = findings.get(i);
            int start = Math.max(copied, openingBracketBefore(comment, longest));
            int end = longest.end();
            for (i++; i < findings.size() && findings.get(i).start() < end; i++) {
                Finding overlapping = findings.get(i);
                end = Math.max(end, overlapping.end());
                if (overlapping.end() - overlapping.start() > longest.end() - longest.start()) {
                    longest = overlapping;
                }
            }
            masked.append(comment, copied, start).append(longest.kind().mask);
            copied = end;
        }
        return masked.append(comment, copied, comment.length()).toString();
    }

    /** An area code in brackets, (0571)87654321, loses its opening bracket too, not only the closing one. */
    private static int openingBracketBefore(String comment, Finding finding) {
        if (finding.start() == 0) {
            return finding.start();
        }
        char before = comment.charAt(finding.start() - 1);
        String inside = comment.substring(finding.start(), finding.end());
        boolean closedInside = (before == '(' && inside.indexOf(')') >= 0) || (before == '（' && inside.indexOf('）') >= 0);
        return closedInside ? finding.start() - 1 : finding.start();
    }
}

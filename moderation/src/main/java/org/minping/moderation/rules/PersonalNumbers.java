package org.minping.moderation.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the numbers that identify a person in a text whose digit runs are joined
 * ({@link FoldedText#joinDigitRuns()}): resident identity numbers, mobile numbers, landlines.
 *
 * <p>A number is a stretch of a digit run between two places where a number may begin or end: the
 * run's ends, dropped separators, a change between Arabic digits and Chinese numerals, and any
 * place inside Chinese numerals (those are also words, as in 一三八…八一直打不通). So
 * {@code 13812345678 13912345678} is two mobiles, while twelve digits written together are no
 * mobile at all.
 */
final class PersonalNumbers {

    /** An 11-digit mobile from 13 to 19, with the country code if any. */
    private static final Pattern MOBILE = Pattern.compile("(?:0086|86)?1[3-9]\\d{9}");

    /**
     * An area code (010, 02x, or four digits from 03) and a local number of 7 or 8 digits not
     * starting with 0; after the country code the leading 0 may be left out.
     */
    private static final Pattern LANDLINE = Pattern.compile("(?:(?:0086|86)0?|0)(?:10|2\\d|[3-9]\\d{2})[1-9]\\d{6,7}");

    /** A local number without its area code, taken for a phone only where a word says it is one. */
    private static final Pattern LOCAL_NUMBER = Pattern.compile("[2-9]\\d{6,7}");
    private static final Pattern PHONE_WORD_BEFORE = Pattern.compile(
            "(?i)(?:电话|座机|固话|致电|拨打|tel|phone)[^0-9]{0,6}$");

    /** The provinces of GB/T 2260 that first-generation identity numbers begin with. */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82", "83");

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] ID_CHECK = "10X98765432".toCharArray();

    /** The longest number looked for: 18 characters of an identity number. */
    private static final int LONGEST = 18;

    private PersonalNumbers() {
    }

    static List<PersonalData.Finding> find(FoldedText joined) {
        String text = joined.text();
        List<PersonalData.Finding> findings = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!FoldedText.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int runStart = i;
            while (i < text.length() && FoldedText.isDigit(text.charAt(i))) {
                i++;
            }
            int digitsEnd = i;
            boolean checkCharacterX = digitsEnd < text.length() && (text.charAt(digitsEnd) == 'X' || text.charAt(digitsEnd) == 'x')
                    && !isAsciiLetterOrDigit(text, digitsEnd + 1);
            int runEnd = checkCharacterX ? digitsEnd + 1 : digitsEnd;
            findIn(joined, new Run(runStart, digitsEnd, runEnd), findings);
            i = runEnd;
        }
        return findings;
    }

    /** The 18-character number of GB 11643: Σ digit × weight mod 11 indexes "10X98765432". */
    static boolean isResidentIdentityNumber(String candidate) {
        if (candidate == null || candidate.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = candidate.charAt(i);
            if (!FoldedText.isDigit(c)) {
                return false;
            }
            sum += (c - '0') * ID_WEIGHTS[i];
        }
        return Character.toUpperCase(candidate.charAt(17)) == ID_CHECK[sum % 11];
    }

    /**
     * The 15-digit number of the first generation (until 2013): province and region (6 digits),
     * birth date as YYMMDD in the 1900s (a real date), a sequence of 3 digits.
     */
    static boolean isFirstGenerationIdentityNumber(String candidate) {
        if (candidate == null || candidate.length() != 15 || !candidate.chars().allMatch(c -> c >= '0' && c <= '9')
                || !PROVINCES.contains(candidate.substring(0, 2))) {
            return false;
        }
        try {
            LocalDate.of(1900 + Integer.parseInt(candidate.substring(6, 8)), Integer.parseInt(candidate.substring(8, 10)),
                    Integer.parseInt(candidate.substring(10, 12)));
            return true;
        } catch (DateTimeException notADate) {
            return false;
        }
    }

    /** A run of digits in the joined text, with its identity number check character X if it ends in one. */
    private record Run(int start, int digitsEnd, int end) {
    }

    private static void findIn(FoldedText joined, Run run, List<PersonalData.Finding> findings) {
        List<Integer> bounds = new ArrayList<>();
        bounds.add(run.start());
        for (int k = run.start() + 1; k < run.digitsEnd(); k++) {
            if (joined.separatedBefore(k) || joined.isNumeral(k - 1) || joined.isNumeral(k)) {
                bounds.add(k);
            }
        }
        bounds.add(run.digitsEnd());
        if (run.end() > run.digitsEnd()) {
            bounds.add(run.end());
        }
        for (int a = 0; a < bounds.size(); a++) {
            for (int b = a + 1; b < bounds.size() && bounds.get(b) - bounds.get(a) <= LONGEST; b++) {
                classify(joined, run, bounds.get(a), bounds.get(b), findings);
            }
        }
    }

    private static void classify(FoldedText joined, Run run, int start, int end, List<PersonalData.Finding> findings) {
        String text = joined.text();
        String candidate = text.substring(start, end);
        boolean standsAlone = (start > run.start() || !isAsciiLetter(text, start - 1))
                && (end < run.digitsEnd() || !isAsciiLetter(text, end));
        if (standsAlone && (isResidentIdentityNumber(candidate) || isFirstGenerationIdentityNumber(candidate))) {
            findings.add(finding(joined, start, end, PersonalData.Kind.RESIDENT_ID));
        } else if (end > run.digitsEnd()) {
            return;
        } else if (MOBILE.matcher(candidate).matches()) {
            findings.add(finding(joined, withPlus(text, run, start, candidate), end, PersonalData.Kind.MOBILE));
        } else if (LANDLINE.matcher(candidate).matches()
                || start == run.start() && end == run.digitsEnd() && LOCAL_NUMBER.matcher(candidate).matches()
                && PHONE_WORD_BEFORE.matcher(text.substring(Math.max(0, start - 16), start)).find()) {
            findings.add(finding(joined, withPlus(text, run, start, candidate), end, PersonalData.Kind.LANDLINE));
        }
    }

    /** Where a number written with its country code starts: at the plus sign of {@code +86}. */
    private static int withPlus(String text, Run run, int start, String candidate) {
        return start == run.start() && start > 0 && text.charAt(start - 1) == '+' && candidate.startsWith("86") ? start - 1 : start;
    }

    private static PersonalData.Finding finding(FoldedText joined, int start, int end, PersonalData.Kind kind) {
        return new PersonalData.Finding(joined.originalStart(start), joined.originalEnd(end), kind);
    }

    private static boolean isAsciiLetter(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isAsciiLetterOrDigit(String text, int index) {
        return isAsciiLetter(text, index) || index < text.length() && FoldedText.isDigit(text.charAt(index));
    }
}

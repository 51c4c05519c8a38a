package org.minping.web.security;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks for known personal data in any text, whatever its writing: both the text and the values
 * sought are folded alike (escapes of HTML, JSON and URLs decoded; NFKC, so full-width digits and
 * letters become ASCII; Chinese numerals, also the capital forms, and any other script's decimal
 * digits become digits; lower case; everything but letters, digits and @ dropped), so
 * {@code １３９ ５７１４-６８２３}, {@code 一三九五七一四六八二三} and {@code 139.5714.6823} are one number.
 * Written independently of the portal's own folding, so a gap in that one is not mirrored here.
 */
final class PersonalDataScan {

    private static final Map<Integer, Character> CHINESE_NUMERALS = chineseNumerals();
    private static final Pattern HTML_ENTITY = Pattern.compile("&#(?:[xX]([0-9A-Fa-f]{1,6})|([0-9]{1,7}));");
    private static final Pattern JSON_ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");
    private static final Pattern PERCENT_RUN = Pattern.compile("(?:%[0-9A-Fa-f]{2})+");
    private static final int CONTEXT = 24;

    /** A value sought, by what it is ("phone", "client address") and folded. */
    record Needle(String kind, String folded) {
    }

    private final List<Needle> needles = new ArrayList<>();

    /** Seeks the value (folded); values that fold to fewer than 8 characters would find too much by chance. */
    PersonalDataScan seek(String kind, String value) {
        String folded = fold(value);
        if (folded.length() < 8) {
            throw new IllegalArgumentException(kind + " folds to \"" + folded + "\": too short to seek without false alarms");
        }
        needles.add(new Needle(kind, folded));
        return this;
    }

    List<Needle> needles() {
        return List.copyOf(needles);
    }

    /** Each value found in the text, named with the source and the folded text around it. */
    List<String> findIn(String source, String text) {
        String folded = fold(text);
        List<String> findings = new ArrayList<>();
        for (Needle needle : needles) {
            int at = folded.indexOf(needle.folded());
            if (at >= 0) {
                findings.add(needle.kind() + " in " + source + ": …" + folded.substring(Math.max(0, at - CONTEXT),
                        Math.min(folded.length(), at + needle.folded().length() + CONTEXT)) + "…");
            }
        }
        return findings;
    }

    static String fold(String text) {
        String decoded = Normalizer.normalize(decodePercentRuns(decodeJsonEscapes(decodeHtmlEntities(text))), Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(decoded.length());
        decoded.codePoints().forEach(c -> {
            Character numeral = CHINESE_NUMERALS.get(c);
            if (numeral != null) {
                folded.append(numeral);
            } else if (Character.isDigit(c)) {
                folded.append((char) ('0' + Character.digit(c, 10)));
            } else if (Character.isLetter(c) || c == '@') {
                folded.appendCodePoint(c);
            }
        });
        return folded.toString();
    }

    private static String decodeHtmlEntities(String text) {
        return HTML_ENTITY.matcher(text).replaceAll(entity -> {
            int codePoint = entity.group(1) != null ? Integer.parseInt(entity.group(1), 16) : Integer.parseInt(entity.group(2));
            return Character.isValidCodePoint(codePoint) ? Matcher.quoteReplacement(Character.toString(codePoint)) : "";
        });
    }

    private static String decodeJsonEscapes(String text) {
        return JSON_ESCAPE.matcher(text).replaceAll(escape -> Matcher.quoteReplacement(
                Character.toString((char) Integer.parseInt(escape.group(1), 16))));
    }

    private static String decodePercentRuns(String text) {
        return PERCENT_RUN.matcher(text).replaceAll(run -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int i = 0; i < run.group().length(); i += 3) {
                bytes.writeBytes(HexFormat.of().parseHex(run.group(), i + 1, i + 3));
            }
            return Matcher.quoteReplacement(bytes.toString(StandardCharsets.UTF_8));
        });
    }

    private static Map<Integer, Character> chineseNumerals() {
        Map<Integer, Character> numerals = new java.util.HashMap<>();
        String[] digits = {"〇零洞", "一壹幺", "二贰貳两", "三叁參", "四肆", "五伍", "六陆陸", "七柒拐", "八捌", "九玖勾"};
        for (int digit = 0; digit < digits.length; digit++) {
            for (int c : digits[digit].codePoints().toArray()) {
                numerals.put(c, (char) ('0' + digit));
            }
        }
        return Map.copyOf(numerals);
    }
}

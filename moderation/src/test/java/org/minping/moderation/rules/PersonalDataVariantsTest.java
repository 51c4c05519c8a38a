package org.minping.moderation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real-looking personal data (mobiles, identity numbers of 18 and 15 characters, landlines, IPv4
 * and e-mail addresses, drawn from a seeded generator) written in every look-alike way — full-width,
 * Chinese numerals and their capital forms, separators of each kind, invisible characters, mixed —
 * and embedded in sentences. Every case is written in a way the plain digits would not match, so
 * each fails if the folding before matching is taken away. The sentences hold no digits, so after
 * redaction no digit may remain in any writing.
 */
class PersonalDataVariantsTest {

    private static final long SEED = 20_260_307L;
    private static final int SAMPLES_PER_KIND = 3;

    private static final String[] SENTENCES = {
            "%s", "我的电话是%s，请回电", "身份证：%s，办了好多次都没办成", "联系人王先生（%s）", "请拨打%s。谢谢",
            "call me at %s please", "材料寄到%s后没人理"};
    private static final String[] SEPARATORS = {
            " ", ".", "-", "－", "/", "／", "–", "—", "·", "・", "\u3000", "\u00A0", "\u200B", " - ", "．"};
    private static final String CHINESE = "〇一二三四五六七八九";
    private static final String CAPITAL = "零壹贰叁肆伍陆柒捌玖";

    /** How each digit is written. */
    private enum Writing {
        ASCII, FULL_WIDTH, CHINESE_NUMERALS, CAPITAL_NUMERALS, MIXED;

        String write(String digits, Random random) {
            StringBuilder written = new StringBuilder();
            for (char c : digits.toCharArray()) {
                written.append(writeOne(c, this == MIXED ? values()[random.nextInt(4)] : this, random));
            }
            return written.toString();
        }

        private static String writeOne(char c, Writing writing, Random random) {
            if (c < '0' || c > '9') {
                return writing == FULL_WIDTH ? String.valueOf((char) (c - '!' + '！')) : String.valueOf(c);
            }
            int digit = c - '0';
            return switch (writing) {
                case ASCII -> String.valueOf(c);
                case FULL_WIDTH -> String.valueOf((char) ('０' + digit));
                case CHINESE_NUMERALS -> digit == 0 && random.nextBoolean() ? "零"
                        : digit == 1 && random.nextBoolean() ? "幺" : String.valueOf(CHINESE.charAt(digit));
                case CAPITAL_NUMERALS -> String.valueOf(CAPITAL.charAt(digit));
                case MIXED -> throw new IllegalStateException("mixed is written digit by digit");
            };
        }
    }

    /** One generated case: what the comment says, and what it must read after redaction. */
    record Case(String comment, String expected) {
        @Override
        public String toString() {
            return comment;
        }
    }

    static Stream<Arguments> lookAlikes() {
        Random random = new Random(SEED);
        List<Case> cases = new ArrayList<>();
        for (int sample = 0; sample < SAMPLES_PER_KIND; sample++) {
            String mobile = "1" + (3 + random.nextInt(7)) + digits(random, 9);
            numbers(mobile, new int[] {3, 4, 4}, PersonalData.Kind.MOBILE, random, cases);
            for (String prefix : List.of("+86 ", "0086-", "86", "＋８６ ")) {
                add(prefix + Writing.MIXED.write(mobile, random), PersonalData.Kind.MOBILE, random, cases);
            }
            String id = residentIdentityNumber(random);
            numbers(id, new int[] {6, 8, 4}, PersonalData.Kind.RESIDENT_ID, random, cases);
            numbers(firstGenerationIdentityNumber(random), new int[] {6, 6, 3}, PersonalData.Kind.RESIDENT_ID, random, cases);
            String area = List.of("010", "020", "021", "0571", "0755", "0311").get(random.nextInt(6));
            String local = (2 + random.nextInt(7)) + digits(random, area.length() == 3 || random.nextBoolean() ? 7 : 6);
            numbers(area + local, new int[] {area.length(), 4, local.length() - 4}, PersonalData.Kind.LANDLINE, random, cases);
            for (Writing writing : Writing.values()) {
                add("(" + writing.write(area, random) + ")" + writing.write(local, random), PersonalData.Kind.LANDLINE, random, cases);
                add("（" + writing.write(area, random) + "）" + writing.write(local, random), PersonalData.Kind.LANDLINE, random, cases);
            }
            ipAddresses(random, cases);
            emailAddresses(random, cases);
        }
        return cases.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lookAlikes")
    void nothingOfTheOriginalSurvivesInAnyWriting(Case lookAlike) {
        PersonalData.Redaction redaction = PersonalData.redact(lookAlike.comment());
        assertEquals(lookAlike.expected(), redaction.text(), "exactly the personal data is masked");
        assertEquals("", digitsIn(redaction.text()), "no digit remains in any writing");
        assertTrue(redaction.redacted());
    }

    /** The number in every writing, each writing with every separator between its groups and none. */
    private static void numbers(String number, int[] groups, PersonalData.Kind kind, Random random, List<Case> cases) {
        for (Writing writing : Writing.values()) {
            if (writing != Writing.ASCII) {
                add(writing.write(number, random), kind, random, cases);
            }
            for (String separator : SEPARATORS) {
                add(grouped(writing.write(number, random), groups, separator), kind, random, cases);
            }
            add(String.join(" ", writing.write(number, random).split("")), kind, random, cases);
        }
    }

    private static void ipAddresses(Random random, List<Case> cases) {
        List<String> octets = List.of(String.valueOf(10 + random.nextInt(213)), String.valueOf(random.nextInt(256)),
                String.valueOf(random.nextInt(256)), String.valueOf(random.nextInt(256)));
        for (String dot : List.of(".", "。", "．", " . ", "·")) {
            for (Writing writing : Writing.values()) {
                if (writing != Writing.ASCII || dot.equals("。") || dot.equals("．")) {
                    add(String.join(dot, octets.stream().map(octet -> writing.write(octet, random)).toList()),
                            PersonalData.Kind.IP_ADDRESS, random, cases);
                }
            }
        }
    }

    private static void emailAddresses(Random random, List<Case> cases) {
        String domain = List.of("example.com", "qq.com", "163.com", "zj.gov.cn").get(random.nextInt(4));
        String name = "zhang" + digits(random, 3);
        add(Writing.FULL_WIDTH.write(name + "@" + domain, random), PersonalData.Kind.EMAIL, random, cases);
        add(name + "＠" + domain, PersonalData.Kind.EMAIL, random, cases);
        add(name + "\u200B@" + domain.replace(".", "\u200D."), PersonalData.Kind.EMAIL, random, cases);
        add(Writing.CHINESE_NUMERALS.write("1" + digits(random, 8), random) + "@qq.com", PersonalData.Kind.EMAIL, random, cases);
    }

    private static void add(String written, PersonalData.Kind kind, Random random, List<Case> cases) {
        String sentence = SENTENCES[random.nextInt(SENTENCES.length)];
        cases.add(new Case(sentence.formatted(written), sentence.formatted(kind.mask)));
    }

    private static String grouped(String written, int[] groups, String separator) {
        List<String> parts = new ArrayList<>();
        int at = 0;
        for (int length : groups) {
            parts.add(written.substring(at, at + length));
            at += length;
        }
        return String.join(separator, parts);
    }

    private static String digits(Random random, int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private static final List<String> REGIONS = List.of("110101", "310104", "440304", "330106", "510107", "420102");

    private static LocalDate birthDate(Random random, int fromYear, int toYear) {
        LocalDate from = LocalDate.of(fromYear, 1, 1);
        return from.plusDays(random.nextInt((int) (LocalDate.of(toYear, 12, 31).toEpochDay() - from.toEpochDay())));
    }

    /** Region, birth date, sequence, and the check character computed here, apart from the code under test. */
    private static String residentIdentityNumber(Random random) {
        LocalDate born = birthDate(random, 1940, 2008);
        String body = REGIONS.get(random.nextInt(REGIONS.size()))
                + "%04d%02d%02d".formatted(born.getYear(), born.getMonthValue(), born.getDayOfMonth()) + digits(random, 3);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static String firstGenerationIdentityNumber(Random random) {
        LocalDate born = birthDate(random, 1930, 1999);
        return REGIONS.get(random.nextInt(REGIONS.size()))
                + "%02d%02d%02d".formatted(born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth()) + digits(random, 3);
    }

    /**
     * Every digit in the text, in whatever writing, as ASCII: this test's own folding (NFKC, any
     * script's digits, the Chinese numerals), independent of the code under test.
     */
    static String digitsIn(String text) {
        String numerals = "〇零○一幺壹二贰貳三叁參四肆五伍六陆陸七柒八捌九玖";
        Function<Integer, Integer> numeralValue = c -> {
            int at = numerals.indexOf(c);
            return at < 0 ? -1 : "000111222333444555666777888999".charAt(at) - '0';
        };
        StringBuilder digits = new StringBuilder();
        Normalizer.normalize(text, Normalizer.Form.NFKC).codePoints().forEach(c -> {
            if (Character.isDigit(c)) {
                digits.append(Character.digit(c, 10));
            } else if (numeralValue.apply(c) >= 0) {
                digits.append(numeralValue.apply(c));
            }
        });
        return digits.toString();
    }
}

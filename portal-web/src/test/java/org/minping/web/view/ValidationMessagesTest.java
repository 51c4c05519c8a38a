package org.minping.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minping.core.scoring.ScoringException;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.LeafScoreCsv;

/** Every problem a page may show is said in the page's language, with the values it names. */
class ValidationMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ValidationMessagesTest.class.getResourceAsStream("/org/minping/web/i18n/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Nested
    class Bundles {

        @Test
        void theScanFindsCodesOfEveryKindOfSite() {
            Set<String> codes = RaisedCodes.scan().keySet();
            // A field error, both sides of a conditional, a helper with a code parameter, one that passes
            // its code on to another, an engine's problem and an unreadable score.
            assertTrue(codes.containsAll(List.of("csv.agency", "case.codeWrong", "case.codeRequired", "weights.sum",
                    "calendar.weekday", "panel.recused", "verification.wrong", "evaluator.unknown", "scoring.failed",
                    "raking.converge", "gradeBands.format", "csv.scoreNumber", "term.duplicate", "json.depth")), codes.toString());
        }

        @Test
        void everyRaisedCodeHasAMessageInBothLanguages() throws IOException {
            Map<String, Set<String>> codes = new TreeMap<>(RaisedCodes.scan());
            codes.put(ScoringException.INCONSISTENT, Set.of("ScoringException.java"));
            codes.put("unknown", Set.of("Messages.java"));
            for (String language : List.of("zh", "en")) {
                Properties messages = bundle(language);
                List<String> missing = new ArrayList<>();
                codes.forEach((code, files) -> {
                    if (!messages.containsKey("validation." + code)) {
                        missing.add(code + " " + files);
                    }
                });
                assertEquals(List.of(), missing, "codes without validation.<code> in messages_" + language);
            }
        }

        @Test
        void chineseAndEnglishNameTheSameValues() throws IOException {
            Properties chinese = bundle("zh");
            Properties english = bundle("en");
            List<String> different = new ArrayList<>();
            for (String key : new TreeSet<>(chinese.stringPropertyNames())) {
                if (english.containsKey(key) && !placeholders(chinese.getProperty(key)).equals(placeholders(english.getProperty(key)))) {
                    different.add(key + ": " + chinese.getProperty(key) + " | " + english.getProperty(key));
                }
            }
            assertEquals(List.of(), different);
        }

        /** Field errors always pass through MessageFormat, which drops a lone apostrophe. */
        @Test
        void validationMessagesQuoteTheirApostrophes() throws IOException {
            List<String> lone = new ArrayList<>();
            for (String language : List.of("zh", "en")) {
                Properties messages = bundle(language);
                for (String key : messages.stringPropertyNames()) {
                    String text = messages.getProperty(key);
                    if (key.startsWith("validation.") && text.replace("''", "").contains("'")) {
                        lone.add(language + " " + key);
                    }
                }
            }
            assertEquals(List.of(), lone);
        }

        private Set<Integer> placeholders(String text) {
            Set<Integer> indices = new TreeSet<>();
            Matcher matcher = PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                indices.add(Integer.parseInt(matcher.group(1)));
            }
            return indices;
        }
    }

    @Nested
    class SheetRows {

        private final Messages messages = new Messages();

        private List<FieldError> errorsOf(String csv) throws IOException {
            LeafScoreCsv.Rules rules = new LeafScoreCsv.Rules(List.of(List.of("agency", "indicator", "score")), Map.of("HZ", 1L),
                    Map.of("HZ", Map.of("EFFICIENCY", 2L)), agency -> null, LeafScoreCsv::scoreColumn, 100_000);
            List<FieldError> errors = new ArrayList<>();
            LeafScoreCsv.read(new StringReader(csv), rules, errors);
            return errors;
        }

        @Test
        void anUnknownAgencyIsNamedWithItsRowOnAChinesePage() throws IOException {
            FieldError error = errorsOf("agency,indicator,score\nHZ,EFFICIENCY,90\nXX,EFFICIENCY,80\n").get(0);
            assertEquals("第 3 行，机关列：没有代码为 XX 的机关。", messages.of(Locale.SIMPLIFIED_CHINESE, error));
            assertEquals("Row 3, column agency: no agency has the code XX.", messages.of(Locale.ENGLISH, error));
        }

        @Test
        void rowNumbersAreWrittenWithoutGrouping() throws IOException {
            StringBuilder csv = new StringBuilder("agency,indicator,score\n");
            for (int row = 2; row < 1234; row++) {
                csv.append("HZ,EFFICIENCY,90\n");
            }
            csv.append("HZ,EFFICIENCY,many\n");
            List<FieldError> errors = errorsOf(csv.toString());
            FieldError notANumber = errors.get(errors.size() - 1);
            assertEquals("第 1234 行，分数列：不是数字。", messages.of(Locale.SIMPLIFIED_CHINESE, notANumber));
        }

        @Test
        void aCodeWithoutAMessageSaysTheFieldIsWrongInThePagesLanguage() {
            FieldError untranslated = new FieldError("file", "no.such.code", "an English text nobody translated");
            assertEquals("file：输入无效。", messages.of(Locale.SIMPLIFIED_CHINESE, untranslated));
        }

        @Test
        void aFormattedTextKeepsItsApostrophes() {
            assertEquals("Row 5, column indicator: X is not a leaf indicator of HZ's indicator system.",
                    messages.of(Locale.ENGLISH, new FieldError("file", "csv.indicator", "English", 5L, "X", "HZ")));
        }
    }
}

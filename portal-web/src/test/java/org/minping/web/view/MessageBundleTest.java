package org.minping.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.minping.core.appraisal.AppraisalStatus;
import org.minping.core.appraisal.Channel;
import org.minping.moderation.rules.HoldReason;

class MessageBundleTest {

    private static final Pattern KEY_IN_PAGE = Pattern.compile("msg\\['([a-zA-Z0-9.]+)'\\]");

    private static Set<String> keys(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTest.class.getResourceAsStream("/org/minping/web/i18n/messages_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Set<String> chinese = keys("zh");
        Set<String> english = keys("en");
        Set<String> onlyChinese = new TreeSet<>(chinese);
        onlyChinese.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(chinese);
        assertEquals(Set.of(), onlyChinese, "keys missing in messages_en");
        assertEquals(Set.of(), onlyEnglish, "keys missing in messages_zh");
    }

    @Test
    void everyKeyAPageUsesExists() throws IOException {
        Set<String> known = keys("zh");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = KEY_IN_PAGE.matcher(Files.readString(page));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(page.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    /**
     * The proof-of-work widget shows its own English texts for any string the page does not give it
     * (its defaults in the vendored altcha.umd.js): each bundle gives all of them, so a Chinese page
     * never pops up "Verifying... please wait."
     */
    @Test
    void theProofOfWorkWidgetGetsEveryTextInThePagesLanguage() throws IOException {
        List<String> widgetTexts = List.of("ariaLinkLabel", "error", "expired", "footer", "label", "verified", "verifying",
                "waitAlert");
        String widget = Files.readString(Path.of("src/main/webapp/resources/vendor/altcha/altcha.umd.js"));
        for (String text : widgetTexts) {
            assertTrue(widget.contains(text + ":"), "the widget has a default for " + text);
        }
        for (String language : List.of("zh", "en")) {
            Properties properties = new Properties();
            try (InputStream in = MessageBundleTest.class.getResourceAsStream("/org/minping/web/i18n/messages_" + language + ".properties")) {
                properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            jakarta.json.JsonObject strings = jakarta.json.Json.createReader(new java.io.StringReader(
                    properties.getProperty("pow.strings"))).readObject();
            assertEquals(new TreeSet<>(widgetTexts), new TreeSet<>(strings.keySet()), language);
            for (String text : List.of("error", "expired", "label", "verified", "verifying", "waitAlert")) {
                assertFalse(strings.getString(text).isBlank(), language + " " + text);
            }
        }
    }

    @Test
    void everyStatusChannelSourceAndReasonHasALabel() throws IOException {
        Set<String> known = keys("zh");
        for (AppraisalStatus status : AppraisalStatus.values()) {
            assertTrue(known.contains("status." + status.name()), status.name());
        }
        for (Channel channel : Channel.values()) {
            assertTrue(known.contains("channel." + channel.name()), channel.name());
        }
        for (org.minping.core.scoring.Source source : org.minping.core.scoring.Source.values()) {
            assertTrue(known.contains("source." + source.name()), source.name());
        }
        for (org.minping.moderation.queue.RejectionReason reason : org.minping.moderation.queue.RejectionReason.values()) {
            assertTrue(known.contains("rejection." + reason.code()), reason.code());
        }
        for (HoldReason reason : HoldReason.values()) {
            assertTrue(known.contains("reason." + reason.code()), reason.code());
        }
    }

    @Test
    void chineseIsFoundForChineseVisitorsWhateverTheServerLocale() {
        Locale serverDefault = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("民评", ResourceBundle.getBundle(Messages.BUNDLE, Locale.SIMPLIFIED_CHINESE).getString("app.name"));
            assertEquals("MinPing", ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH).getString("app.name"));
        } finally {
            Locale.setDefault(serverDefault);
        }
    }
}

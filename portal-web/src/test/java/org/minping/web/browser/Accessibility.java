package org.minping.web.browser;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/** axe-core (the npm package as a WebJar) run in the page the browser shows: serious and critical WCAG 2.1 A/AA violations. */
final class Accessibility {

    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static String source;

    private Accessibility() {
    }

    /** The violations of the page now shown, each as "page: rule (impact) help at [targets]". */
    static List<String> seriousViolations(Browser browser, String page) {
        JavascriptExecutor script = (JavascriptExecutor) browser.driver();
        script.executeScript(source());
        Object json = script.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(result => done(JSON.stringify(result.violations)), error => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(error), nodes: []}])));""");
        List<String> found = new ArrayList<>();
        JsonArray violations = Json.createReader(new StringReader((String) json)).readArray();
        for (JsonObject violation : violations.getValuesAs(JsonObject.class)) {
            String impact = violation.getString("impact", "");
            if (impact.equals("serious") || impact.equals("critical")) {
                List<String> targets = violation.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                        .map(node -> node.getJsonArray("target").toString()).limit(3).toList();
                found.add(page + ": " + violation.getString("id") + " (" + impact + ") " + violation.getString("help") + " at " + targets);
            }
        }
        return found;
    }

    /**
     * What makes the page now shown wider than the window (a phone's, when set so): the innermost
     * elements that stick out, so a failure says where to look; empty when nothing does.
     */
    static String overflow(Browser browser) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript("""
                const width = document.documentElement.clientWidth;
                if (document.documentElement.scrollWidth <= width) { return ''; }
                return [...document.body.querySelectorAll('*')]
                    .filter(e => e.getBoundingClientRect().right > width + 1)
                    .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > width + 1))
                    .slice(0, 5)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className : '')
                         + ' ends at ' + Math.round(e.getBoundingClientRect().right))
                    .join('; ');"""));
    }

    private static synchronized String source() {
        if (source == null) {
            try (InputStream in = Accessibility.class.getResourceAsStream(AXE)) {
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}

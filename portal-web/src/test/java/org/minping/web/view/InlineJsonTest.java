package org.minping.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InlineJsonTest {

    @ParameterizedTest
    @ValueSource(strings = {"</script><script>alert(1)</script>", "<!--", "]]>", "a & b > c", "line\u2028separator\u2029",
            "</SCRIPT >", "<img src=x onerror=alert(1)>"})
    void aLabelCanNeitherEndTheScriptNorOpenMarkupAndReadsBackTheSame(String label) {
        String json = Json.createObjectBuilder().add("labels", Json.createArrayBuilder().add(label)).build().toString();
        String safe = InlineJson.safe(json);
        assertFalse(safe.contains("<") || safe.contains(">") || safe.contains("&"), safe);
        assertFalse(safe.contains("\u2028") || safe.contains("\u2029"), safe);
        JsonObject read = Json.createReader(new StringReader(safe)).readObject();
        assertEquals(label, read.getJsonArray("labels").getString(0));
    }
}

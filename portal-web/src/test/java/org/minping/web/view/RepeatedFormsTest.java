package org.minping.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * No page puts a form inside a repeating component. ui:repeat and the data tables keep one form
 * component for all their rows, which counts as submitted only when the last row's form was: a
 * post from any other row runs its action but drops its fields.
 */
class RepeatedFormsTest {

    private static final Set<String> REPEATING = Set.of("repeat", "forEach", "dataTable", "dataList", "dataGrid", "dataView");

    @Test
    void noFormIsInsideARepeatingComponent() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // the layout declares the XHTML doctype: read past it, never fetch it
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        List<String> found = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                collect(factory.newDocumentBuilder().parse(page.toFile()).getDocumentElement(), null, page, found);
            }
        }
        assertEquals(List.of(), found, "forms inside repeating components (put one form around the repetition)");
    }

    private static void collect(Element element, String repeating, Path page, List<String> found) {
        String name = element.getLocalName();
        if ("form".equals(name) && repeating != null) {
            found.add(page + ": form " + element.getAttribute("id") + " inside " + repeating);
        }
        String inside = repeating != null ? repeating : REPEATING.contains(name) ? element.getTagName() : null;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element nested) {
                collect(nested, inside, page, found);
            }
        }
    }
}

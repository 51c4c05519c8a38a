package org.minping.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Java packages mirror the page folders: a backing bean used by the pages of one folder of
 * {@code webapp/} lives in {@code web.view.<folder>}, one used from several folders (or by the
 * public pages at the root) lives in {@code web.view}. Includes under {@code WEB-INF/<kind>/<folder>/}
 * count for their folder, so a page's parts stay beside its bean.
 */
class PageFoldersTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern BEAN = Pattern.compile("#\\{!?\\s*([a-z][A-Za-z]*Backing)\\b");
    private static final String ROOT = "org.minping.web.view";

    @Test
    void eachBeanLivesInThePackageOfTheFolderThatUsesIt() throws IOException {
        Map<String, Set<String>> foldersByBean = foldersByBean();
        assertFalse(foldersByBean.isEmpty(), "no backing bean found in " + WEBAPP.toAbsolutePath());
        Set<String> folders = new TreeSet<>();
        foldersByBean.values().forEach(folders::addAll);
        List<String> misplaced = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : foldersByBean.entrySet()) {
            String simpleName = Character.toUpperCase(entry.getKey().charAt(0)) + entry.getKey().substring(1);
            String expected = entry.getValue().size() == 1 ? packageOf(entry.getValue().iterator().next()) : ROOT;
            String actual = locate(simpleName, folders);
            if (!expected.equals(actual)) {
                misplaced.add(simpleName + " is in " + actual + ", used from " + entry.getValue() + ", belongs in " + expected);
            }
        }
        assertEquals(List.of(), misplaced);
    }

    private static Map<String, Set<String>> foldersByBean() throws IOException {
        Map<String, Set<String>> foldersByBean = new TreeMap<>();
        try (Stream<Path> pages = Files.walk(WEBAPP)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = BEAN.matcher(Files.readString(page));
                while (matcher.find()) {
                    foldersByBean.computeIfAbsent(matcher.group(1), bean -> new TreeSet<>()).add(folderOf(WEBAPP.relativize(page)));
                }
            }
        }
        return foldersByBean;
    }

    /** The page's folder below the web root, "" for the root; WEB-INF/templates/x.xhtml is the root's, WEB-INF/includes/admin/x.xhtml is admin's. */
    private static String folderOf(Path relative) {
        int first = relative.getName(0).toString().equals("WEB-INF") ? 2 : 0;
        return relative.getNameCount() > first + 1 ? relative.getName(first).toString() : "";
    }

    private static String packageOf(String folder) {
        return folder.isEmpty() ? ROOT : ROOT + "." + folder;
    }

    private static String locate(String simpleName, Set<String> folders) {
        for (String folder : folders) {
            try {
                return Class.forName(packageOf(folder) + "." + simpleName).getPackageName();
            } catch (ClassNotFoundException notHere) {
                // try the next folder's package
            }
        }
        return "no package of " + folders;
    }
}

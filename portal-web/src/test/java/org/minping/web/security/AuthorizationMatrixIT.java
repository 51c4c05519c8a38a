package org.minping.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.minping.web.browser.Browser;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.minping.web.it.PortalTest;

/**
 * Who may do what, as the permission tables of docs/SECURITY.md say: every operation /openapi
 * lists and every page of the README's URL table, requested as anonymous, as each role and (the
 * API) with a token of each scope, each answer classed and compared with its cell. An operation
 * or a page without a row fails, so a new one cannot go in without someone deciding who may use it.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    static final String API_HEADING = "### Permissions: the API";
    static final String PAGES_HEADING = "### Permissions: the pages";
    static final List<String> PAGE_IDENTITIES = Stream.concat(Stream.of(AccessFixture.ANONYMOUS),
            AccessFixture.ROLES.stream()).toList();
    static final List<String> API_IDENTITIES = Stream.concat(PAGE_IDENTITIES.stream(),
            Stream.of(AccessFixture.ASSESSMENTS_TOKEN, AccessFixture.INTERNAL_SCORES_TOKEN,
                    AccessFixture.STATISTICS_TOKEN)).toList();

    private static final Path README = Path.of("..", "README.md");
    private static final Path WEBAPP = Path.of("src", "main", "webapp");
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final String BOUNDARY = "minping-matrix-boundary";

    /**
     * What each state-changing operation is sent: nothing it could act on, yet enough to get past
     * checks that come before the access decision's object (agency staff register cases of their
     * own agency only, so the probe names it). Anything else gets an empty JSON object.
     */
    private static final Map<String, Probe> PROBES = Map.of(
            "POST /api/v1/appraisals/{receipt}/withdrawal", new Probe(null, ""),
            "POST /api/v1/assessments", new Probe("multipart/form-data; boundary=" + BOUNDARY, "--" + BOUNDARY + "--\r\n"),
            "POST /api/v1/cycles/{code}/internal-scores", new Probe("text/csv", "agency,indicator,score\nNO-SUCH-AGENCY,NO-SUCH,-1\n"),
            "POST /api/v1/cycles/{code}/statistics", new Probe("text/csv", "agency,indicator,score\nNO-SUCH-AGENCY,NO-SUCH,-1\n"),
            "POST /api/v1/service-cases", new Probe("application/json", "{\"agencyCode\":\"" + AccessFixture.STAFF_AGENCY + "\"}"));
    private static final Probe EMPTY_JSON = new Probe("application/json", "{}");

    private record Probe(String contentType, String body) {
    }

    private Portal portal;
    private AccessFixture fixture;
    private final Map<String, Http> sessions = new LinkedHashMap<>();

    @BeforeAll
    void seedAndSignIn(Portal portal) throws Exception {
        this.portal = portal;
        fixture = AccessFixture.seed(portal, LocalDate.of(2017, 3, 1), LocalDate.of(2017, 3, 31));
        try (Browser browser = Browser.open(portal.baseUrl())) {
            fixture.publish(browser);
        }
        for (String identity : PAGE_IDENTITIES) {
            sessions.put(identity, fixture.session(identity));
        }
    }

    @Test
    void everyOperationOpenApiListsHasARowAndEveryRowAnOperation() throws Exception {
        Set<String> operations = openApiOperations(portal);
        Set<String> rows = new TreeSet<>(apiTable().rows().stream().map(PermissionTable.Row::target).toList());
        Set<String> withoutRow = new TreeSet<>(operations);
        withoutRow.removeAll(rows);
        Set<String> withoutOperation = new TreeSet<>(rows);
        withoutOperation.removeAll(operations);
        assertEquals(Set.of(), withoutRow, "operations /openapi lists without a row in SECURITY.md \"" + API_HEADING + "\"");
        assertEquals(Set.of(), withoutOperation, "rows in SECURITY.md for operations /openapi does not list");
    }

    @Test
    void everyPageOfTheReadmeAndEveryViewHasARow() throws Exception {
        Set<String> rows = new TreeSet<>(pagesTable().rows().stream().map(row -> Targets.pathOf(row.target())).toList());
        Set<String> withoutRow = new TreeSet<>(readmePages());
        withoutRow.removeAll(rows);
        // A folder's index view answers at the folder too: a row for either covers it.
        views().stream().filter(view -> !rows.contains(view)
                        && !(view.endsWith("/index") && rows.contains(view.substring(0, view.length() - "index".length()))))
                .forEach(withoutRow::add);
        assertEquals(Set.of(), withoutRow, "pages of the README or views of the WAR without a row in SECURITY.md \""
                + PAGES_HEADING + "\"");
    }

    @TestFactory
    @DisplayName("Catalogue 2: every API operation × every identity answers as the permission table says (a citizen on moderator or admin APIs → 403)")
    Stream<DynamicTest> everyOperationAnswersEachIdentityAsTheTableSays() throws IOException {
        return apiTable().rows().stream().map(row -> DynamicTest.dynamicTest(row.target(), () -> {
            String method = row.target().substring(0, row.target().indexOf(' '));
            String openApiPath = row.target().substring(row.target().indexOf(' ') + 1);
            String path = Targets.api(method, openApiPath, fixture.placeholders());
            List<String> mismatches = new ArrayList<>();
            for (String identity : API_IDENTITIES) {
                Http http = new Http(portal.baseUrl());
                HttpRequest.Builder request = http.request(path);
                fixture.authorization(identity).ifPresent(value -> request.header("Authorization", value));
                boolean changesState = !method.equals("GET") && !method.equals("HEAD");
                if (changesState) {
                    Probe probe = PROBES.getOrDefault(row.target(), EMPTY_JSON);
                    if (probe.contentType() != null) {
                        request.header("Content-Type", probe.contentType());
                    }
                    request.header("Idempotency-Key", "matrix-" + UUID.randomUUID())
                            .method(method, HttpRequest.BodyPublishers.ofString(probe.body()));
                } else {
                    request.method(method, HttpRequest.BodyPublishers.noBody());
                }
                Access.Observed observed = Access.of(http.send(request.build()), changesState);
                compare(row, identity, path, observed, mismatches);
            }
            assertTrue(mismatches.isEmpty(), row.target() + " (SECURITY.md line " + row.line() + ") answers otherwise than"
                    + " the table says:\n" + String.join("\n", mismatches));
        }));
    }

    @TestFactory
    @DisplayName("Catalogue 2: every page × every identity answers as the permission table says (another's upload → 404)")
    Stream<DynamicTest> everyPageAnswersEachIdentityAsTheTableSays() throws IOException {
        return pagesTable().rows().stream().map(row -> DynamicTest.dynamicTest(row.target(), () -> {
            String path = Targets.page(row.target(), fixture.placeholders());
            List<String> mismatches = new ArrayList<>();
            for (String identity : PAGE_IDENTITIES) {
                for (String form : forms(path)) {
                    // Signing out ends the session: that row gets a session of its own.
                    Http http = Targets.pathOf(path).equals("/logout") ? fixture.session(identity) : sessions.get(identity);
                    HttpResponse<String> response = http.get(form);
                    compare(row, identity, form, Access.of(response, false), mismatches);
                }
            }
            assertTrue(mismatches.isEmpty(), row.target() + " (SECURITY.md line " + row.line() + ") answers otherwise than"
                    + " the table says:\n" + String.join("\n", mismatches));
        }));
    }

    private static void compare(PermissionTable.Row row, String identity, String path, Access.Observed observed,
                                List<String> mismatches) {
        Access expected = row.expectedFor(identity);
        if (observed.access().filter(expected::equals).isEmpty()) {
            mismatches.add("  " + identity + ": expected " + expected.cell() + ", got " + observed + " for " + path);
        }
    }

    /**
     * The page as the README writes it and, where the WAR has a view of that name, under the
     * view's own name (/mine and /mine.xhtml): both must meet the same rule.
     */
    private static List<String> forms(String path) {
        String plain = Targets.pathOf(path);
        String query = path.substring(plain.length());
        String view = plain.endsWith("/") ? plain + "index.xhtml" : plain + ".xhtml";
        boolean hasView = !plain.substring(plain.lastIndexOf('/') + 1).contains(".")
                && Files.isRegularFile(WEBAPP.resolve(view.substring(1)));
        return hasView ? List.of(path, view + query) : List.of(path);
    }

    static PermissionTable apiTable() throws IOException {
        return PermissionTable.read(API_HEADING, API_IDENTITIES);
    }

    static PermissionTable pagesTable() throws IOException {
        return PermissionTable.read(PAGES_HEADING, PAGE_IDENTITIES);
    }

    /** "GET /api/v1/agencies/{code}" for every operation of the running portal's OpenAPI document. */
    static Set<String> openApiOperations(Portal portal) throws Exception {
        Http http = new Http(portal.baseUrl());
        HttpResponse<String> response = http.send(http.request("/openapi?format=JSON").header("Accept", "application/json").GET().build());
        assertEquals(200, response.statusCode(), "/openapi");
        JsonObject document;
        try {
            document = Json.createReader(new StringReader(response.body())).readObject();
        } catch (RuntimeException notJson) {
            throw new AssertionError("/openapi did not answer JSON: " + response.body().substring(0, Math.min(300, response.body().length())),
                    notJson);
        }
        Set<String> operations = new TreeSet<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(HTTP_METHODS::contains)
                .forEach(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path)));
        return operations;
    }

    /** The paths of the pages in the README's URL table; the API's entries are checked against /openapi instead. */
    static Set<String> readmePages() throws IOException {
        List<String> lines = Files.readAllLines(README);
        int at = lines.indexOf("## URLs");
        if (at < 0) {
            throw new IllegalStateException("README.md has no section \"## URLs\"");
        }
        Set<String> pages = new TreeSet<>();
        boolean headerSeen = false;
        for (int i = at + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            String line = lines.get(i);
            if (!line.startsWith("|") || line.startsWith("|---")) {
                continue;
            }
            if (!headerSeen) {
                headerSeen = true;
                continue;
            }
            String first = line.substring(1, line.indexOf('|', 1)).replace("`", "").strip();
            for (String entry : first.split(",")) {
                String url = entry.strip().replaceFirst("^https?://[^/]+", "");
                if (url.startsWith("/") && !url.startsWith("/api/")) {
                    pages.add(url.split("[?\\[]", 2)[0]);
                }
            }
        }
        return pages;
    }

    /** Every view of the WAR by its path without the suffix (error pages are shown, never requested). */
    static Set<String> views() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            Set<String> views = new TreeSet<>();
            files.map(file -> "/" + WEBAPP.relativize(file).toString().replace('\\', '/'))
                    .filter(view -> view.endsWith(".xhtml") && !view.startsWith("/WEB-INF/") && !view.startsWith("/errors/"))
                    .map(view -> view.substring(0, view.length() - ".xhtml".length()))
                    .forEach(views::add);
            return views;
        }
    }
}

package org.minping.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.minping.web.it.PortalTest;
import org.yaml.snakeyaml.Yaml;

/**
 * /openapi describes every endpoint of the API, as reflection over the JAX-RS resources finds them
 * (so an endpoint added without its description fails here): a summary, its parameters and request
 * body, its answers with their schemas, and its refusals as problem documents. Served as YAML by
 * default and as JSON on request, the same document.
 */
@PortalTest
class OpenApiIT {

    private static final String PROBLEM = "#/components/schemas/Problem";

    @Test
    void servesYamlByDefaultAndJsonOnRequestTheSameDocument(Portal portal) throws Exception {
        Http http = new Http(portal.baseUrl());
        HttpResponse<String> yaml = http.get("/openapi");
        HttpResponse<String> json = http.send(http.request("/openapi").header("Accept", "application/json").GET().build());
        HttpResponse<String> jsonByQuery = http.get("/openapi?format=JSON");
        HttpResponse<String> yamlAsked = http.send(http.request("/openapi").header("Accept", "application/yaml").GET().build());

        assertEquals(200, yaml.statusCode(), yaml.body());
        assertEquals("application/yaml", mediaType(yaml));
        assertEquals(200, json.statusCode(), json.body());
        assertEquals("application/json", mediaType(json));
        assertEquals("application/json", mediaType(jsonByQuery));
        assertEquals(200, yamlAsked.statusCode(), yamlAsked.body());
        assertEquals("application/yaml", mediaType(yamlAsked));
        assertTrue(yaml.body().stripLeading().startsWith("openapi:"), "not YAML: " + head(yaml.body()));
        assertTrue(json.body().stripLeading().startsWith("{"), "not JSON: " + head(json.body()));

        Map<String, Object> fromYaml = parse(yaml.body());
        assertTrue(String.valueOf(fromYaml.get("openapi")).startsWith("3."), head(yaml.body()));
        assertEquals("", difference("", fromYaml, parse(json.body())), "the YAML and the JSON describe different things");
        assertEquals("", difference("", fromYaml, parse(jsonByQuery.body())));
        assertEquals("", difference("", fromYaml, parse(yamlAsked.body())));
    }

    @Test
    void describesEveryEndpointAndNothingElse(Portal portal) throws Exception {
        Document document = Document.fetch(portal);
        Set<String> endpoints = Endpoint.all().stream().map(Endpoint::toString).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(endpoints, document.operations(), "JAX-RS endpoints vs. operations of /openapi");
    }

    /**
     * The one endpoint left out of the description is the load harness's trivial POST, and it is
     * an unknown path (404) wherever the harness did not switch it on, as in this portal.
     */
    @Test
    void theOnlyHiddenEndpointIsTheLoadHarnessYardstickAndItIsOff(Portal portal) throws Exception {
        assertEquals(List.of("POST /api/v1/perf/baseline"), Endpoint.hidden().stream().map(Endpoint::toString).toList());
        HttpResponse<String> answer = new Http(portal.baseUrl()).postJson("/api/v1/perf/baseline", "openapi-" + System.nanoTime(), "{}");
        assertEquals(404, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", mediaType(answer), answer.body());
    }

    @Test
    void everyEndpointHasASummaryItsParametersItsAnswersAndItsProblems(Portal portal) throws Exception {
        Document document = Document.fetch(portal);
        List<String> gaps = new ArrayList<>();
        for (Endpoint endpoint : Endpoint.all()) {
            Map<String, Object> operation = document.operation(endpoint);
            if (operation == null) {
                gaps.add(endpoint + ": not described");
            } else {
                document.gapsOf(endpoint, operation).forEach(gap -> gaps.add(endpoint + ": " + gap));
            }
        }
        assertEquals(List.of(), gaps);
    }

    @Test
    void everyReferenceResolves(Portal portal) throws Exception {
        Document document = Document.fetch(portal);
        List<String> refs = new ArrayList<>();
        collectRefs(document.root, refs);
        assertTrue(refs.size() > 20, "few references: " + refs);
        assertEquals(List.of(), refs.stream().filter(ref -> document.resolve(ref) == null).distinct().toList(),
                "references that resolve to nothing");
    }

    /** The schema names what the portal sends: real problem documents (JAX-RS, the rater checks, Shiro) have nothing it leaves out. */
    @Test
    void theProblemSchemaIsWhatThePortalSends(Portal portal) throws Exception {
        Document document = Document.fetch(portal);
        Map<String, Object> problem = map(document.resolve(PROBLEM));
        assertTrue(map(problem.get("properties")).keySet().containsAll(Set.of("type", "title", "status", "detail", "errors")),
                "Problem: " + problem);
        Map<String, Object> fieldError = map(document.resolve(map(map(map(problem.get("properties")).get("errors")).get("items"))));
        assertEquals(Set.of("field", "code", "message"), map(fieldError.get("properties")).keySet());

        Http http = new Http(portal.baseUrl());
        HttpResponse<String> unknown = http.get("/api/v1/agencies/NO-SUCH-AGENCY");
        HttpResponse<String> withoutDevice = http.postJson("/api/v1/appraisals", "openapi-" + System.nanoTime(), "{\"overall\":9}");
        HttpResponse<String> withoutCredentials = http.get("/api/v1/audit/verify");
        assertTrue(withoutDevice.body().contains("\"errors\""), withoutDevice.body());
        assertEquals(401, withoutCredentials.statusCode());
        for (HttpResponse<String> answer : List.of(unknown, withoutDevice, withoutCredentials)) {
            assertEquals("application/problem+json", mediaType(answer), answer.body());
            Map<String, Object> sent = parse(answer.body());
            assertTrue(map(problem.get("properties")).keySet().containsAll(sent.keySet()), "not in the schema: " + sent.keySet());
        }
    }

    /** An endpoint of the application as JAX-RS sees it: method, path template and Java method. */
    record Endpoint(String method, String path, Method javaMethod, Class<?> resource) {

        /** Every endpoint but those hidden on purpose ({@link #hidden()}). */
        static List<Endpoint> all() {
            return scan().stream().filter(endpoint -> !endpoint.isHidden()).toList();
        }

        /** Endpoints left out of the description on purpose ({@code @Operation(hidden = true)}). */
        static List<Endpoint> hidden() {
            return scan().stream().filter(Endpoint::isHidden).toList();
        }

        boolean isHidden() {
            Operation operation = javaMethod.getAnnotation(Operation.class);
            return operation != null && operation.hidden();
        }

        private static List<Endpoint> scan() {
            var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.minping.web");
            String root = classes.stream().filter(c -> c.isAnnotatedWith(ApplicationPath.class))
                    .map(c -> c.reflect().getAnnotation(ApplicationPath.class).value()).findFirst().orElseThrow();
            List<Endpoint> endpoints = new ArrayList<>();
            for (JavaClass type : classes) {
                if (!type.isAnnotatedWith(Path.class) || type.isInterface()) {
                    continue;
                }
                Class<?> resource = type.reflect();
                for (Method method : resource.getDeclaredMethods()) {
                    String verb = httpMethod(method);
                    if (verb == null) {
                        assertTrue(!method.isAnnotationPresent(Path.class), "sub-resource locators are not described: " + method);
                        continue;
                    }
                    assertTrue(Modifier.isPublic(method.getModifiers()), method.toString());
                    endpoints.add(new Endpoint(verb, join(root, resource.getAnnotation(Path.class).value(),
                            method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : ""), method, resource));
                }
            }
            assertTrue(endpoints.size() > 15, "found only " + endpoints);
            return endpoints;
        }

        private static String httpMethod(Method method) {
            return Arrays.stream(method.getAnnotations())
                    .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                    .filter(Objects::nonNull).map(HttpMethod::value).findFirst().orElse(null);
        }

        /** "/api" + "v1/agencies" + "{code: [A-Z]+}" → "/api/v1/agencies/{code}", as OpenAPI writes templates. */
        private static String join(String... parts) {
            String path = ("/" + String.join("/", parts)).replaceAll("/+", "/").replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
            return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        }

        <A extends Annotation> Stream<String> parameters(Class<A> kind, Function<A, String> name) {
            return Arrays.stream(javaMethod.getParameters()).filter(p -> p.isAnnotationPresent(kind)).map(p -> name.apply(p.getAnnotation(kind)));
        }

        boolean takesABody() {
            return Arrays.stream(javaMethod.getParameters()).anyMatch(OpenApiIT::isEntity) || parameters(FormParam.class, FormParam::value).findAny().isPresent();
        }

        List<String> consumes() {
            Consumes consumes = javaMethod.isAnnotationPresent(Consumes.class) ? javaMethod.getAnnotation(Consumes.class) : resource.getAnnotation(Consumes.class);
            return consumes == null ? List.of() : List.of(consumes.value());
        }

        List<String> produces() {
            Produces produces = javaMethod.isAnnotationPresent(Produces.class) ? javaMethod.getAnnotation(Produces.class) : resource.getAnnotation(Produces.class);
            return produces == null ? List.of() : List.of(produces.value());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static boolean isEntity(Parameter parameter) {
        return parameter.getAnnotations().length == 0 || Arrays.stream(parameter.getAnnotations())
                .noneMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs") || a.annotationType() == Context.class);
    }

    /** The OpenAPI document as the portal serves it, with what it takes to follow its references. */
    record Document(Map<String, Object> root) {

        static Document fetch(Portal portal) throws Exception {
            HttpResponse<String> response = new Http(portal.baseUrl()).get("/openapi?format=JSON");
            assertEquals(200, response.statusCode(), "/openapi");
            return new Document(parse(response.body()));
        }

        Set<String> operations() {
            Set<String> operations = new TreeSet<>();
            map(root.get("paths")).forEach((path, item) -> map(item).keySet().stream()
                    .filter(key -> Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(key))
                    .forEach(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path)));
            return operations;
        }

        Map<String, Object> operation(Endpoint endpoint) {
            Object item = map(root.get("paths")).get(endpoint.path());
            return item == null ? null : mapOrNull(map(item).get(endpoint.method().toLowerCase(Locale.ROOT)));
        }

        /** Follows a "#/components/..." reference, or the object's own $ref; null when it leads nowhere. */
        Object resolve(Object refOrObject) {
            String ref = refOrObject instanceof String text ? text
                    : refOrObject instanceof Map<?, ?> object && object.get("$ref") instanceof String text ? text : null;
            if (ref == null) {
                return refOrObject;
            }
            if (!ref.startsWith("#/")) {
                return null;
            }
            Object at = root;
            for (String step : ref.substring(2).split("/")) {
                if (!(at instanceof Map<?, ?> object) || !object.containsKey(step)) {
                    return null;
                }
                at = object.get(step);
            }
            return resolve(at);
        }

        List<String> gapsOf(Endpoint endpoint, Map<String, Object> operation) {
            List<String> gaps = new ArrayList<>();
            if (!(operation.get("summary") instanceof String summary) || summary.isBlank()) {
                gaps.add("no summary");
            }
            Map<String, Object> responses = mapOrEmpty(operation.get("responses"));
            Set<String> securitySchemes = securityOf(operation);
            documentsParameters(endpoint, operation, securitySchemes, gaps);
            documentsTheBody(endpoint, operation, responses, gaps);
            if (endpoint.path().contains("{") && !responses.containsKey("404")) {
                gaps.add("a path parameter but no 404");
            }
            if (!responses.containsKey("503")) {
                gaps.add("no 503 (the database is away)");
            }
            if (securitySchemes.isEmpty() == responses.containsKey("401")) {
                gaps.add(securitySchemes.isEmpty() ? "401 without a security requirement" : "a security requirement but no 401");
            }
            Map<String, Object> schemes = mapOrEmpty(mapOrEmpty(root.get("components")).get("securitySchemes"));
            securitySchemes.stream().filter(name -> !schemes.containsKey(name)).forEach(name -> gaps.add("unknown security scheme " + name));
            documentsTheAnswers(endpoint, responses, gaps);
            return gaps;
        }

        private void documentsParameters(Endpoint endpoint, Map<String, Object> operation, Set<String> security, List<String> gaps) {
            Map<String, Map<String, Object>> documented = new java.util.HashMap<>();
            for (Object parameter : listOrEmpty(operation.get("parameters"))) {
                Map<String, Object> resolved = mapOrEmpty(resolve(parameter));
                documented.put(resolved.get("in") + " " + resolved.get("name"), resolved);
            }
            Set<String> apiKeyHeaders = security.stream().map(name -> mapOrEmpty(resolve("#/components/securitySchemes/" + name)))
                    .filter(scheme -> "apiKey".equals(scheme.get("type")) && "header".equals(scheme.get("in")))
                    .map(scheme -> "header " + scheme.get("name")).collect(Collectors.toSet());
            List<String> expected = new ArrayList<>();
            endpoint.parameters(PathParam.class, PathParam::value).forEach(name -> expected.add("path " + name));
            endpoint.parameters(QueryParam.class, QueryParam::value).forEach(name -> expected.add("query " + name));
            endpoint.parameters(HeaderParam.class, HeaderParam::value).forEach(name -> expected.add("header " + name));
            for (String parameter : expected) {
                Map<String, Object> described = documented.get(parameter);
                if (described == null && !apiKeyHeaders.contains(parameter)) {
                    gaps.add("parameter " + parameter + " not described");
                } else if (described != null && !(described.get("description") instanceof String text && !text.isBlank())) {
                    gaps.add("parameter " + parameter + " without a description");
                } else if (described != null && described.get("schema") == null) {
                    gaps.add("parameter " + parameter + " without a schema");
                } else if (parameter.startsWith("path ") && !Boolean.TRUE.equals(described.get("required"))) {
                    gaps.add("path parameter " + parameter + " not required");
                }
            }
        }

        private void documentsTheBody(Endpoint endpoint, Map<String, Object> operation, Map<String, Object> responses, List<String> gaps) {
            if (!endpoint.takesABody()) {
                return;
            }
            Map<String, Object> content = mapOrEmpty(mapOrEmpty(resolve(operation.get("requestBody"))).get("content"));
            if (content.isEmpty()) {
                gaps.add("takes a body but describes none");
            }
            if (!new TreeSet<>(content.keySet()).equals(new TreeSet<>(endpoint.consumes()))) {
                gaps.add("request body is " + content.keySet() + " but the endpoint consumes " + endpoint.consumes());
            }
            for (String type : endpoint.consumes()) {
                // a shape of the components, not the bare string or object the scan makes of a Java parameter
                Object schema = mapOrEmpty(content.get(type)).get("schema");
                if (!(mapOrEmpty(schema).get("$ref") instanceof String ref && ref.startsWith("#/components/schemas/"))) {
                    gaps.add("request body " + type + " without a documented schema: " + content);
                }
            }
            endpoint.parameters(FormParam.class, FormParam::value).forEach(part -> {
                Object schema = resolve(mapOrEmpty(content.get("multipart/form-data")).get("schema"));
                if (!mapOrEmpty(mapOrEmpty(schema).get("properties")).containsKey(part)) {
                    gaps.add("form part " + part + " not described");
                }
            });
            if (!endpoint.consumes().isEmpty() && !responses.containsKey("415")) {
                gaps.add("takes a body but no 415");
            }
            if (!responses.containsKey("400") && !responses.containsKey("422")) {
                gaps.add("takes a body but neither 400 nor 422");
            }
        }

        private void documentsTheAnswers(Endpoint endpoint, Map<String, Object> responses, List<String> gaps) {
            if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                gaps.add("no 2xx answer");
            }
            responses.forEach((code, declared) -> {
                Map<String, Object> response = mapOrEmpty(resolve(declared));
                if (!(response.get("description") instanceof String text) || text.isBlank()) {
                    gaps.add(code + " without a description");
                }
                Map<String, Object> content = mapOrEmpty(response.get("content"));
                if (code.startsWith("2")) {
                    if (!new TreeSet<>(content.keySet()).equals(new TreeSet<>(endpoint.produces()))) {
                        gaps.add(code + " is " + content.keySet() + " but the endpoint produces " + endpoint.produces());
                    }
                    content.forEach((type, media) -> {
                        if (!(resolve(mapOrEmpty(media).get("schema")) instanceof Map<?, ?>)) {
                            gaps.add(code + " " + type + " without a schema that resolves");
                        }
                    });
                } else if (code.startsWith("4") || code.startsWith("5")) {
                    Object schema = mapOrEmpty(content.get("application/problem+json")).get("schema");
                    if (!content.keySet().equals(Set.of("application/problem+json"))
                            || !PROBLEM.equals(mapOrEmpty(schema).get("$ref"))) {
                        gaps.add(code + " is not a Problem as application/problem+json: " + content);
                    }
                } else {
                    gaps.add("unexpected answer " + code);
                }
            });
        }

        private static Set<String> securityOf(Map<String, Object> operation) {
            Set<String> names = new TreeSet<>();
            listOrEmpty(operation.get("security")).forEach(requirement -> names.addAll(mapOrEmpty(requirement).keySet()));
            return names;
        }
    }

    /** Where two parsed documents first differ, as a path and the two values; empty when they are equal. */
    private static String difference(String path, Object one, Object other) {
        if (one instanceof Map<?, ?> a && other instanceof Map<?, ?> b) {
            for (Object key : new TreeSet<>(Stream.concat(a.keySet().stream(), b.keySet().stream()).map(String::valueOf).toList())) {
                String found = difference(path + "/" + key, a.get(key), b.get(key));
                if (!found.isEmpty()) {
                    return found;
                }
            }
            return "";
        }
        if (one instanceof List<?> a && other instanceof List<?> b && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                String found = difference(path + "/" + i, a.get(i), b.get(i));
                if (!found.isEmpty()) {
                    return found;
                }
            }
            return "";
        }
        return Objects.equals(one, other) ? "" : path + ": " + describe(one) + " vs. " + describe(other);
    }

    private static String describe(Object value) {
        return value == null ? "nothing" : value + " (" + value.getClass().getSimpleName() + ")";
    }

    private static void collectRefs(Object node, List<String> refs) {
        if (node instanceof Map<?, ?> object) {
            object.forEach((key, value) -> {
                if ("$ref".equals(key)) {
                    refs.add(String.valueOf(value));
                } else {
                    collectRefs(value, refs);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectRefs(item, refs));
        }
    }

    /** YAML or JSON (YAML's subset) as plain maps and lists with text keys, so the two formats compare. */
    static Map<String, Object> parse(String text) {
        return map(normalized(new Yaml().load(text)));
    }

    private static Object normalized(Object node) {
        if (node instanceof Map<?, ?> object) {
            Map<String, Object> copy = new java.util.LinkedHashMap<>();
            object.forEach((key, value) -> copy.put(String.valueOf(key), normalized(value)));
            return copy;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(OpenApiIT::normalized).toList();
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        if (!(node instanceof Map<?, ?>)) {
            throw new AssertionError("not an object: " + node);
        }
        return (Map<String, Object>) node;
    }

    private static Map<String, Object> mapOrNull(Object node) {
        return node instanceof Map<?, ?> ? map(node) : null;
    }

    private static Map<String, Object> mapOrEmpty(Object node) {
        return node instanceof Map<?, ?> ? map(node) : Map.of();
    }

    private static List<?> listOrEmpty(Object node) {
        return node instanceof List<?> list ? list : List.of();
    }

    private static String mediaType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip().toLowerCase(Locale.ROOT);
    }

    private static String head(String text) {
        return text.substring(0, Math.min(300, text.length()));
    }
}

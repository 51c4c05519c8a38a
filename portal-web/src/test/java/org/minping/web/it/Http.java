package org.minping.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the tests: one cookie jar per instance, redirects not followed unless asked. */
public final class Http {

    private final String baseUrl;
    private final HttpClient client;

    public Http(String baseUrl) {
        this(baseUrl, HttpClient.Redirect.NEVER);
    }

    public Http(String baseUrl, HttpClient.Redirect redirects) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder()
                .followRedirects(redirects)
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    /** A GET with HTTP Basic credentials, as auditors' tools call the audit API. */
    public HttpResponse<String> getAs(String path, String user, String password) throws IOException, InterruptedException {
        String credentials = java.util.Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return send(request(path).header("Authorization", "Basic " + credentials).GET().build());
    }

    public HttpResponse<String> postJson(String path, String idempotencyKey, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.build());
    }

    public HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * Logs in through the login form as a browser does: fetches the form, which carries the
     * session's login token, and posts the name, the password and the token.
     */
    public HttpResponse<String> logIn(String username, String password) throws IOException, InterruptedException {
        return postLogin(loginToken(get("/login").body()), username, password);
    }

    /** Posts the login form with a token read from it (see {@link #loginToken}). */
    public HttpResponse<String> postLogin(String token, String username, String password) throws IOException, InterruptedException {
        return post("/login", "application/x-www-form-urlencoded", "username=" + form(username) + "&password=" + form(password)
                + "&csrf=" + form(token));
    }

    /** The login token in a served login form. */
    public static String loginToken(String loginPage) {
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        if (!token.find()) {
            throw new IllegalStateException("the login page carries no login token");
        }
        return token.group(1);
    }

    private static String form(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
    }

    public HttpClient client() {
        return client;
    }

    public static JsonObject object(HttpResponse<String> response) {
        return (JsonObject) json(response);
    }

    public static JsonStructure json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).read();
    }
}

package org.minping.web.fault;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;

/** The portal's /health/ready as the fault tests read it: overall status and each check's. */
record Readiness(int httpStatus, JsonObject body) {

    /** The readiness now, or empty while the portal does not answer. */
    static Optional<Readiness> of(FaultClient client) throws InterruptedException {
        try {
            FaultClient.Answer answer = client.get("/health/ready");
            if (!answer.body().startsWith("{")) {
                return Optional.empty();
            }
            return Optional.of(new Readiness(answer.status(), Json.createReader(new StringReader(answer.body())).readObject()));
        } catch (IOException notAnswering) {
            return Optional.empty();
        }
    }

    boolean up() {
        return httpStatus == 200 && "UP".equals(body.getString("status", ""));
    }

    /** The status of the named check ("UP", "DOWN"), or empty when there is none. */
    Optional<String> check(String name) {
        return body.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> name.equals(check.getString("name"))).map(check -> check.getString("status")).findFirst();
    }

    /** A number the named check reports in its data (Payara writes it as a string), or -1. */
    long data(String name, String key) {
        return body.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> name.equals(check.getString("name")) && check.containsKey("data"))
                .map(check -> check.getJsonObject("data").get(key))
                .filter(java.util.Objects::nonNull)
                .mapToLong(value -> Long.parseLong(value instanceof jakarta.json.JsonString text ? text.getString() : value.toString()))
                .findFirst().orElse(-1);
    }

    /** Polls until the readiness satisfies the condition. */
    static Readiness await(FaultClient client, String what, java.time.Duration timeout,
                           java.util.function.Predicate<Readiness> condition) throws InterruptedException {
        Readiness[] last = new Readiness[1];
        SubmissionLoad.await("readiness " + what, timeout, () -> {
            try {
                Optional<Readiness> now = of(client);
                now.ifPresent(readiness -> last[0] = readiness);
                return now.filter(condition).isPresent();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        });
        return last[0];
    }
}

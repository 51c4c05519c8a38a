package org.minping.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.minping.core.audit.AuditLog;
import org.minping.core.evaluation.ScoringRunService;

/**
 * For auditors (HTTP Basic, permission audit:read): the audit chain's verification and events, and
 * the full input of every scoring run.
 */
@Path("v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final int MAX_PAGE = 10_000;

    @Inject
    AuditLog audit;

    @Inject
    ScoringRunService scoring;

    @GET
    @Path("verify")
    public JsonObject verify() {
        AuditLog.Verification verification = audit.verify();
        JsonObjectBuilder body = Json.createObjectBuilder().add("intact", verification.isIntact())
                .add("events", verification.events()).add("headHash", verification.headHash());
        verification.brokenLink().ifPresent(b -> body.add("brokenLink",
                Json.createObjectBuilder().add("seq", b.seq()).add("reason", b.reason())));
        return body.build();
    }

    /**
     * Everything a scoring run scored, experts by pseudonym: recomputed with the Recompute command
     * line it gives the run's digests. The public input.json of a cycle leaves out what the public
     * pages withhold.
     */
    @GET
    @Path("runs/{run}/input.json")
    public Response runInput(@PathParam("run") long run) {
        return Response.ok(scoring.runInput(run), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"minping-run-" + run + "-input.json\"")
                .build();
    }

    /** Events in sequence order, with everything needed to verify them offline (VerifyAuditChain). */
    @GET
    @Path("events")
    public JsonArray events(@QueryParam("from") @DefaultValue("1") long from,
                            @QueryParam("limit") @DefaultValue("10000") int limit) {
        JsonArrayBuilder events = Json.createArrayBuilder();
        audit.events(from, Math.max(1, Math.min(limit, MAX_PAGE))).forEach(e -> events.add(Json.createObjectBuilder()
                .add("seq", e.seq()).add("occurredAt", e.occurredAtUtc().toString()).add("actor", e.actor())
                .add("action", e.action()).add("subject", e.subject()).add("payload", e.payload())
                .add("previousHash", e.previousHash()).add("hash", e.hash())));
        return events.build();
    }
}

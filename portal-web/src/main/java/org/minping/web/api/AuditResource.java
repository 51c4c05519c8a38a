package org.minping.web.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
@Tag(name = "Audit", description = "For auditors: the audit chain and the full input of every scoring run")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final int MAX_PAGE = 10_000;

    @Inject
    AuditLog audit;

    @Inject
    ScoringRunService scoring;

    @GET
    @Path("verify")
    @Operation(summary = "Verify the audit chain")
    @SecurityRequirement(name = "staffBasic")
    @APIResponse(responseCode = "200", description = "intact, or the first broken link",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AuditVerification")))
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
    @Operation(summary = "Everything a scoring run scored, for recomputation")
    @SecurityRequirement(name = "staffBasic")
    @APIResponse(responseCode = "200", description = "the run's full input (a download)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RunInput")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response runInput(@Parameter(description = "the run's id, as in the results", required = true) @PathParam("run") long run) {
        return Response.ok(scoring.runInput(run), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"minping-run-" + run + "-input.json\"")
                .build();
    }

    /** Events in sequence order, with everything needed to verify them offline (VerifyAuditChain). */
    @GET
    @Path("events")
    @Operation(summary = "Audit events in sequence order, for verification offline")
    @SecurityRequirement(name = "staffBasic")
    @APIResponse(responseCode = "200", description = "the events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AuditEvents")))
    public JsonArray events(@Parameter(description = "the first sequence number") @QueryParam("from") @DefaultValue("1") long from,
                            @Parameter(description = "at most this many, up to 10000") @QueryParam("limit") @DefaultValue("10000") int limit) {
        JsonArrayBuilder events = Json.createArrayBuilder();
        audit.events(from, Math.max(1, Math.min(limit, MAX_PAGE))).forEach(e -> events.add(Json.createObjectBuilder()
                .add("seq", e.seq()).add("occurredAt", e.occurredAtUtc().toString()).add("actor", e.actor())
                .add("action", e.action()).add("subject", e.subject()).add("payload", e.payload())
                .add("previousHash", e.previousHash()).add("hash", e.hash())));
        return events.build();
    }
}

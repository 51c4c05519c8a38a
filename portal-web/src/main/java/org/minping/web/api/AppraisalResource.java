package org.minping.web.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import org.minping.core.appraisal.AppraisalReceipt;
import org.minping.core.appraisal.AppraisalService;
import org.minping.core.appraisal.CitizenAppraisals;
import org.minping.core.appraisal.Rater;
import java.util.List;
import java.util.Optional;
import org.minping.core.account.ApiTokens;
import org.minping.core.appraisal.AppraisalSubmission;
import org.minping.core.appraisal.Channel;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.web.security.BearerTokens;
import org.minping.web.security.ClientAddress;
import org.minping.web.security.ProofOfWork;
import org.minping.web.security.IntakeThrottle;
import org.minping.web.security.RaterIdentity;
import jakarta.servlet.http.HttpServletRequest;

/** Citizen appraisals: idempotent submission and status by receipt. */
@Path("v1/appraisals")
@Tag(name = "Appraisals", description = "Citizen appraisals: submission, status, withdrawal and appeal by receipt")
@Produces(MediaType.APPLICATION_JSON)
public class AppraisalResource {

    @Inject
    AppraisalService appraisals;

    @Inject
    org.minping.core.appraisal.AppealService appeals;

    @Inject
    CitizenAppraisals citizenAppraisals;

    @Inject
    IntakeThrottle throttle;

    @Inject
    ProofOfWork proofOfWork;

    @Inject
    ApiTokens tokens;

    @Inject
    org.minping.web.config.PublicAddress publicAddress;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "minping.appeal.working-days", defaultValue = "5")
    int appealWorkingDays;

    /**
     * 201 with the receipt once the appraisal is committed; a replay of the same key and body by the
     * same rater gets the same receipt again (200 would hide that it is the same resource, so 201 it
     * stays, with an {@code Idempotent-Replayed} header).
     *
     * <p>Who may rate: an intake system (channels APP, KIOSK and HOTLINE) with a token of the intake
     * scope, for its user named in X-Device-Token; or an anonymous client (channel API) known by its
     * own X-Device-Token, which pays the same proof of work as the web form (X-Proof-Of-Work, a
     * solved challenge of {@code GET /api/v1/pow/challenge}) for each new appraisal.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit an appraisal, exactly once",
            description = "An intake system sends its token (channels APP, KIOSK, HOTLINE); an anonymous client (channel API) a solved"
                    + " proof of work. The same key and body from the same rater answer the first receipt again (Idempotent-Replayed: true).")
    @SecurityRequirement(name = "intakeToken")
    @SecurityRequirement(name = "proofOfWork")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AppraisalSubmission")))
    @APIResponse(responseCode = "201", description = "stored (or replayed): the receipt",
            headers = {@Header(name = "Location", description = "the appraisal's status"),
                    @Header(name = "Idempotent-Replayed", description = "true when this is the first answer again")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AppraisalReceipt")))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response submit(@Parameter(description = "8-128 visible ASCII characters, e.g. a UUID; the same key and body are stored once",
                                      required = true) @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @Parameter(description = "the rater: an intake system's identifier of its user, or an anonymous client's own"
                                   + " random token; 16-128 letters, digits, - or _", required = true)
                           @HeaderParam(RaterIdentity.DEVICE_HEADER) String deviceToken,
                           @Parameter(hidden = true, description = "the proofOfWork security scheme") @HeaderParam(ProofOfWork.HEADER) String proof,
                           String body,
                           @Context HttpServletRequest request) {
        // A system's token is checked before the body is parsed, and must be valid: no quiet fall-back
        // to anonymous. Other schemes (a signed-in person's HTTP Basic) vouch for no one here.
        Optional<String> system = BearerTokens.holder(request, tokens, ApiTokens.INTAKE).map(ApiTokens.Holder::name);
        if (BearerTokens.present(request) && system.isEmpty()) {
            return Problem.unauthorized("the API token is not valid for the intake scope");
        }
        AppraisalSubmission submission = AppraisalRequestParser.parse(body);
        if (system.isEmpty() && submission.channel() != null && submission.channel() != Channel.API) {
            return Problem.unauthorized("channel " + submission.channel() + " is for intake systems: send the system's"
                    + " API token of the intake scope as Authorization: Bearer");
        }
        String address = ClientAddress.of(request);
        Rater rater = RaterIdentity.ofApiRequest(system, deviceToken).from(IntakeThrottle.networkOf(address));
        Optional<AppraisalReceipt> replay = appraisals.replay(idempotencyKey, submission, rater);
        if (replay.isPresent()) {
            return created(replay.get());
        }
        if (system.isEmpty()) {
            if (proof == null || proof.isBlank()) {
                throw new InvalidInputException(List.of(new FieldError(ProofOfWork.HEADER, "required", ProofOfWork.HEADER
                        + " is required: solve a challenge of GET /api/v1/pow/challenge and send the solution", ProofOfWork.HEADER)));
            }
            if (!proofOfWork.accept(proof, address)) {
                return Problem.of(Response.Status.FORBIDDEN, "proof-of-work-failed", "Proof of work failed",
                        "the proof of work is wrong, expired or used already; solve a new challenge");
            }
        }
        long wait = system.isPresent() ? throttle.takeForSystem(system.get(), rater.identity())
                : throttle.take(address, rater.identity());
        if (wait > 0) {
            return Response.fromResponse(Problem.of(Response.Status.TOO_MANY_REQUESTS, "too-many-appraisals",
                    "Too many appraisals", "too many appraisals from this network, system or device; try again in "
                            + wait + " seconds"))
                    .header("Retry-After", wait).build();
        }
        return created(appraisals.submitAfterReplay(idempotencyKey, submission, rater));
    }

    private Response created(AppraisalReceipt receipt) {
        return Response.created(java.net.URI.create(publicAddress.of("api/v1/appraisals/" + receipt.receipt())))
                .header("Idempotent-Replayed", Boolean.toString(receipt.replayed()))
                .entity(ApiRepresentations.receipt(receipt))
                .build();
    }

    /** The status, with the appeal's state, or the last day to appeal while an appeal is possible. */
    @GET
    @Path("{receipt}")
    @Operation(summary = "The status of an appraisal, for whoever holds its receipt")
    @APIResponse(responseCode = "200", description = "the status, with the appeal or the last day to appeal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AppraisalStatus")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public JsonObject status(@Parameter(description = "the receipt, e.g. MP-7K3QF-X9D2M", required = true) @PathParam("receipt") String receipt) {
        jakarta.json.JsonObjectBuilder status = ApiRepresentations.JSON.createObjectBuilder(
                ApiRepresentations.status(appraisals.getStatus(receipt)));
        appeals.appealStatus(receipt).ifPresent(appeal -> status.add("appeal", appeal));
        appeals.deadline(receipt, appealWorkingDays).ifPresent(deadline -> status.add("appealUntil", deadline.toString()));
        return status.build();
    }

    /** The holder of the receipt withdraws the appraisal: 200 with the new status, or 409 saying why not. */
    @POST
    @Path("{receipt}/withdrawal")
    @Operation(summary = "Withdraw an appraisal",
            description = "409 when it is rejected, withdrawn already, or part of a published result.")
    @APIResponse(responseCode = "200", description = "withdrawn: the new status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AppraisalStatus")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public JsonObject withdraw(@Parameter(description = "the receipt", required = true) @PathParam("receipt") String receipt) {
        appraisals.getStatus(receipt);
        return ApiRepresentations.status(citizenAppraisals.withdraw(receipt, "receipt-holder"));
    }

    /** The holder of the receipt appeals a rejection: 201, or 409 when already appealed, 422 when not allowed. */
    @POST
    @Path("{receipt}/appeals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Appeal a rejection",
            description = "409 when already appealed; 422 when the appraisal is not rejected, the time to appeal has passed, or the statement is empty or too long.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AppealRequest")))
    @APIResponse(responseCode = "201", description = "the appeal, open",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Appeal")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response appeal(@Parameter(description = "the receipt", required = true) @PathParam("receipt") String receipt, String body) {
        appraisals.getStatus(receipt);
        String statement = AppraisalRequestParser.statement(body);
        org.minping.core.appraisal.AppealService.AppealView appeal = appeals.file(receipt, statement, appealWorkingDays);
        return Response.status(Response.Status.CREATED)
                .entity(ApiRepresentations.JSON.createObjectBuilder().add("id", appeal.id()).add("status", appeal.status()).build())
                .build();
    }
}

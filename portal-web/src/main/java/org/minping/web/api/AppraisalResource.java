package org.minping.web.api;

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
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.minping.core.appraisal.AppraisalReceipt;
import org.minping.core.appraisal.AppraisalService;
import org.minping.core.appraisal.CitizenAppraisals;
import org.minping.core.appraisal.Rater;
import org.minping.web.security.ClientAddress;
import org.minping.web.security.IntakeThrottle;
import org.minping.web.security.RaterIdentity;
import jakarta.servlet.http.HttpServletRequest;

/** Citizen appraisals: idempotent submission and status by receipt. */
@Path("v1/appraisals")
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
    org.minping.web.config.PublicAddress publicAddress;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "minping.appeal.working-days", defaultValue = "5")
    int appealWorkingDays;

    /**
     * 201 with the receipt once the appraisal is committed; a replay of the same key and body gets
     * the same receipt again (200 would hide that it is the same resource, so 201 it stays, with
     * an {@code Idempotent-Replayed} header).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@HeaderParam("Idempotency-Key") String idempotencyKey,
                           @HeaderParam(RaterIdentity.DEVICE_HEADER) String deviceToken, String body,
                           @Context UriInfo uriInfo, @Context HttpServletRequest request) {
        Rater rater = RaterIdentity.ofApiRequest(deviceToken).from(IntakeThrottle.networkOf(ClientAddress.of(request)));
        long wait = throttle.take(ClientAddress.of(request), rater.identity());
        if (wait > 0) {
            return Response.fromResponse(Problem.of(Response.Status.TOO_MANY_REQUESTS, "too-many-appraisals",
                    "Too many appraisals", "too many appraisals from this network or device; try again in " + wait + " seconds"))
                    .header("Retry-After", wait).build();
        }
        AppraisalReceipt receipt = appraisals.submit(idempotencyKey, AppraisalRequestParser.parse(body), rater);
        return Response.created(java.net.URI.create(publicAddress.of("api/v1/appraisals/" + receipt.receipt())))
                .header("Idempotent-Replayed", Boolean.toString(receipt.replayed()))
                .entity(ApiRepresentations.receipt(receipt))
                .build();
    }

    /** The status, with the appeal's state, or the last day to appeal while an appeal is possible. */
    @GET
    @Path("{receipt}")
    public JsonObject status(@PathParam("receipt") String receipt) {
        jakarta.json.JsonObjectBuilder status = jakarta.json.Json.createObjectBuilder(
                ApiRepresentations.status(appraisals.getStatus(receipt)));
        appeals.appealStatus(receipt).ifPresent(appeal -> status.add("appeal", appeal));
        appeals.deadline(receipt, appealWorkingDays).ifPresent(deadline -> status.add("appealUntil", deadline.toString()));
        return status.build();
    }

    /** The holder of the receipt withdraws the appraisal: 200 with the new status, or 409 saying why not. */
    @POST
    @Path("{receipt}/withdrawal")
    public JsonObject withdraw(@PathParam("receipt") String receipt) {
        appraisals.getStatus(receipt);
        return ApiRepresentations.status(citizenAppraisals.withdraw(receipt, "receipt-holder"));
    }

    /** The holder of the receipt appeals a rejection: 201, or 409 when already appealed, 422 when not allowed. */
    @POST
    @Path("{receipt}/appeals")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response appeal(@PathParam("receipt") String receipt, String body) {
        appraisals.getStatus(receipt);
        String statement = AppraisalRequestParser.statement(body);
        org.minping.core.appraisal.AppealService.AppealView appeal = appeals.file(receipt, statement, appealWorkingDays);
        return Response.status(Response.Status.CREATED)
                .entity(jakarta.json.Json.createObjectBuilder().add("id", appeal.id()).add("status", appeal.status()).build())
                .build();
    }
}

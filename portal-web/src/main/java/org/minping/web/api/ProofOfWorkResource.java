package org.minping.web.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.minping.web.security.ProofOfWork;

/** Challenges of the self-hosted proof of work that anonymous raters solve in their browser. */
@Path("v1/pow")
@Tag(name = "Appraisals")
public class ProofOfWorkResource {

    @Inject
    ProofOfWork proofOfWork;

    @GET
    @Path("challenge")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A proof-of-work challenge for an anonymous appraisal",
            description = "Solved as the ALTCHA widget does, the solution is sent as X-Proof-Of-Work with the appraisal; it expires after ten minutes, and its cost adapts to load.")
    @APIResponse(responseCode = "200", description = "a new challenge (not cached)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProofOfWorkChallenge")))
    public Response challenge(@jakarta.ws.rs.core.Context jakarta.servlet.http.HttpServletRequest request) {
        return Response.ok(proofOfWork.challenge(org.minping.web.security.ClientAddress.of(request)).toString()).header("Cache-Control", "no-store").build();
    }
}

package org.minping.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.minping.web.security.ProofOfWork;

/** Challenges of the self-hosted proof of work that anonymous raters solve in their browser. */
@Path("v1/pow")
public class ProofOfWorkResource {

    @Inject
    ProofOfWork proofOfWork;

    @GET
    @Path("challenge")
    @Produces(MediaType.APPLICATION_JSON)
    public Response challenge(@jakarta.ws.rs.core.Context jakarta.servlet.http.HttpServletRequest request) {
        return Response.ok(proofOfWork.challenge(org.minping.web.security.ClientAddress.of(request)).toString()).header("Cache-Control", "no-store").build();
    }
}

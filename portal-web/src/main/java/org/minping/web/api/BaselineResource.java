package org.minping.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The load harness's yardstick (perf/README.md): a POST that reads its body through the same
 * filters as an appraisal and does nothing else, so an appraisal's throughput can be told as a
 * share of what this Payara serves at all, measured side by side in one run.
 *
 * <p>Off (404, as any unknown path) unless {@code minping.perf.baseline} is true; the harness
 * switches it on for its own portal only.
 */
@Path("v1/perf/baseline")
public class BaselineResource {

    @Inject
    @ConfigProperty(name = "minping.perf.baseline", defaultValue = "false")
    boolean enabled;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response accept(String body) {
        if (!enabled) {
            throw new NotFoundException();
        }
        return Response.status(Response.Status.CREATED).build();
    }
}

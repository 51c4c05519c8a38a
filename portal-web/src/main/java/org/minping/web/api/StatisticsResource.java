package org.minping.web.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.minping.core.account.ApiTokens;
import org.minping.core.cycle.CycleAdminService;

/**
 * A statistics department's system imports its figures 统计数据 for a cycle as CSV, with an API token
 * of the statistics scope: the formats, checks and limits of the internal scores' import.
 */
@Path("v1/cycles/{code}/statistics")
@Tag(name = "Statistics", description = "Statistics departments' systems import their figures for a cycle")
public class StatisticsResource {

    @Inject
    ApiTokens tokens;

    @Inject
    CycleAdminService cycles;

    /** 200 with the number of scores stored; 401 without a valid token; 413 over 5 MB; 422 naming rows and columns. */
    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import statistics (CSV)",
            description = "Scores of the STATISTICS source, in the CSV formats of the internal scores. All rows or none; scores already"
                    + " present for an agency and indicator are replaced. 422 names every wrong row and column.")
    @SecurityRequirement(name = "statisticsToken")
    @RequestBody(required = true, content = {@Content(mediaType = "text/csv", schema = @Schema(ref = "InternalScoresCsv")),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(ref = "InternalScoresCsv"))})
    @APIResponse(responseCode = "200", description = "every row stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "InternalScoresStored")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response importStatistics(@Parameter(description = "the cycle's code, e.g. 2026", required = true) @PathParam("code") String code,
                                     @Context HttpServletRequest request, InputStream body) {
        return InternalScoreResource.importCsv(request, body, tokens, ApiTokens.STATISTICS,
                (csv, system) -> cycles.importStatistics(code, csv, system));
    }
}

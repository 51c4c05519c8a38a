package org.minping.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minping.core.opendata.OpenDataService;
import org.minping.core.opendata.OpenDataTable;
import org.minping.web.config.ResultsSettings;

/**
 * Open data 数据开放 of each published cycle at stable URLs, as CSV and JSON with the same columns
 * (described on the page /open-data): results, follow-up counts and appraisal counts, small cells
 * suppressed, no personal data. A cycle that is not published answers 404.
 */
@Path("v1/open-data")
@Tag(name = "Open data", description = "Published results, follow-up counts and anonymized appraisal counts of each published cycle")
public class OpenDataResource {

    @Inject
    OpenDataService openData;

    @Inject
    ResultsSettings settings;

    @GET
    @Path("{cycle}/results.csv")
    @Produces("text/csv")
    @Operation(summary = "A published cycle's results as CSV", description = "Satisfaction of fewer respondents than the minimum is empty and flagged. Not found before publication.")
    @APIResponse(responseCode = "200", description = "the results (a download)",
            content = @Content(mediaType = "text/csv", schema = @Schema(ref = "OpenDataCsv")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response resultsCsv(@Parameter(description = "the cycle's code", required = true) @PathParam("cycle") String cycle) {
        return csv(openData.results(cycle, settings.minRaters()));
    }

    @GET
    @Path("{cycle}/results.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A published cycle's results as JSON", description = "The columns and values of the CSV. Not found before publication.")
    @APIResponse(responseCode = "200", description = "the results",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OpenDataTable")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response resultsJson(@Parameter(description = "the cycle's code", required = true) @PathParam("cycle") String cycle) {
        return json(openData.results(cycle, settings.minRaters()));
    }

    @GET
    @Path("{cycle}/follow-up.csv")
    @Produces("text/csv")
    @Operation(summary = "A published cycle's bad-review follow-up counts per agency as CSV", description = "Not found before publication.")
    @APIResponse(responseCode = "200", description = "the counts (a download)",
            content = @Content(mediaType = "text/csv", schema = @Schema(ref = "OpenDataCsv")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response followUpCsv(@Parameter(description = "the cycle's code", required = true) @PathParam("cycle") String cycle) {
        return csv(openData.followUp(cycle));
    }

    @GET
    @Path("{cycle}/follow-up.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A published cycle's bad-review follow-up counts per agency as JSON", description = "Not found before publication.")
    @APIResponse(responseCode = "200", description = "the counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OpenDataTable")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response followUpJson(@Parameter(description = "the cycle's code", required = true) @PathParam("cycle") String cycle) {
        return json(openData.followUp(cycle));
    }

    @GET
    @Path("{cycle}/appraisals.csv")
    @Produces("text/csv")
    @Operation(summary = "A published cycle's appraisal counts by agency, indicator and level as CSV",
            description = "Also by region and age band where the published run weighted by them; counts under the minimum are empty and flagged. Not found before publication.")
    @APIResponse(responseCode = "200", description = "the counts (a download)",
            content = @Content(mediaType = "text/csv", schema = @Schema(ref = "OpenDataCsv")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response appraisalsCsv(@Parameter(description = "the cycle's code", required = true) @PathParam("cycle") String cycle) {
        return csv(openData.appraisals(cycle, settings.minRaters()));
    }

    @GET
    @Path("{cycle}/appraisals.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A published cycle's appraisal counts by agency, indicator and level as JSON",
            description = "The columns and values of the CSV. Not found before publication.")
    @APIResponse(responseCode = "200", description = "the counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OpenDataTable")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response appraisalsJson(@Parameter(description = "the cycle's code", required = true) @PathParam("cycle") String cycle) {
        return json(openData.appraisals(cycle, settings.minRaters()));
    }

    private static Response csv(OpenDataTable table) {
        return Response.ok(OpenDataFiles.csv(table), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName(table) + ".csv\"").build();
    }

    private static Response json(OpenDataTable table) {
        return Response.ok(OpenDataFiles.json(table).toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "inline; filename=\"" + fileName(table) + ".json\"").build();
    }

    private static String fileName(OpenDataTable table) {
        return "minping-" + table.cycle().replaceAll("[^A-Za-z0-9-]", "") + "-" + table.dataset();
    }
}

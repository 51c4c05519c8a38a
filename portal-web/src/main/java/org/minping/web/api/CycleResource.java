package org.minping.web.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import java.util.Map;
import org.minping.core.followup.FollowUpService;
import org.minping.web.config.ResultsSettings;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.minping.core.evaluation.GradeName;
import org.minping.core.evaluation.RankedAgency;
import org.minping.core.evaluation.ResultsService;
import org.minping.core.evaluation.ScoreTerm;

/** Evaluation cycles and their published results; nothing of an unpublished cycle is shown. */
@Path("v1/cycles")
@Tag(name = "Cycles and results", description = "Evaluation cycles and their published results")
@Produces(MediaType.APPLICATION_JSON)
public class CycleResource {

    @Inject
    ResultsService results;

    @Inject
    ResultsSettings settings;

    @Inject
    FollowUpService followUps;

    @Inject
    org.minping.core.evaluation.ScoringRunService scoring;

    /**
     * The published run's input as the public may see it: the cube cells of agencies whose
     * satisfaction the results withhold are left out, and the file says so. Auditors read the full
     * input, which recomputes to the run's digests, from the audit API.
     */
    @GET
    @Path("{code}/input.json")
    @Operation(summary = "The published run's input, as the public may see it",
            description = "Less the cube cells of the agencies whose satisfaction the results withhold; the file says what it leaves out and why.")
    @APIResponse(responseCode = "200", description = "the public input (a download)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PublicRunInput")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response input(@Parameter(description = "the cycle's code", required = true) @PathParam("code") String code) {
        return Response.ok(scoring.publicInput(code, settings.minRaters()), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"minping-input-" + code.replaceAll("[^A-Za-z0-9-]", "")
                        + ".json\"")
                .build();
    }

    @GET
    @Operation(summary = "Every evaluation cycle")
    @APIResponse(responseCode = "200", description = "the cycles",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Cycles")))
    public JsonArray cycles() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        results.cycles().forEach(c -> list.add(Json.createObjectBuilder()
                .add("code", c.code()).add("name", c.name().zh()).add("nameEn", c.name().en())
                .add("periodStart", c.periodStart().toString()).add("periodEnd", c.periodEnd().toString())
                .add("kind", c.kind().name()).add("state", c.state().name())
                .add("published", c.isPublished())));
        return list.build();
    }

    /** The published ranking with each agency's decomposition; 404 before publication. */
    @GET
    @Path("{code}/results")
    @Operation(summary = "The published ranking with each agency's decomposition", description = "Not found before publication.")
    @APIResponse(responseCode = "200", description = "the ranking",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Results")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public JsonObject results(@Parameter(description = "the cycle's code, e.g. 2026", required = true) @PathParam("code") String code,
                              @Parameter(description = "one pilot track; all when left out") @QueryParam("track") String track) {
        long runId = results.publishedRun(code);
        JsonArrayBuilder agencies = Json.createArrayBuilder();
        Map<String, List<ScoreTerm>> decompositions = results.decompositions(runId);
        Map<String, long[]> followUpCounts = followUps.publishedStatistics(code);
        for (RankedAgency agency : results.publicRanking(runId, blankToNull(track), settings.minRaters())) {
            JsonObjectBuilder item = Json.createObjectBuilder()
                    .add("agency", agency.agencyCode()).add("name", agency.agencyName().zh())
                    .add("nameEn", agency.agencyName().en()).add("track", agency.track());
            if (agency.score() != null) {
                item.add("score", agency.score());
            } else {
                item.addNull("score");
            }
            // Graded and ranked only on enough data; the others are listed apart with the reason.
            item.add("ranked", agency.isRanked());
            if (agency.isRanked()) {
                GradeName grade = GradeName.of(agency.grade());
                item.add("grade", agency.grade()).add("gradeCode", grade.code())
                        .add("gradeNames", Json.createObjectBuilder().add("zh", grade.name().zh()).add("en", grade.name().en()))
                        .add("rank", agency.rank())
                        .add("rankInterval", Json.createArrayBuilder().add(agency.rankLow()).add(agency.rankHigh()));
            } else {
                item.add("notRankedReason", agency.notRankedReason().name());
            }
            JsonArrayBuilder flags = Json.createArrayBuilder();
            if (agency.incomplete()) {
                flags.add("INCOMPLETE");
            }
            if (agency.insufficientSample()) {
                flags.add("INSUFFICIENT_SAMPLE");
            }
            if (agency.satisfactionSuppressed()) {
                flags.add("FEWER_THAN_MIN_RATERS");
            }
            item.add("flags", flags);
            long[] counts = followUpCounts.getOrDefault(agency.agencyCode(), new long[3]);
            item.add("followUp", Json.createObjectBuilder().add("badReviews", counts[0]).add("answeredInTime", counts[1])
                    .add("rectified", counts[2]));
            if (agency.publicMean() != null) {
                item.add("publicSatisfaction", Json.createObjectBuilder().add("mean", agency.publicMean())
                        .add("lower", agency.publicLower()).add("upper", agency.publicUpper())
                        .add("effectiveSample", agency.effectiveSample()).add("respondents", agency.respondents()));
            }
            item.add("decomposition", terms(decompositions.getOrDefault(agency.agencyCode(), List.of())));
            agencies.add(item);
        }
        return Json.createObjectBuilder().add("cycle", code).add("run", runId).add("results", agencies).build();
    }

    @GET
    @Path("{code}/results.csv")
    @Produces("text/csv")
    @Operation(summary = "The published ranking as CSV", description = "Not found before publication.")
    @APIResponse(responseCode = "200", description = "the ranking (a download)",
            content = @Content(mediaType = "text/csv", schema = @Schema(ref = "ResultsCsv")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response resultsCsv(@Parameter(description = "the cycle's code", required = true) @PathParam("code") String code,
                               @Parameter(description = "one pilot track; all when left out") @QueryParam("track") String track) {
        long runId = results.publishedRun(code);
        String csv = ResultsCsv.write(results.publicRanking(runId, blankToNull(track), settings.minRaters()));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"minping-results-" + code.replaceAll("[^A-Za-z0-9-]", "")
                        + ".csv\"")
                .build();
    }

    private static JsonArrayBuilder terms(List<ScoreTerm> terms) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (ScoreTerm term : terms) {
            JsonObjectBuilder item = Json.createObjectBuilder();
            if (term.reason() != null) {
                item.add("adjustment", term.reason());
            } else {
                item.add("indicator", term.indicatorCode()).add("source", term.source());
            }
            list.add(item.add("points", term.points()));
        }
        return list;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

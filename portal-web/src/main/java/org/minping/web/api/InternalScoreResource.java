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
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import org.minping.core.account.ApiTokens;
import org.minping.web.security.BearerTokens;
import org.minping.core.cycle.CycleAdminService;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;

/**
 * Other systems import internal assessment scores of a cycle as CSV, with an API token of the
 * internal-scores scope (Authorization: Bearer …): the same row-level validation as the
 * administrators' upload, all rows or none.
 */
@Path("v1/cycles/{code}/internal-scores")
@Tag(name = "Internal scores", description = "Other systems import the internal assessment scores of a cycle")
public class InternalScoreResource {

    static final long MAX_BYTES = 5L * 1024 * 1024;

    @Inject
    ApiTokens tokens;

    @Inject
    CycleAdminService cycles;

    /** 200 with the number of scores stored; 401 without a valid token; 413 over 5 MB; 422 naming rows and columns. */
    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import internal assessment scores (CSV)",
            description = "All rows or none; scores already present for an agency and indicator are replaced. 422 names every wrong row and column.")
    @SecurityRequirement(name = "internalScoresToken")
    @RequestBody(required = true, content = {@Content(mediaType = "text/csv", schema = @Schema(ref = "InternalScoresCsv")),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(ref = "InternalScoresCsv"))})
    @APIResponse(responseCode = "200", description = "every row stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "InternalScoresStored")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response importScores(@Parameter(description = "the cycle's code, e.g. 2026", required = true) @PathParam("code") String code,
                                 @Context HttpServletRequest request, InputStream body) {
        return importCsv(request, body, tokens, ApiTokens.INTERNAL_SCORES, (csv, system) -> cycles.importInternalScores(code, csv, system));
    }

    /** What imports a CSV for the system named by its token: the number of scores stored. */
    interface Importer {
        int importFrom(Reader csv, String actor) throws IOException;
    }

    /**
     * The import of a CSV body by a system with a token of the scope: the body limited before
     * anything is buffered or parsed, bad UTF-8 reported rather than replaced.
     */
    static Response importCsv(HttpServletRequest request, InputStream body, ApiTokens tokens, String scope, Importer importer) {
        Optional<String> system = BearerTokens.holder(request, tokens, scope).map(ApiTokens.Holder::name);
        if (system.isEmpty()) {
            return Problem.unauthorized("an API token of the " + scope + " scope is required");
        }
        try (Reader csv = new InputStreamReader(new LimitedInputStream(body, MAX_BYTES), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            int stored = importer.importFrom(csv, "token:" + system.get());
            return Response.ok(Json.createObjectBuilder().add("stored", stored).build()).build();
        } catch (IOException | UncheckedIOException failure) {
            // The CSV parser hands read failures on wrapped; what matters is what happened.
            Throwable cause = failure instanceof UncheckedIOException unchecked ? unchecked.getCause() : failure;
            if (cause instanceof LimitedInputStream.TooLargeException) {
                return Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too-large", "Too large", "the CSV may have at most 5 MB");
            }
            if (cause instanceof CharacterCodingException) {
                throw new InvalidInputException(List.of(new FieldError("file", "csv.encoding", "the CSV is not valid UTF-8")));
            }
            throw failure instanceof UncheckedIOException unchecked ? unchecked : new UncheckedIOException((IOException) failure);
        }
    }
}

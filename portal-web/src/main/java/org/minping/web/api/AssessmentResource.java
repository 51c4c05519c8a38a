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
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import org.minping.core.account.ApiTokens;
import org.minping.web.security.BearerTokens;
import org.minping.core.assessment.ScoreSheetService;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.web.security.SheetUploads;
import org.minping.web.security.UploadChecks;

/**
 * An evaluator organisation's system uploads score sheets (multipart: {@code cycle}, {@code sheet}
 * as CSV or XLSX, optionally {@code report} as PDF) with an API token of the assessments scope, and reads back its own sheets' state;
 * another organisation's sheet is 404. The same checks as the upload page.
 */
@Path("v1/assessments")
@Tag(name = "Assessments", description = "Evaluator organisations upload third-party score sheets")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    @Inject
    ApiTokens tokens;

    @Inject
    ScoreSheetService sheets;

    /** 201 with the new version, PENDING; 401 without a valid token; 413 over 5 MB; 422 naming fields or rows. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a score sheet, with its report",
            description = "The same checks as the upload page; 413 for a part over 5 MB or a request declaring more than 11 MB (send Expect: 100-continue).")
    @SecurityRequirement(name = "assessmentsToken")
    @APIResponse(responseCode = "201", description = "stored as a new version, pending acceptance",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ScoreSheet")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Invalid")
    public Response upload(@Context HttpServletRequest request, @FormParam("cycle") String cycle,
                           @FormParam("sheet") EntityPart sheet,
                           // The whole form's description sits on its last part: Payara describes a form only once its parts are read.
                           @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
                                   schema = @Schema(ref = "ScoreSheetUpload"))) @FormParam("report") EntityPart report) {
        Optional<ApiTokens.Holder> holder = BearerTokens.holder(request, tokens, ApiTokens.ASSESSMENTS);
        if (holder.isEmpty()) {
            return unauthorized();
        }
        if (cycle == null || cycle.isBlank() || sheet == null) {
            throw new InvalidInputException(List.of(new FieldError(cycle == null || cycle.isBlank() ? "cycle" : "sheet", "required",
                    "send the parts cycle (a cycle code) and sheet (the CSV file)")));
        }
        byte[] bytes = bytesOf(sheet);
        if (bytes.length > UploadChecks.MAX_BYTES) {
            return Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too-large", "Too large", "the sheet may have at most 5 MB");
        }
        byte[] pdf = report == null ? null : bytesOf(report);
        if (pdf != null && pdf.length > UploadChecks.MAX_BYTES) {
            return Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too-large", "Too large", "the report may have at most 5 MB");
        }
        String text = UploadChecks.sheetText(bytes, "sheet");
        // Checked before the sheet is stored, so a bad report leaves nothing behind.
        if (pdf != null && !UploadChecks.isPdf(pdf)) {
            throw new InvalidInputException(List.of(new FieldError("report", "report.type",
                    "the report must be a PDF (it looks like " + UploadChecks.detectedType(pdf) + ")", UploadChecks.detectedType(pdf))));
        }
        ScoreSheetService.Sheet stored = SheetUploads.store(sheets, holder.get().orgCode(), cycle.strip(),
                UploadChecks.multipartFileName(sheet.getFileName().orElse("sheet.csv")), bytes, text, pdf,
                pdf == null ? null : UploadChecks.multipartFileName(report.getFileName().orElse("report.pdf")), "token:" + holder.get().name());
        return Response.status(Response.Status.CREATED).entity(view(stored)).build();
    }

    /** At most one byte over the limit is read: enough to know it is too large. */
    private static byte[] bytesOf(EntityPart part) {
        try (InputStream in = part.getContent()) {
            return in.readNBytes((int) UploadChecks.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The state of one of the organisation's sheets: PENDING, ACCEPTED or RETURNED with the reason. */
    @GET
    @Path("{id}")
    @Operation(summary = "The state of one of the organisation's own sheets")
    @SecurityRequirement(name = "assessmentsToken")
    @APIResponse(responseCode = "200", description = "PENDING, ACCEPTED, or RETURNED with the reason",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ScoreSheet")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response state(@Context HttpServletRequest request,
                          @Parameter(description = "the sheet's id; another organisation's sheet is not found", required = true) @PathParam("id") long id) {
        Optional<ApiTokens.Holder> holder = BearerTokens.holder(request, tokens, ApiTokens.ASSESSMENTS);
        if (holder.isEmpty()) {
            return unauthorized();
        }
        return Response.ok(view(sheets.ofOrganisation(holder.get().orgCode(), id)
                .orElseThrow(() -> new NotFoundException("no such sheet")))).build();
    }

    private static Response unauthorized() {
        return Problem.unauthorized("an API token of the assessments scope is required");
    }

    private static JsonObject view(ScoreSheetService.Sheet sheet) {
        var json = Json.createObjectBuilder().add("id", sheet.id()).add("cycle", sheet.cycleCode()).add("version", sheet.version())
                .add("status", sheet.status()).add("rows", sheet.rows()).add("fileName", sheet.fileName())
                .add("report", sheet.hasReport());
        if (sheet.returnReason() != null) {
            json.add("returnReason", sheet.returnReason());
        }
        return json.build();
    }
}

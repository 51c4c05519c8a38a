package org.minping.web.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import org.minping.web.config.PublicAddress;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.minping.core.agency.AgencyDetail;
import org.minping.core.agency.AgencyQuery;
import org.minping.core.agency.AgencyService;
import org.minping.core.appraisal.AppraisalFormService;

/** Public agency directory and appraisal forms. */
@Path("v1/agencies")
@Tag(name = "Agencies", description = "The pilot agencies, their services, service halls and appraisal forms")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyResource {

    @Inject
    PublicAddress publicAddress;

    @Inject
    AgencyService agencies;

    @Inject
    AppraisalFormService forms;

    @GET
    @Operation(summary = "Search the agencies",
            description = "Every filter is optional. q matches the Chinese name, the short name of the notice, the English name or the code; % and _ match literally.")
    @APIResponse(responseCode = "200", description = "the matching agencies",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Agencies")))
    public JsonArray search(@Parameter(description = "text to find in the names or the code") @QueryParam("q") String text,
                            @Parameter(description = "a pilot track code, e.g. LOCAL") @QueryParam("track") String track,
                            @Parameter(description = "a region code, e.g. ZJ") @QueryParam("region") String region) {
        JsonArrayBuilder result = Json.createArrayBuilder();
        agencies.search(new AgencyQuery(text, track, region))
                .forEach(agency -> result.add(ApiRepresentations.agency(agency)));
        return result.build();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One agency with its services and service halls")
    @APIResponse(responseCode = "200", description = "the agency",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AgencyDetail")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public JsonObject get(@Parameter(description = "the agency's code, e.g. HZ", required = true) @PathParam("code") String code) {
        return ApiRepresentations.agencyDetail(agencies.getByCode(code));
    }

    /**
     * A QR code (PNG) that opens the agency's appraisal form, with the service and the service hall
     * chosen when they are given: printed for service halls and counters (the printable page is
     * /qr). The link points at the portal's public address (never the address the request names:
     * see {@link PublicAddress}).
     */
    @GET
    @Path("{code}/qr.png")
    @Produces("image/png")
    @Operation(summary = "A QR code of the agency's appraisal form",
            description = "A PNG that opens the appraisal form with the agency (and service, and service hall) filled in;"
                    + " header X-Form-Url carries the address it encodes.")
    @APIResponse(responseCode = "200", description = "the QR code",
            content = @Content(mediaType = "image/png", schema = @Schema(ref = "QrCode")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response qrCode(@Parameter(description = "the agency's code", required = true) @PathParam("code") String code,
                           @Parameter(description = "one of the agency's services, chosen on the form") @QueryParam("service") String service,
                           @Parameter(description = "one of the agency's service halls, chosen on the form as where the citizen was served")
                           @QueryParam("hall") String hall) {
        AgencyDetail agency = agencies.getByCode(code);
        if (service != null && agency.services().stream().noneMatch(s -> s.code().equals(service))) {
            throw new NotFoundException("agency " + code + " offers no service " + service);
        }
        if (hall != null && agency.halls().stream().noneMatch(h -> h.code().equals(hall))) {
            throw new NotFoundException("agency " + code + " has no service hall " + hall);
        }
        String url = formUrl(publicAddress.root(), code, service, hall);
        return Response.ok(QrCodes.png(url), "image/png")
                .header("Cache-Control", "public, max-age=86400")
                .header("X-Form-Url", url)
                .build();
    }

    static String formUrl(String base, String agencyCode, String serviceCode, String hallCode) {
        String root = base.endsWith("/") ? base : base + "/";
        StringBuilder url = new StringBuilder(root).append("agency?code=").append(URLEncoder.encode(agencyCode, StandardCharsets.UTF_8));
        if (serviceCode != null) {
            url.append("&service=").append(URLEncoder.encode(serviceCode, StandardCharsets.UTF_8));
        }
        if (hallCode != null) {
            url.append("&hall=").append(URLEncoder.encode(hallCode, StandardCharsets.UTF_8));
        }
        return url.toString();
    }

    @GET
    @Path("{code}/form")
    @Operation(summary = "What the appraisal form of the agency asks")
    @APIResponse(responseCode = "200", description = "the indicators, levels and services to rate, and the halls to name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AppraisalForm")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public JsonObject form(@Parameter(description = "the agency's code", required = true) @PathParam("code") String code) {
        return ApiRepresentations.form(forms.getForm(code));
    }
}

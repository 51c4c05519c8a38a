package org.minping.web.api;

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
@Produces(MediaType.APPLICATION_JSON)
public class AgencyResource {

    @Inject
    PublicAddress publicAddress;

    @Inject
    AgencyService agencies;

    @Inject
    AppraisalFormService forms;

    @GET
    public JsonArray search(@QueryParam("q") String text, @QueryParam("track") String track,
                            @QueryParam("region") String region) {
        JsonArrayBuilder result = Json.createArrayBuilder();
        agencies.search(new AgencyQuery(text, track, region))
                .forEach(agency -> result.add(ApiRepresentations.agency(agency)));
        return result.build();
    }

    @GET
    @Path("{code}")
    public JsonObject get(@PathParam("code") String code) {
        return ApiRepresentations.agencyDetail(agencies.getByCode(code));
    }

    /**
     * A QR code (PNG) that opens the agency's appraisal form, with the service chosen when one is
     * given: printed for service halls and counters (the printable page is /qr). The link points
     * at the portal's public address (never the address the request names: see {@link PublicAddress}).
     */
    @GET
    @Path("{code}/qr.png")
    @Produces("image/png")
    public Response qrCode(@PathParam("code") String code, @QueryParam("service") String service) {
        AgencyDetail agency = agencies.getByCode(code);
        if (service != null && agency.services().stream().noneMatch(s -> s.code().equals(service))) {
            throw new NotFoundException("agency " + code + " offers no service " + service);
        }
        String url = formUrl(publicAddress.root(), code, service);
        return Response.ok(QrCodes.png(url), "image/png")
                .header("Cache-Control", "public, max-age=86400")
                .header("X-Form-Url", url)
                .build();
    }

    static String formUrl(String base, String agencyCode, String serviceCode) {
        String root = base.endsWith("/") ? base : base + "/";
        String url = root + "agency?code=" + URLEncoder.encode(agencyCode, StandardCharsets.UTF_8);
        return serviceCode == null ? url : url + "&service=" + URLEncoder.encode(serviceCode, StandardCharsets.UTF_8);
    }

    @GET
    @Path("{code}/form")
    public JsonObject form(@PathParam("code") String code) {
        return ApiRepresentations.form(forms.getForm(code));
    }
}

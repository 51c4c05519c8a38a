package org.minping.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.minping.core.agency.AgencyQuery;
import org.minping.core.agency.AgencyService;
import org.minping.core.appraisal.AppraisalFormService;

/** Public agency directory and appraisal forms. */
@Path("v1/agencies")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyResource {

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

    @GET
    @Path("{code}/form")
    public JsonObject form(@PathParam("code") String code) {
        return ApiRepresentations.form(forms.getForm(code));
    }
}

package org.minping.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.minping.core.account.AccountService;
import org.minping.core.account.Role;
import org.minping.core.appraisal.ServiceCaseService;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.web.security.PortalPrincipal;

/**
 * Agencies register closed service cases here (HTTP Basic, permission case:register), so that
 * citizens can rate each case once. Agency staff register only their own agency's cases.
 */
@Path("v1/service-cases")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceCaseResource {

    @Inject
    ServiceCaseService cases;

    @Inject
    AccountService accounts;

    /** {"agencyCode", "caseNumber", "serviceCode" (optional), "closedAt": UTC as 2026-11-26T10:15:00}: 201, or 409 if known. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(String body) {
        JsonObject json = AppraisalRequestParser.readObject(body);
        List<FieldError> typeErrors = new ArrayList<>();
        String agencyCode = AppraisalRequestParser.string(json, "agencyCode", typeErrors);
        String caseNumber = AppraisalRequestParser.string(json, "caseNumber", typeErrors);
        String serviceCode = AppraisalRequestParser.string(json, "serviceCode", typeErrors);
        String closedAtText = AppraisalRequestParser.string(json, "closedAt", typeErrors);
        if (!typeErrors.isEmpty()) {
            throw new MalformedRequestException("some fields have the wrong JSON type", typeErrors);
        }
        LocalDateTime closedAt = null;
        if (closedAtText != null) {
            try {
                closedAt = LocalDateTime.parse(closedAtText);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(List.of(new FieldError("closedAt", "closedAt.format",
                        "closedAt must be a UTC date and time such as 2026-11-26T10:15:00")));
            }
        }
        PortalPrincipal principal = (PortalPrincipal) SecurityUtils.getSubject().getPrincipal();
        if (!principal.roles().contains(Role.ADMIN)
                && !accounts.findAgencyCode(principal.username()).map(own -> own.equals(agencyCode)).orElse(false)) {
            throw new ForbiddenException("agency staff register their own agency's cases only");
        }
        ServiceCaseService.ServiceCase registered = cases.register(agencyCode, caseNumber, serviceCode, closedAt,
                principal.username());
        return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder()
                .add("agencyCode", registered.agencyCode()).add("caseNumber", registered.caseNumber())
                .add("closedAt", registered.closedAt().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)).build()).build();
    }
}

package org.minping.web.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.minping.core.account.IdentityVerifier;
import org.minping.core.appraisal.RatingWindow;
import org.minping.web.config.PublicAddress;
import org.minping.web.view.Messages;
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
import org.minping.core.account.AccountService;
import org.minping.core.account.Role;
import org.minping.core.appraisal.ServiceCaseService;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.web.security.PortalPrincipal;
import org.minping.web.security.CurrentUser;

/**
 * Agencies register closed service cases here (HTTP Basic, permission case:register), so that
 * citizens can rate each case once. Agency staff register only their own agency's cases.
 */
@Path("v1/service-cases")
@Tag(name = "Service cases", description = "Agencies register closed service cases, each rated once")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceCaseResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    ServiceCaseService cases;

    @Inject
    AccountService accounts;

    @Inject
    IdentityVerifier messenger;

    @Inject
    RatingWindow ratingWindow;

    @Inject
    PublicAddress publicAddress;

    @Inject
    Messages messages;

    /**
     * {"agencyCode", "caseNumber", "serviceCode" (optional), "closedAt": UTC as 2026-11-26T10:15:00,
     * "citizenContact" (optional), "language" (optional, zh or en)}: 201, or 409 if known. The case's
     * rating code goes to the citizen's contact when one is given (the answer then carries no code),
     * else it is in the answer, with the rating link, for the agency's slip or QR code.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a closed service case",
            description = "Agency staff (their own agency only) or administrators. 409 when the agency registered the number before.")
    @SecurityRequirement(name = "staffBasic")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ServiceCaseRegistration")))
    @APIResponse(responseCode = "201", description = "registered: the rating code went to the citizen, or is in the answer with the rating link",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RegisteredServiceCase")))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response register(String body) {
        JsonObject json = AppraisalRequestParser.readObject(body);
        List<FieldError> typeErrors = new ArrayList<>();
        String agencyCode = AppraisalRequestParser.string(json, "agencyCode", typeErrors);
        String caseNumber = AppraisalRequestParser.string(json, "caseNumber", typeErrors);
        String serviceCode = AppraisalRequestParser.string(json, "serviceCode", typeErrors);
        String closedAtText = AppraisalRequestParser.string(json, "closedAt", typeErrors);
        String citizenContact = AppraisalRequestParser.string(json, "citizenContact", typeErrors);
        String language = AppraisalRequestParser.string(json, "language", typeErrors);
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
        PortalPrincipal principal = currentUser.principal();
        if (!principal.roles().contains(Role.ADMIN)
                && !accounts.findAgencyCode(principal.username()).map(own -> own.equals(agencyCode)).orElse(false)) {
            throw new ForbiddenException("agency staff register their own agency's cases only");
        }
        ServiceCaseService.Registered registration = cases.register(agencyCode, caseNumber, serviceCode, closedAt,
                citizenContact, principal.username());
        ServiceCaseService.ServiceCase registered = registration.serviceCase();
        String link = publicAddress.of("agency?code=" + query(registered.agencyCode()) + "&case="
                + query(registered.caseNumber()) + "&caseCode=" + registration.ratingCode());
        JsonObjectBuilder answer = Json.createObjectBuilder()
                .add("agencyCode", registered.agencyCode()).add("caseNumber", registered.caseNumber())
                .add("closedAt", registered.closedAt().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        if (registration.citizenContact() != null) {
            Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
            messenger.deliverNotice(registration.citizenContact(), messages.get(locale, "case.notice", registered.caseNumber(),
                    link, registration.ratingCode(), registered.closedAt().plus(ratingWindow.duration()).toLocalDate()));
            answer.add("ratingCodeSentToCitizen", true);
        } else {
            answer.add("ratingCodeSentToCitizen", false).add("ratingCode", registration.ratingCode()).add("ratingLink", link);
        }
        return Response.status(Response.Status.CREATED).entity(answer.build()).build();
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

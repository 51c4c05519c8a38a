package org.minping.web.api;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import java.util.Map;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.minping.core.agency.AgencyDetail;
import org.minping.core.agency.AgencySummary;
import org.minping.core.agency.HallSummary;
import org.minping.core.appraisal.AppraisalForm;
import org.minping.core.appraisal.AppraisalReceipt;
import org.minping.core.appraisal.AppraisalStatusView;
import org.minping.core.appraisal.SatisfactionLevel;
import org.minping.core.shared.CodeName;

/** The JSON shapes of API v1, written out explicitly so that a change to a Java type never changes the contract. */
final class ApiRepresentations {

    /**
     * Builders from one provider: {@code Json.createObjectBuilder()} looks the provider up through
     * the class loaders at every call, which the load harness found costing an appraisal's answer 5%.
     */
    static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private ApiRepresentations() {
    }

    static JsonObjectBuilder agency(AgencySummary agency) {
        return JSON.createObjectBuilder()
                .add("code", agency.code())
                .add("name", agency.name().zh())
                .add("nameEn", agency.name().en())
                .add("kind", agency.kind().name())
                .add("track", agency.track().code())
                .add("region", agency.region().code());
    }

    static JsonObject agencyDetail(AgencyDetail detail) {
        return agency(detail.summary()).add("services", codeNames(detail)).add("halls", halls(detail.halls())).build();
    }

    private static JsonArrayBuilder halls(List<HallSummary> halls) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        halls.forEach(h -> array.add(codeName(new CodeName(h.code(), h.name()))
                .add("address", h.address().zh()).add("addressEn", h.address().en())));
        return array;
    }

    private static JsonArrayBuilder codeNames(AgencyDetail detail) {
        JsonArrayBuilder services = JSON.createArrayBuilder();
        detail.services().forEach(s -> services.add(codeName(s)));
        return services;
    }

    static JsonObjectBuilder codeName(CodeName item) {
        return JSON.createObjectBuilder().add("code", item.code()).add("name", item.name().zh()).add("nameEn", item.name().en());
    }

    static JsonObject form(AppraisalForm form) {
        JsonArrayBuilder indicators = JSON.createArrayBuilder();
        form.indicators().forEach(i -> indicators.add(codeName(i)));
        JsonArrayBuilder levels = JSON.createArrayBuilder();
        for (SatisfactionLevel level : form.levels()) {
            levels.add(JSON.createObjectBuilder().add("level", level.value())
                    .add("label", level.label().zh()).add("labelEn", level.label().en()));
        }
        JsonArrayBuilder services = JSON.createArrayBuilder();
        form.services().forEach(s -> services.add(codeName(s)));
        return JSON.createObjectBuilder()
                .add("agency", agency(form.agency()))
                .add("indicatorSystem", form.indicatorSystemCode())
                .add("overall", codeName(form.overall()))
                .add("indicators", indicators)
                .add("levels", levels)
                .add("services", services)
                .add("halls", halls(form.halls()))
                .add("commentMaxLength", 1000)
                .build();
    }

    static JsonObject receipt(AppraisalReceipt receipt) {
        return JSON.createObjectBuilder()
                .add("id", receipt.id())
                .add("receipt", receipt.receipt())
                .add("status", receipt.status().name())
                .build();
    }

    static JsonObject status(AppraisalStatusView view) {
        JsonArrayBuilder reasons = JSON.createArrayBuilder();
        view.reasons().forEach(reasons::add);
        return JSON.createObjectBuilder()
                .add("receipt", view.receipt())
                .add("agencyCode", view.agencyCode())
                .add("status", view.status().name())
                .add("reasons", reasons)
                .add("submittedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        view.submittedAtUtc().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)))
                .build();
    }
}

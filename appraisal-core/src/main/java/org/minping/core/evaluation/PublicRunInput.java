package org.minping.core.evaluation;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.minping.core.assessment.ExpertPseudonyms;
import org.minping.core.recompute.ScoringJson;

/**
 * The public view of a run's input ({@value ScoringJson#PUBLIC_INPUT_FORMAT}): the run's input less
 * the cube cells of every agency whose satisfaction the public pages withhold (fewer respondents
 * than the minimum: {@link RankedAgency#satisfactionShown}), saying which agencies and why, and
 * naming the run whose digests the full input gives. With nothing withheld it recomputes to the
 * run's digests; otherwise the withheld cells are missing from the raking totals and the shrinkage
 * priors of their tracks too, so the numbers that depend on them differ from the run's.
 */
public final class PublicRunInput {

    /** The code the results API flags the same agencies with. */
    public static final String WITHHELD_REASON = "FEWER_THAN_MIN_RATERS";

    /** The run the view is taken from, and its digests (of the full input, which auditors read). */
    public record Run(long id, String inputDigest, String outputDigest) {
    }

    private PublicRunInput() {
    }

    /**
     * @param runInput        the run's input as stored ({@value ScoringJson#INPUT_FORMAT})
     * @param expertPseudonym names an expert whom a run stored before pseudonyms names by account
     */
    public static JsonObject of(JsonObject runInput, Run run, int minRaters, UnaryOperator<String> expertPseudonym) {
        Set<String> withheld = withheldAgencies(runInput, minRaters);
        JsonArrayBuilder cube = Json.createArrayBuilder();
        for (JsonObject cell : runInput.getJsonArray("cube").getValuesAs(JsonObject.class)) {
            if (!withheld.contains(cell.getString("agency"))) {
                cube.add(cell);
            }
        }
        JsonArrayBuilder panel = Json.createArrayBuilder();
        for (JsonObject score : runInput.getJsonArray("panelScores").getValuesAs(JsonObject.class)) {
            String rater = score.getString("rater");
            if ("EXPERT".equals(score.getString("source")) && !ExpertPseudonyms.isPseudonym(rater)) {
                score = Json.createObjectBuilder(score).add("rater", expertPseudonym.apply(rater)).build();
            }
            panel.add(score);
        }
        JsonArrayBuilder withheldCodes = Json.createArrayBuilder();
        withheld.forEach(withheldCodes::add);
        JsonObjectBuilder view = Json.createObjectBuilder()
                .add("format", ScoringJson.PUBLIC_INPUT_FORMAT)
                .add("run", Json.createObjectBuilder().add("id", run.id()).add("inputDigest", run.inputDigest())
                        .add("outputDigest", run.outputDigest()))
                .add("withheld", Json.createObjectBuilder().add("reason", WITHHELD_REASON).add("minRaters", minRaters)
                        .add("sections", Json.createArrayBuilder().add("cube")).add("agencies", withheldCodes));
        for (Map.Entry<String, JsonValue> section : runInput.entrySet()) {
            switch (section.getKey()) {
                case "format" -> { }
                case "cube" -> view.add("cube", cube);
                case "panelScores" -> view.add("panelScores", panel);
                default -> view.add(section.getKey(), section.getValue());
            }
        }
        return view.build();
    }

    /**
     * Agencies with cells from fewer than {@code minRaters} respondents, counted as the engine
     * counts them: each appraisal once, in the overall slice. An agency with cells but none in that
     * slice (which the database never keeps) counts as none.
     */
    static Set<String> withheldAgencies(JsonObject runInput, int minRaters) {
        String overall = runInput.getString("overallIndicator");
        Map<String, Long> respondents = new TreeMap<>();
        for (JsonObject cell : runInput.getJsonArray("cube").getValuesAs(JsonObject.class)) {
            long count = cell.getString("indicator").equals(overall) ? cell.getJsonNumber("count").longValueExact() : 0;
            respondents.merge(cell.getString("agency"), count, Long::sum);
        }
        Set<String> withheld = new TreeSet<>();
        respondents.forEach((agency, count) -> {
            if (!RankedAgency.satisfactionShown(count, minRaters)) {
                withheld.add(agency);
            }
        });
        return withheld;
    }
}

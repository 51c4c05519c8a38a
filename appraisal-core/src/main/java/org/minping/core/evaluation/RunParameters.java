package org.minping.core.evaluation;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.minping.core.scoring.GradeBands;
import org.minping.core.scoring.ScoringParameters;

/** The parameters of a run as stored with it: readable JSON that says how the numbers were made. */
final class RunParameters {

    private RunParameters() {
    }

    static String describe(ScoringParameters p) {
        JsonArrayBuilder levels = Json.createArrayBuilder();
        for (double score : p.levelScale().scores()) {
            levels.add(score);
        }
        JsonArrayBuilder variables = Json.createArrayBuilder();
        p.raking().variables().forEach(v -> {
            JsonObjectBuilder shares = Json.createObjectBuilder();
            v.populationShares().forEach(shares::add);
            variables.add(Json.createObjectBuilder().add("name", v.name()).add("shares", shares));
        });
        JsonArrayBuilder grades = Json.createArrayBuilder();
        for (GradeBands.Band band : p.gradeBands().bands()) {
            grades.add(Json.createObjectBuilder().add("grade", band.grade())
                    .add("from", Double.isInfinite(band.lowerBound()) ? "-inf" : Double.toString(band.lowerBound())));
        }
        return Json.createObjectBuilder()
                .add("levelScores", levels)
                .add("raking", Json.createObjectBuilder().add("variables", variables)
                        .add("tolerance", p.raking().tolerance()).add("maxIterations", p.raking().maxIterations()))
                .add("shrinkageK", p.shrinkageK())
                .add("minEffectiveSample", p.minEffectiveSample())
                .add("gradeBands", grades)
                .add("maxBonus", p.maxBonus())
                .add("maxDeduction", p.maxDeduction())
                .add("sensitivity", Json.createObjectBuilder().add("draws", p.sensitivity().draws())
                        .add("concentration", p.sensitivity().concentration()).add("seed", p.sensitivity().seed()))
                .add("lowAgreementThreshold", p.lowAgreementThreshold())
                .build().toString();
    }
}

package org.minping.core.recompute;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.minping.core.scoring.Adjustment;
import org.minping.core.scoring.AgencyRef;
import org.minping.core.scoring.AgencyResult;
import org.minping.core.scoring.Agreement;
import org.minping.core.scoring.Contribution;
import org.minping.core.scoring.CubeCell;
import org.minping.core.scoring.GradeBands;
import org.minping.core.scoring.IndicatorNode;
import org.minping.core.scoring.IndicatorResult;
import org.minping.core.scoring.IndicatorTree;
import org.minping.core.scoring.InternalScore;
import org.minping.core.scoring.LevelScale;
import org.minping.core.scoring.PanelScore;
import org.minping.core.scoring.RakingSpec;
import org.minping.core.scoring.ScoringException;
import org.minping.core.scoring.ScoringInput;
import org.minping.core.scoring.ScoringParameters;
import org.minping.core.scoring.ScoringResult;
import org.minping.core.scoring.Sensitivity;
import org.minping.core.scoring.Source;
import org.minping.core.scoring.Stratum;
import org.minping.core.scoring.Trimming;
import org.minping.core.scoring.WeightingVariable;

/**
 * The JSON form of a scoring run's input ({@value #INPUT_FORMAT}) and result ({@value #RESULT_FORMAT}).
 * Numbers are written as Java prints doubles, which reads back to the same bits, so a run
 * exported and recomputed elsewhere yields the same digests. The schema is in the module README.
 */
public final class ScoringJson {

    public static final String INPUT_FORMAT = "minping-scoring-input/1";

    /**
     * The public view of a run's input: the same sections, less what the public pages withhold,
     * with {@code withheld} saying what and why and {@code run} naming the run (see the README).
     */
    public static final String PUBLIC_INPUT_FORMAT = "minping-public-input/1";

    public static final String RESULT_FORMAT = "minping-scoring-result/1";

    private ScoringJson() {
    }

    public static JsonObject writeInput(ScoringInput input) {
        JsonArrayBuilder agencies = Json.createArrayBuilder();
        input.agencies().forEach(a -> agencies.add(Json.createObjectBuilder().add("code", a.code()).add("track", a.track())));
        JsonObjectBuilder trees = Json.createObjectBuilder();
        input.trees().forEach((track, tree) -> {
            JsonArrayBuilder nodes = Json.createArrayBuilder();
            for (IndicatorNode node : tree.nodes()) {
                JsonObjectBuilder sources = Json.createObjectBuilder();
                node.sourceWeights().forEach((source, weight) -> sources.add(source.name(), weight));
                JsonObjectBuilder item = Json.createObjectBuilder().add("code", node.code());
                if (node.parent() == null) {
                    item.addNull("parent");
                } else {
                    item.add("parent", node.parent());
                }
                nodes.add(item.add("weight", node.weight()).add("sources", sources));
            }
            trees.add(track, nodes);
        });
        JsonArrayBuilder cube = Json.createArrayBuilder();
        for (CubeCell cell : input.cube()) {
            JsonArrayBuilder stratum = Json.createArrayBuilder();
            cell.stratum().categories().forEach(c -> {
                if (c == null) {
                    stratum.addNull();
                } else {
                    stratum.add(c);
                }
            });
            cube.add(Json.createObjectBuilder().add("agency", cell.agency()).add("indicator", cell.indicator())
                    .add("stratum", stratum).add("level", cell.level()).add("count", cell.count())
                    .add("weightSum", cell.weightSum()).add("weightSquareSum", cell.weightSquareSum()));
        }
        JsonArrayBuilder panel = Json.createArrayBuilder();
        input.panelScores().forEach(p -> panel.add(Json.createObjectBuilder().add("agency", p.agency())
                .add("indicator", p.indicator()).add("source", p.source().name()).add("rater", p.rater()).add("score", p.score())));
        JsonArrayBuilder internal = Json.createArrayBuilder();
        input.internalScores().forEach(i -> internal.add(Json.createObjectBuilder().add("agency", i.agency())
                .add("indicator", i.indicator()).add("score", i.score())));
        JsonArrayBuilder adjustments = Json.createArrayBuilder();
        input.adjustments().forEach(a -> adjustments.add(Json.createObjectBuilder().add("agency", a.agency())
                .add("reason", a.reason()).add("points", a.points())));
        return Json.createObjectBuilder()
                .add("format", INPUT_FORMAT)
                .add("overallIndicator", input.overallIndicator())
                .add("agencies", agencies)
                .add("trees", trees)
                .add("cube", cube)
                .add("panelScores", panel)
                .add("internalScores", internal)
                .add("adjustments", adjustments)
                .add("parameters", parameters(input.parameters()))
                .build();
    }

    /** The parameters alone, as stored with every run. */
    public static JsonObject writeParameters(ScoringParameters p) {
        return parameters(p).build();
    }

    private static JsonObjectBuilder parameters(ScoringParameters p) {
        JsonArrayBuilder levels = Json.createArrayBuilder();
        for (double score : p.levelScale().scores()) {
            levels.add(score);
        }
        JsonArrayBuilder variables = Json.createArrayBuilder();
        p.raking().variables().forEach(v -> {
            JsonObjectBuilder shares = Json.createObjectBuilder();
            new TreeMap<>(v.populationShares()).forEach(shares::add);
            variables.add(Json.createObjectBuilder().add("name", v.name()).add("shares", shares));
        });
        JsonObjectBuilder raking = Json.createObjectBuilder().add("variables", variables)
                .add("tolerance", p.raking().tolerance()).add("maxIterations", p.raking().maxIterations());
        p.raking().trimming().ifPresentOrElse(
                t -> raking.add("trimming", Json.createObjectBuilder().add("lower", t.lower()).add("upper", t.upper())),
                () -> raking.addNull("trimming"));
        JsonArrayBuilder grades = Json.createArrayBuilder();
        for (GradeBands.Band band : p.gradeBands().bands()) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("grade", band.grade());
            if (Double.isInfinite(band.lowerBound())) {
                item.addNull("from");
            } else {
                item.add("from", band.lowerBound());
            }
            grades.add(item);
        }
        return Json.createObjectBuilder()
                .add("levelScores", levels)
                .add("raking", raking)
                .add("shrinkageK", p.shrinkageK())
                .add("minEffectiveSample", p.minEffectiveSample())
                .add("gradeBands", grades)
                .add("maxBonus", p.maxBonus())
                .add("maxDeduction", p.maxDeduction())
                .add("sensitivity", Json.createObjectBuilder().add("draws", p.sensitivity().draws())
                        .add("concentration", p.sensitivity().concentration()).add("seed", p.sensitivity().seed()))
                .add("lowAgreementThreshold", p.lowAgreementThreshold());
    }

    /**
     * Reads a run's input, or the public view of one (whose withheld parts are simply absent).
     *
     * @throws ScoringException naming the first field that is missing or of the wrong kind
     */
    public static ScoringInput readInput(JsonObject json) {
        try {
            String format = json.getString("format", null);
            if (!INPUT_FORMAT.equals(format) && !PUBLIC_INPUT_FORMAT.equals(format)) {
                throw new ScoringException("format must be " + INPUT_FORMAT + " or " + PUBLIC_INPUT_FORMAT);
            }
            List<AgencyRef> agencies = new ArrayList<>();
            for (JsonObject a : json.getJsonArray("agencies").getValuesAs(JsonObject.class)) {
                agencies.add(new AgencyRef(a.getString("code"), a.getString("track")));
            }
            Map<String, IndicatorTree> trees = new LinkedHashMap<>();
            json.getJsonObject("trees").forEach((track, nodes) -> {
                List<IndicatorNode> list = new ArrayList<>();
                for (JsonObject node : nodes.asJsonArray().getValuesAs(JsonObject.class)) {
                    Map<Source, Double> sources = new EnumMap<>(Source.class);
                    node.getJsonObject("sources").forEach((source, weight) ->
                            sources.put(Source.valueOf(source), ((JsonNumber) weight).doubleValue()));
                    list.add(new IndicatorNode(node.getString("code"), node.isNull("parent") ? null : node.getString("parent"),
                            node.getJsonNumber("weight").doubleValue(), sources));
                }
                trees.put(track, new IndicatorTree(list));
            });
            List<CubeCell> cube = new ArrayList<>();
            for (JsonObject c : json.getJsonArray("cube").getValuesAs(JsonObject.class)) {
                List<String> categories = new ArrayList<>();
                for (JsonValue category : c.getJsonArray("stratum")) {
                    categories.add(category == JsonValue.NULL ? null : ((jakarta.json.JsonString) category).getString());
                }
                cube.add(new CubeCell(c.getString("agency"), c.getString("indicator"), new Stratum(categories),
                        c.getInt("level"), c.getJsonNumber("count").longValueExact(), c.getJsonNumber("weightSum").doubleValue(),
                        c.getJsonNumber("weightSquareSum").doubleValue()));
            }
            List<PanelScore> panel = new ArrayList<>();
            for (JsonObject p : json.getJsonArray("panelScores").getValuesAs(JsonObject.class)) {
                panel.add(new PanelScore(p.getString("agency"), p.getString("indicator"), Source.valueOf(p.getString("source")),
                        p.getString("rater"), p.getJsonNumber("score").doubleValue()));
            }
            List<InternalScore> internal = new ArrayList<>();
            for (JsonObject i : json.getJsonArray("internalScores").getValuesAs(JsonObject.class)) {
                internal.add(new InternalScore(i.getString("agency"), i.getString("indicator"), i.getJsonNumber("score").doubleValue()));
            }
            List<Adjustment> adjustments = new ArrayList<>();
            for (JsonObject a : json.getJsonArray("adjustments").getValuesAs(JsonObject.class)) {
                adjustments.add(new Adjustment(a.getString("agency"), a.getString("reason"), a.getJsonNumber("points").doubleValue()));
            }
            return new ScoringInput(agencies, trees, json.getString("overallIndicator"), cube, panel, internal, adjustments,
                    readParameters(json.getJsonObject("parameters")));
        } catch (NullPointerException | ClassCastException | IllegalArgumentException | ArithmeticException e) {
            if (e instanceof ScoringException scoring) {
                throw scoring;
            }
            throw new ScoringException("the input is not a " + INPUT_FORMAT + " document: " + e.getMessage());
        }
    }

    private static ScoringParameters readParameters(JsonObject p) {
        double[] levels = p.getJsonArray("levelScores").getValuesAs(JsonNumber.class).stream()
                .mapToDouble(JsonNumber::doubleValue).toArray();
        JsonObject raking = p.getJsonObject("raking");
        List<WeightingVariable> variables = new ArrayList<>();
        for (JsonObject v : raking.getJsonArray("variables").getValuesAs(JsonObject.class)) {
            Map<String, Double> shares = new LinkedHashMap<>();
            v.getJsonObject("shares").forEach((category, share) -> shares.put(category, ((JsonNumber) share).doubleValue()));
            variables.add(new WeightingVariable(v.getString("name"), shares));
        }
        Optional<Trimming> trimming = raking.isNull("trimming") ? Optional.empty() : Optional.of(new Trimming(
                raking.getJsonObject("trimming").getJsonNumber("lower").doubleValue(),
                raking.getJsonObject("trimming").getJsonNumber("upper").doubleValue()));
        List<GradeBands.Band> bands = new ArrayList<>();
        for (JsonObject band : p.getJsonArray("gradeBands").getValuesAs(JsonObject.class)) {
            bands.add(new GradeBands.Band(band.getString("grade"),
                    band.isNull("from") ? Double.NEGATIVE_INFINITY : band.getJsonNumber("from").doubleValue()));
        }
        JsonObject sensitivity = p.getJsonObject("sensitivity");
        return new ScoringParameters(new LevelScale(levels),
                new RakingSpec(variables, raking.getJsonNumber("tolerance").doubleValue(), raking.getInt("maxIterations"), trimming),
                p.getJsonNumber("shrinkageK").doubleValue(), p.getJsonNumber("minEffectiveSample").doubleValue(),
                new GradeBands(bands), p.getJsonNumber("maxBonus").doubleValue(), p.getJsonNumber("maxDeduction").doubleValue(),
                new Sensitivity(sensitivity.getInt("draws"), sensitivity.getJsonNumber("concentration").doubleValue(),
                        sensitivity.getJsonNumber("seed").longValueExact()),
                p.getJsonNumber("lowAgreementThreshold").doubleValue());
    }

    public static JsonObject writeResult(ScoringResult result) {
        JsonArrayBuilder factors = Json.createArrayBuilder();
        result.raking().factors().forEach((stratum, factor) -> {
            JsonArrayBuilder categories = Json.createArrayBuilder();
            stratum.categories().forEach(c -> {
                if (c == null) {
                    categories.addNull();
                } else {
                    categories.add(c);
                }
            });
            factors.add(Json.createObjectBuilder().add("stratum", categories).add("factor", factor));
        });
        JsonArrayBuilder agencies = Json.createArrayBuilder();
        for (AgencyResult agency : result.agencies()) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("agency", agency.agency()).add("track", agency.track());
            number(item, "score", agency.score());
            if (agency.published() == null) {
                item.addNull("published").addNull("grade");
            } else {
                item.add("published", agency.published()).add("grade", agency.grade());
            }
            item.add("rank", agency.rank())
                    .add("rankInterval", Json.createArrayBuilder().add(agency.rankLow()).add(agency.rankHigh()))
                    .add("incomplete", agency.incomplete()).add("insufficientSample", agency.insufficientSample());
            JsonArrayBuilder indicators = Json.createArrayBuilder();
            for (IndicatorResult indicator : agency.indicators()) {
                JsonObjectBuilder sources = Json.createObjectBuilder();
                indicator.sources().forEach((source, value) -> sources.add(source.name(), value));
                JsonObjectBuilder entry = Json.createObjectBuilder().add("indicator", indicator.indicator())
                        .add("leafWeight", indicator.leafWeight());
                number(entry, "value", indicator.value());
                entry.add("sources", sources).add("incomplete", indicator.incomplete())
                        .add("insufficientSample", indicator.insufficientSample());
                indicator.publicEstimate().ifPresent(e -> entry.add("public", Json.createObjectBuilder()
                        .add("mean", e.mean()).add("weightSum", e.weightSum()).add("effectiveSampleSize", e.effectiveSampleSize())
                        .add("variance", e.variance()).add("standardError", e.standardError())
                        .add("lower", e.lower()).add("upper", e.upper()).add("respondents", e.respondents())));
                indicators.add(entry);
            }
            JsonArrayBuilder terms = Json.createArrayBuilder();
            for (Contribution term : agency.decomposition()) {
                JsonObjectBuilder entry = Json.createObjectBuilder();
                if (term.isAdjustment()) {
                    entry.add("adjustment", term.adjustmentReason());
                } else {
                    entry.add("indicator", term.indicator()).add("source", term.source().name());
                }
                terms.add(entry.add("points", term.points()));
            }
            agencies.add(item.add("indicators", indicators).add("decomposition", terms));
        }
        JsonArrayBuilder agreements = Json.createArrayBuilder();
        for (Agreement a : result.agreements()) {
            JsonObjectBuilder entry = Json.createObjectBuilder().add("track", a.track()).add("indicator", a.indicator())
                    .add("source", a.source().name()).add("raters", a.raters()).add("agencies", a.agencies());
            number(entry, "kendallW", a.kendallW());
            agreements.add(entry.add("low", a.low()));
        }
        return Json.createObjectBuilder()
                .add("format", RESULT_FORMAT)
                .add("inputDigest", result.inputDigest())
                .add("outputDigest", result.outputDigest())
                .add("raking", Json.createObjectBuilder().add("factors", factors)
                        .add("iterations", result.raking().iterations())
                        .add("maxRelativeError", result.raking().maxRelativeError()))
                .add("agencies", agencies)
                .add("agreements", agreements)
                .build();
    }

    /** JSON has no NaN: an undefined number is null. */
    private static void number(JsonObjectBuilder builder, String name, double value) {
        if (Double.isNaN(value)) {
            builder.addNull(name);
        } else {
            builder.add(name, value);
        }
    }

}

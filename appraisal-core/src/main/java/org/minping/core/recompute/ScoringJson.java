package org.minping.core.recompute;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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
import org.minping.core.scoring.ImportedScore;
import org.minping.core.scoring.LevelScale;
import org.minping.core.scoring.PanelScore;
import org.minping.core.scoring.RakingSpec;
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
        input.agencies().forEach(a -> {
            JsonObjectBuilder agency = Json.createObjectBuilder().add("code", a.code()).add("track", a.track());
            if (a.hasOwnSystem()) {
                agency.add("system", a.system());
            }
            agencies.add(agency);
        });
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
        JsonArrayBuilder statistics = Json.createArrayBuilder();
        input.importedScores().forEach(i -> (i.source() == Source.INTERNAL ? internal : statistics).add(Json.createObjectBuilder()
                .add("agency", i.agency()).add("indicator", i.indicator()).add("score", i.score())));
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
                .add("statisticsScores", statistics)
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
     * @throws InvalidScoringInput naming the first field that is missing, of the wrong kind or out
     *         of range, as a path into the document ({@code cube[3].weightSquareSum})
     */
    public static ScoringInput readInput(JsonObject json) {
        Fields document = Fields.of(json);
        String format = document.has("format") && !document.isNull("format") ? document.string("format") : null;
        if (!INPUT_FORMAT.equals(format) && !PUBLIC_INPUT_FORMAT.equals(format)) {
            throw document.invalid("format", "must be " + INPUT_FORMAT + " or " + PUBLIC_INPUT_FORMAT);
        }
        if (PUBLIC_INPUT_FORMAT.equals(format)) {
            checkPublicView(document);
        }
        Map<String, IndicatorTree> trees = readTrees(document.object("trees"));
        List<AgencyRef> agencies = new ArrayList<>();
        Map<String, IndicatorTree> treeOfAgency = new HashMap<>();
        for (Fields a : document.objects("agencies")) {
            // "system" names a tree of the agency's kind; without it the agency is scored on its track's.
            String field = a.has("system") ? "system" : "track";
            AgencyRef agency = a.build(() -> new AgencyRef(a.string("code"), a.string("track"), a.string(field)));
            if (!trees.containsKey(agency.system())) {
                throw a.invalid(field, "names no tree of trees");
            }
            agencies.add(agency);
            treeOfAgency.put(agency.code(), trees.get(agency.system()));
        }
        String overallIndicator = document.string("overallIndicator");
        ScoringParameters parameters = readParameters(document.object("parameters"));
        List<CubeCell> cube = readCube(document, treeOfAgency, parameters.raking().variables());
        List<PanelScore> panel = new ArrayList<>();
        for (Fields p : document.objects("panelScores")) {
            checkKnown(p, treeOfAgency);
            panel.add(p.build(() -> new PanelScore(p.string("agency"), p.string("indicator"), p.constant("source", Source.class),
                    p.string("rater"), p.number("score"))));
        }
        List<ImportedScore> imported = new ArrayList<>();
        for (Fields i : document.objects("internalScores")) {
            checkKnown(i, treeOfAgency);
            imported.add(i.build(() -> ImportedScore.internal(i.string("agency"), i.string("indicator"), i.number("score"))));
        }
        // Inputs stored before the statistics source have no such array.
        for (Fields i : document.has("statisticsScores") ? document.objects("statisticsScores") : List.<Fields>of()) {
            checkKnown(i, treeOfAgency);
            imported.add(i.build(() -> ImportedScore.statistics(i.string("agency"), i.string("indicator"), i.number("score"))));
        }
        List<Adjustment> adjustments = new ArrayList<>();
        for (Fields a : document.objects("adjustments")) {
            if (!treeOfAgency.containsKey(a.string("agency"))) {
                throw a.invalid("agency", "names no agency of agencies");
            }
            adjustments.add(a.build(() -> new Adjustment(a.string("agency"), a.string("reason"), a.number("points"))));
        }
        return document.build(() -> new ScoringInput(agencies, trees, overallIndicator, cube, panel, imported, adjustments,
                parameters));
    }

    /** What the command line reads of a public view beside its input: the run it is of, and what it withholds. */
    static void checkPublicView(Fields document) {
        Fields run = document.object("run");
        run.whole("id", 0, Long.MAX_VALUE);
        run.string("inputDigest");
        run.string("outputDigest");
        Fields withheld = document.object("withheld");
        withheld.string("reason");
        withheld.whole("minRaters", 0, Integer.MAX_VALUE);
        JsonArray agencies = withheld.array("agencies");
        for (int i = 0; i < agencies.size(); i++) {
            Fields.text(agencies.get(i), withheld.path("agencies") + "[" + i + "]");
        }
    }

    private static Map<String, IndicatorTree> readTrees(Fields trees) {
        Map<String, IndicatorTree> read = new LinkedHashMap<>();
        for (String track : trees.members().keySet()) {
            List<IndicatorNode> nodes = new ArrayList<>();
            for (Fields node : trees.objects(track)) {
                Fields sources = node.object("sources");
                Map<Source, Double> weights = new EnumMap<>(Source.class);
                sources.members().forEach((source, weight) -> weights.put(
                        Fields.constant(source, sources.path(source), Source.class), Fields.number(weight, sources.path(source))));
                nodes.add(node.build(() -> new IndicatorNode(node.string("code"), node.nullableString("parent"),
                        node.number("weight"), weights)));
            }
            read.put(track, Fields.build(trees.path(track), () -> new IndicatorTree(nodes)));
        }
        return read;
    }

    private static List<CubeCell> readCube(Fields document, Map<String, IndicatorTree> treeOfAgency,
                                           List<WeightingVariable> variables) {
        List<CubeCell> cube = new ArrayList<>();
        double totalWeight = 0;
        for (Fields c : document.objects("cube")) {
            checkKnown(c, treeOfAgency);
            JsonArray stratum = c.array("stratum");
            if (stratum.size() != variables.size()) {
                throw c.invalid("stratum", "must have one category (or null) for each weighting variable "
                        + variables.stream().map(WeightingVariable::name).toList() + ", not " + stratum.size());
            }
            List<String> categories = new ArrayList<>();
            for (int v = 0; v < stratum.size(); v++) {
                JsonValue category = stratum.get(v);
                categories.add(category == JsonValue.NULL ? null : Fields.text(category, c.path("stratum") + "[" + v + "]"));
            }
            CubeCell cell = c.build(() -> new CubeCell(c.string("agency"), c.string("indicator"), new Stratum(categories),
                    c.integer("level", 1, LevelScale.LEVELS), c.whole("count", 1, Long.MAX_VALUE), c.number("weightSum"),
                    c.number("weightSquareSum")));
            totalWeight += cell.weightSum();
            // Every weight sum of the engine is part of this total, and it squares them.
            if (!Double.isFinite(totalWeight * totalWeight)) {
                throw c.invalid("weightSum", "with the cells before it, the weights of the cube add up to " + totalWeight
                        + ", too large to square, as effective sample sizes need");
            }
            cube.add(cell);
        }
        return cube;
    }

    private static void checkKnown(Fields item, Map<String, IndicatorTree> treeOfAgency) {
        IndicatorTree tree = treeOfAgency.get(item.string("agency"));
        if (tree == null) {
            throw item.invalid("agency", "names no agency of agencies");
        }
        if (!tree.isLeaf(item.string("indicator"))) {
            throw item.invalid("indicator", "is not a leaf indicator of the agency's tree");
        }
    }

    private static ScoringParameters readParameters(Fields p) {
        JsonArray levelScores = p.array("levelScores");
        double[] levels = new double[levelScores.size()];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = Fields.number(levelScores.get(i), p.path("levelScores") + "[" + i + "]");
        }
        LevelScale scale = Fields.build(p.path("levelScores"), () -> new LevelScale(levels));
        Fields raking = p.object("raking");
        List<WeightingVariable> variables = new ArrayList<>();
        for (Fields v : raking.objects("variables")) {
            Fields shares = v.object("shares");
            Map<String, Double> read = new LinkedHashMap<>();
            shares.members().forEach((category, share) -> read.put(category, Fields.number(share, shares.path(category))));
            variables.add(v.build(() -> new WeightingVariable(v.string("name"), read)));
        }
        Optional<Trimming> trimming = Optional.empty();
        if (!raking.isNull("trimming")) {
            Fields t = raking.object("trimming");
            trimming = Optional.of(t.build(() -> new Trimming(t.number("lower"), t.number("upper"))));
        }
        Optional<Trimming> trim = trimming;
        RakingSpec spec = raking.build(() -> new RakingSpec(variables, raking.number("tolerance"),
                raking.integer("maxIterations", 1, Integer.MAX_VALUE), trim));
        List<GradeBands.Band> bands = new ArrayList<>();
        for (Fields band : p.objects("gradeBands")) {
            bands.add(band.build(() -> new GradeBands.Band(band.string("grade"),
                    band.isNull("from") ? Double.NEGATIVE_INFINITY : band.number("from"))));
        }
        GradeBands grades = Fields.build(p.path("gradeBands"), () -> new GradeBands(bands));
        Fields s = p.object("sensitivity");
        Sensitivity sensitivity = s.build(() -> new Sensitivity(s.integer("draws", 0, Sensitivity.MAX_DRAWS),
                s.number("concentration"), s.whole("seed", Long.MIN_VALUE, Long.MAX_VALUE)));
        return p.build(() -> new ScoringParameters(scale, spec, p.number("shrinkageK"), p.number("minEffectiveSample"), grades,
                p.number("maxBonus"), p.number("maxDeduction"), sensitivity, p.number("lowAgreementThreshold")));
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
                item.addNull("published");
            } else {
                item.add("published", agency.published());
            }
            // Not graded: no score, or a score resting on too little data.
            if (agency.grade() == null) {
                item.addNull("grade");
            } else {
                item.add("grade", agency.grade());
            }
            item.add("rank", agency.rank())
                    .add("rankInterval", Json.createArrayBuilder().add(agency.rankLow()).add(agency.rankHigh()))
                    .add("incomplete", agency.incomplete()).add("insufficientSample", agency.insufficientSample())
                    .add("coverage", agency.coverage()).add("ranked", agency.isRanked());
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

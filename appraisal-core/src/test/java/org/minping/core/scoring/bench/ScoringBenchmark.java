package org.minping.core.scoring.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.minping.core.scoring.AgencyRef;
import org.minping.core.scoring.CubeCell;
import org.minping.core.scoring.IndicatorNode;
import org.minping.core.scoring.IndicatorTree;
import org.minping.core.scoring.ImportedScore;
import org.minping.core.scoring.RakingSpec;
import org.minping.core.scoring.ScoringEngine;
import org.minping.core.scoring.ScoringInput;
import org.minping.core.scoring.ScoringParameters;
import org.minping.core.scoring.ScoringResult;
import org.minping.core.scoring.Source;
import org.minping.core.scoring.Stratum;
import org.minping.core.scoring.WeightingVariable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * National volume on one node: 10 million synthetic appraisals of 1,000 agencies in 4 tracks,
 * 6 indicators (every appraisal rates overall, each other indicator is rated half the time),
 * 20 strata (5 regions × 4 age bands) raked to margins.
 * (a) {@link #histogramsOnly}: one pass over primitive arrays building the per-cell sums;
 * (b) {@link #fullEngine}: the same pass, then cube cells, the input and the engine;
 * (c) {@link #engineFromCube}: the engine from a ready cube. Forked with -Xmx1g: (b) must fit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ScoringBenchmark {

    static final int APPRAISALS = 10_000_000;
    static final int AGENCIES = 1_000;
    static final int INDICATORS = 6;
    static final int REGIONS = 5;
    static final int AGES = 4;
    static final int STRATA = REGIONS * AGES;
    static final int LEVELS = 5;
    static final int CELLS = AGENCIES * INDICATORS * STRATA * LEVELS;
    static final String[] INDICATOR_CODES = {"OVERALL", "EFFICIENCY", "ATTITUDE", "TRANSPARENCY", "ACCESS", "RESPONSE"};

    private int[] agency;
    private byte[] stratum;
    /** levels[j][i]: appraisal i's level on indicator j, 0 when it did not rate it. */
    private byte[][] levels;
    private float[] trust;

    private List<AgencyRef> agencies;
    private Map<String, IndicatorTree> trees;
    private List<Stratum> strata;
    private List<ImportedScore> internal;
    private ScoringParameters parameters;
    private ScoringInput cubeInput;

    @Setup(Level.Trial)
    public void generate() {
        Random random = new Random(20110601);
        double[] quality = new double[AGENCIES];
        for (int g = 0; g < AGENCIES; g++) {
            quality[g] = random.nextGaussian() * 0.7;
        }
        agency = new int[APPRAISALS];
        stratum = new byte[APPRAISALS];
        trust = new float[APPRAISALS];
        levels = new byte[INDICATORS][APPRAISALS];
        for (int i = 0; i < APPRAISALS; i++) {
            int g = random.nextInt(AGENCIES);
            agency[i] = g;
            stratum[i] = (byte) random.nextInt(STRATA);
            trust[i] = random.nextInt(10) == 0 ? 0.5f : 1f;
            for (int j = 0; j < INDICATORS; j++) {
                if (j == 0 || random.nextBoolean()) {
                    levels[j][i] = (byte) Math.max(1, Math.min(5, Math.round(3.6 + quality[g] + random.nextGaussian())));
                }
            }
        }
        agencies = new ArrayList<>();
        for (int g = 0; g < AGENCIES; g++) {
            agencies.add(new AgencyRef(code(g), "T" + (g % 4)));
        }
        List<IndicatorNode> nodes = new ArrayList<>();
        nodes.add(IndicatorNode.leaf("OVERALL", null, 0.5, Map.of(Source.PUBLIC, 1.0)));
        for (int j = 1; j < INDICATORS; j++) {
            nodes.add(IndicatorNode.leaf(INDICATOR_CODES[j], null, 0.1, Map.of(Source.PUBLIC, 0.7, Source.INTERNAL, 0.3)));
        }
        IndicatorTree tree = new IndicatorTree(nodes);
        trees = ScoringInput.sameTreeForAll(agencies, tree);
        strata = new ArrayList<>();
        for (int h = 0; h < STRATA; h++) {
            strata.add(Stratum.of("R" + h / AGES, "A" + h % AGES));
        }
        internal = new ArrayList<>();
        for (int g = 0; g < AGENCIES; g++) {
            for (int j = 1; j < INDICATORS; j++) {
                internal.add(ImportedScore.internal(code(g), INDICATOR_CODES[j], 60 + random.nextDouble() * 40));
            }
        }
        WeightingVariable region = new WeightingVariable("region",
                Map.of("R0", 0.1, "R1", 0.15, "R2", 0.2, "R3", 0.25, "R4", 0.3));
        WeightingVariable age = new WeightingVariable("age", Map.of("A0", 0.2, "A1", 0.3, "A2", 0.3, "A3", 0.2));
        parameters = ScoringParameters.defaults().withRaking(RakingSpec.of(List.of(region, age)));
        cubeInput = input(histograms());
    }

    private static String code(int g) {
        return String.format("G%04d", g);
    }

    /** (a) The floor: a single pass that only builds count, Σt and Σt² per cell. */
    @Benchmark
    public Histograms histogramsOnly() {
        return histograms();
    }

    /** (b) Everything from the rows: the pass, the cube cells, the engine. */
    @Benchmark
    public ScoringResult fullEngine() {
        return ScoringEngine.score(input(histograms()));
    }

    /** (c) The engine alone, from a ready cube. */
    @Benchmark
    public ScoringResult engineFromCube() {
        return ScoringEngine.score(cubeInput);
    }

    /** Per-cell sums, indexed ((agency · 6 + indicator) · 20 + stratum) · 5 + level − 1. */
    public record Histograms(int[] count, double[] weight, double[] weightSquare) {
    }

    private Histograms histograms() {
        int[] count = new int[CELLS];
        double[] weight = new double[CELLS];
        double[] square = new double[CELLS];
        for (int j = 0; j < INDICATORS; j++) {
            byte[] rated = levels[j];
            for (int i = 0; i < APPRAISALS; i++) {
                int level = rated[i];
                if (level != 0) {
                    int cell = ((agency[i] * INDICATORS + j) * STRATA + stratum[i]) * LEVELS + level - 1;
                    double t = trust[i];
                    count[cell]++;
                    weight[cell] += t;
                    square[cell] += t * t;
                }
            }
        }
        return new Histograms(count, weight, square);
    }

    private ScoringInput input(Histograms histograms) {
        List<CubeCell> cube = new ArrayList<>();
        for (int cell = 0; cell < CELLS; cell++) {
            if (histograms.count[cell] > 0) {
                int level = cell % LEVELS + 1;
                int h = cell / LEVELS % STRATA;
                int j = cell / (LEVELS * STRATA) % INDICATORS;
                int g = cell / (LEVELS * STRATA * INDICATORS);
                cube.add(new CubeCell(agencies.get(g).code(), INDICATOR_CODES[j], strata.get(h), level,
                        histograms.count[cell], histograms.weight[cell], histograms.weightSquare[cell]));
            }
        }
        return new ScoringInput(agencies, trees, "OVERALL", cube, List.of(), internal, List.of(), parameters);
    }
}

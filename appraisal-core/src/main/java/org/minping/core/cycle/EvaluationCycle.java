package org.minping.core.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.minping.core.scoring.GradeBands;
import org.minping.core.scoring.LevelScale;
import org.minping.core.scoring.RakingSpec;
import org.minping.core.scoring.ScoringParameters;
import org.minping.core.scoring.Sensitivity;
import org.minping.core.scoring.WeightingVariable;
import org.minping.core.shared.Localized;

/** A periodic evaluation: its period, its scoring parameters, and which of its runs is the public result. */
@Entity
@Table(name = "evaluation_cycle")
public class EvaluationCycle {

    @Id
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CycleKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CycleState state;

    @Column(name = "opened_at")
    private LocalDateTime openedAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    /** Scores of levels 1 to 5, comma-separated, e.g. "0,25,50,75,100". */
    @Column(name = "level_scores", nullable = false)
    private String levelScores;

    @Column(name = "shrinkage_k", nullable = false)
    private BigDecimal shrinkageK;

    @Column(name = "min_effective_n", nullable = false)
    private BigDecimal minEffectiveN;

    /** "grade:lowerBound" pairs, comma-separated; "-" as bound for the catch-all band. */
    @Column(name = "grade_bands", nullable = false)
    private String gradeBands;

    @Column(name = "max_bonus", nullable = false)
    private BigDecimal maxBonus;

    @Column(name = "max_deduction", nullable = false)
    private BigDecimal maxDeduction;

    @Column(name = "sensitivity_draws", nullable = false)
    private int sensitivityDraws;

    @Column(name = "sensitivity_seed", nullable = false)
    private long sensitivitySeed;

    @Column(name = "published_run_id")
    private Long publishedRunId;

    @Version
    private int version;

    protected EvaluationCycle() {
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public Localized name() {
        return new Localized(nameZh, nameEn);
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public java.util.Optional<Long> publishedRunId() {
        return java.util.Optional.ofNullable(publishedRunId);
    }

    public CycleKind kind() {
        return kind;
    }

    public CycleState state() {
        return state;
    }

    public java.util.Optional<LocalDateTime> openedAt() {
        return java.util.Optional.ofNullable(openedAt);
    }

    public java.util.Optional<LocalDateTime> closedAt() {
        return java.util.Optional.ofNullable(closedAt);
    }

    /** Opens a draft: its settings freeze and appraisals submitted in its period from now on count. */
    void open(LocalDateTime now) {
        requireState("cycle.open.state", "open", CycleState.DRAFT);
        this.state = CycleState.OPEN;
        this.openedAt = now;
    }

    /** Closes an open cycle: appraisals submitted from now on no longer count. */
    void close(LocalDateTime now) {
        requireState("cycle.close.state", "close", CycleState.OPEN);
        this.state = CycleState.CLOSED;
        this.closedAt = now;
    }

    /**
     * Refuses a run of a draft, which counts no appraisals yet. A run of an open cycle is an
     * interim look; the first run after closing makes the cycle scored.
     */
    public void requireRunnable() {
        if (state == CycleState.DRAFT) {
            throw refusal("run", "cycle.run.draft", "a draft cycle counts no appraisals yet: open it before running it");
        }
    }

    /** Notes a stored run: the first that read the cycle after it closed makes it scored. */
    public void scored(boolean interim) {
        if (state == CycleState.CLOSED && !interim) {
            this.state = CycleState.SCORED;
        }
    }

    /**
     * Makes a run of this cycle its public result; an earlier publication is replaced, never edited.
     * Only a run that read the cycle after it closed is published: an interim run of an open cycle
     * did not see all of its appraisals.
     */
    public void publish(long runId, boolean interim, LocalDateTime now) {
        requireState("cycle.publish.state", "publish", CycleState.SCORED, CycleState.PUBLISHED);
        if (interim) {
            throw refusal("run", "cycle.publish.interim", "run " + runId + " was made while the cycle was open: run it again to publish",
                    runId);
        }
        this.publishedRunId = runId;
        this.state = CycleState.PUBLISHED;
        this.publishedAt = now;
    }

    private void requireState(String code, String step, CycleState... allowed) {
        if (!java.util.Arrays.asList(allowed).contains(state)) {
            throw refusal("state", code, "a cycle in state " + state + " cannot take the step '" + step + "'", state.name());
        }
    }

    private static org.minping.core.shared.InvalidInputException refusal(String field, String code, String message, Object... arguments) {
        return new org.minping.core.shared.InvalidInputException(List.of(
                new org.minping.core.shared.FieldError(field, code, message, arguments)));
    }

    public CycleParameters editableParameters() {
        return new CycleParameters(levelScores, shrinkageK, minEffectiveN, gradeBands, maxBonus, maxDeduction,
                sensitivityDraws);
    }

    /** Sets new parameters; the caller has checked them (see {@link CycleAdminService}). */
    void configure(CycleParameters parameters) {
        this.levelScores = parameters.levelScores().strip();
        this.shrinkageK = parameters.shrinkageK();
        this.minEffectiveN = parameters.minEffectiveN();
        this.gradeBands = parameters.gradeBands().strip();
        this.maxBonus = parameters.maxBonus();
        this.maxDeduction = parameters.maxDeduction();
        this.sensitivityDraws = parameters.sensitivityDraws();
    }

    static LevelScale parseLevelScores(String text) {
        return new LevelScale(Arrays.stream(text.split(",")).mapToDouble(s -> Double.parseDouble(s.strip())).toArray());
    }

    static GradeBands parseGradeBands(String text) {
        List<GradeBands.Band> bands = new ArrayList<>();
        for (String band : text.split(",")) {
            String[] parts = band.split(":");
            if (parts.length != 2) {
                throw new org.minping.core.scoring.ScoringException("gradeBands.format", "write each grade as grade:lowerBound, e.g. 优秀:90",
                        List.of());
            }
            bands.add(new GradeBands.Band(parts[0].strip(),
                    "-".equals(parts[1].strip()) ? Double.NEGATIVE_INFINITY : Double.parseDouble(parts[1].strip())));
        }
        return new GradeBands(bands);
    }

    /** The engine's parameters for this cycle, with its population margins as weighting variables. */
    public ScoringParameters parameters(List<WeightingVariable> margins) {
        return new ScoringParameters(parseLevelScores(levelScores), RakingSpec.of(margins), shrinkageK.doubleValue(),
                minEffectiveN.doubleValue(), parseGradeBands(gradeBands), maxBonus.doubleValue(), maxDeduction.doubleValue(),
                new Sensitivity(sensitivityDraws, Sensitivity.standard().concentration(), sensitivitySeed),
                ScoringParameters.defaults().lowAgreementThreshold());
    }
}

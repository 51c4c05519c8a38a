package org.minping.core.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A stored scoring run: written once with its parameters and digests, never changed afterwards. */
@Entity
@Table(name = "scoring_run")
public class ScoringRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private long cycleId;

    @Column(name = "started_by", nullable = false, updatable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private LocalDateTime startedAt;

    @Column(name = "finished_at", nullable = false, updatable = false)
    private LocalDateTime finishedAt;

    @Column(nullable = false, updatable = false)
    private String parameters;

    @Column(name = "input_sha256", nullable = false, updatable = false)
    private String inputDigest;

    @Column(name = "output_sha256", nullable = false, updatable = false)
    private String outputDigest;

    @Column(nullable = false, updatable = false)
    private long appraisals;

    /** Read while the cycle was open: a look at the intake so far, never published. */
    @Column(nullable = false, updatable = false)
    private boolean interim;

    @jakarta.persistence.Lob
    @Column(name = "input_json", updatable = false)
    private String inputJson;

    protected ScoringRun() {
    }

    ScoringRun(long cycleId, String startedBy, LocalDateTime startedAt, LocalDateTime finishedAt, String parameters,
               String inputDigest, String outputDigest, long appraisals, boolean interim, String inputJson) {
        this.cycleId = cycleId;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.parameters = parameters;
        this.inputDigest = inputDigest;
        this.outputDigest = outputDigest;
        this.appraisals = appraisals;
        this.interim = interim;
        this.inputJson = inputJson;
    }

    /** The parameters the run scored with, as {@code ScoringJson.writeParameters} wrote them. */
    public String parametersJson() {
        return parameters;
    }

    public String inputJson() {
        return inputJson;
    }

    public Long id() {
        return id;
    }

    public String inputDigest() {
        return inputDigest;
    }

    public String outputDigest() {
        return outputDigest;
    }

    public boolean interim() {
        return interim;
    }

    public long cycleId() {
        return cycleId;
    }
}

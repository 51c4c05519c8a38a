package org.minping.core.evaluation;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.minping.core.assessment.ExpertPseudonyms;
import org.minping.core.cycle.CycleNotFoundException;
import org.minping.core.cycle.CycleRepository;
import org.minping.core.scoring.ScoringEngine;
import org.minping.core.scoring.ScoringException;
import org.minping.core.scoring.ScoringResult;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.StoredTime;

/**
 * Starts scoring runs in the background and reports their progress; publishes a stored run.
 * Callers check that the user may run scoring (permission scoring:run) before calling.
 */
@ApplicationScoped
public class ScoringRunService {

    private static final Logger LOG = Logger.getLogger(ScoringRunService.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    ScoringRunWriter writer;

    @Inject
    CycleRepository cycles;

    @Inject
    StoredTime time;

    @Inject
    ExpertPseudonyms pseudonyms;

    @Inject
    WeightingCheck weightingCheck;

    /** The progress of the latest runs; the oldest are forgotten, their results are in the database. */
    private final Map<String, RunProgress> progress = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<String, RunProgress>() {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, RunProgress> eldest) {
                    return size() > 100;
                }
            });

    /** Starts a run of the cycle and returns the ticket to follow its progress by. */
    public String start(String cycleCode, String actor) {
        cycles.getByCode(cycleCode).requireRunnable();
        return submit(cycleCode, actor, PopulationWeighting.CYCLE_MARGINS);
    }

    /**
     * Starts a run that does not weight respondents to the population, for a cycle whose appraisals
     * cannot be weighted to its margins (and only then: otherwise the ordinary run is the one to use).
     *
     * @throws InvalidInputException when the cycle has no margins or its appraisals can be weighted
     */
    public String startUnweighted(String cycleCode, String actor) {
        cycles.getByCode(cycleCode).requireRunnable();
        if (weightingCheck.of(cycleCode).weightable()) {
            throw new InvalidInputException(List.of(new FieldError("cycle", "scoring.weightable",
                    "the appraisals of cycle " + cycleCode + " can be weighted as the cycle is set: run it as set")));
        }
        return submit(cycleCode, actor, PopulationWeighting.SKIPPED);
    }

    private String submit(String cycleCode, String actor, PopulationWeighting weighting) {
        String ticket = UUID.randomUUID().toString();
        progress.put(ticket, new RunProgress(ticket, RunProgress.Stage.QUEUED, 0, null, null));
        executor.submit(() -> run(ticket, cycleCode, actor, weighting));
        return ticket;
    }

    public Optional<RunProgress> progress(String ticket) {
        return Optional.ofNullable(ticket == null ? null : progress.get(ticket));
    }

    public void publish(long runId, String actor) {
        writer.publish(runId, actor);
    }

    /**
     * Everything a run scored ({@value org.minping.core.recompute.ScoringJson#INPUT_FORMAT}), for
     * auditors: recomputed, it gives the run's digests. Callers check the permission audit:read.
     */
    public String runInput(long runId) {
        return writer.findInput(runId).orElseThrow(() -> new CycleNotFoundException("no scoring run " + runId)).json();
    }

    /**
     * What everyone may see of the input of a cycle's published run: without the cube cells of
     * agencies under {@code minRaters} respondents, whose satisfaction the pages withhold
     * ({@link PublicRunInput}).
     */
    public String publicInput(String cycleCode, int minRaters) {
        ScoringRunWriter.StoredInput stored = writer.publishedInput(cycleCode);
        JsonObject input;
        try (JsonReader reader = Json.createReader(new StringReader(stored.json()))) {
            input = reader.readObject();
        }
        return PublicRunInput.of(input, new PublicRunInput.Run(stored.runId(), stored.inputDigest(), stored.outputDigest()),
                minRaters, account -> pseudonyms.of(stored.cycleCode(), account)).toString();
    }

    private void run(String ticket, String cycleCode, String actor, PopulationWeighting weighting) {
        LocalDateTime started = time.now();
        try {
            update(ticket, RunProgress.Stage.ASSEMBLING, 10, null, null);
            ScoringInputAssembler.Assembled assembled = writer.read(cycleCode, weighting);
            update(ticket, RunProgress.Stage.SCORING, 40, null, null);
            ScoringResult result = ScoringEngine.score(assembled.input());
            update(ticket, RunProgress.Stage.STORING, 80, null, null);
            long runId = writer.store(cycleCode, actor, started, time.now(), parameters(assembled, weighting), weighting,
                    assembled, result);
            update(ticket, RunProgress.Stage.DONE, 100, runId, null);
        } catch (ScoringException e) {
            if (ScoringException.INCONSISTENT.equals(e.code())) {
                update(ticket, RunProgress.Stage.FAILED, 100, null, failure(e, ScoringException.INCONSISTENT, "the scoring input is inconsistent"));
            } else {
                update(ticket, RunProgress.Stage.FAILED, 100, null, new FieldError("cycle", e.code(), e.getMessage(), e.arguments()));
            }
        } catch (RuntimeException e) {
            update(ticket, RunProgress.Stage.FAILED, 100, null, failure(e, "scoring.failed", "the run failed"));
        }
    }

    /** The run's parameters as stored with it; a run without weighting says so, beside its (empty) raking variables. */
    private static String parameters(ScoringInputAssembler.Assembled assembled, PopulationWeighting weighting) {
        JsonObject parameters = org.minping.core.recompute.ScoringJson.writeParameters(assembled.input().parameters());
        if (weighting == PopulationWeighting.SKIPPED) {
            parameters = Json.createObjectBuilder(parameters).add(PopulationWeighting.PARAMETER, "skipped").build();
        }
        return parameters.toString();
    }

    /** A failure the cycle's data do not explain: logged in full, named to the page by a reference to the log. */
    private static FieldError failure(RuntimeException e, String code, String message) {
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "scoring run failed, reference " + reference, e);
        return new FieldError("cycle", code, message + "; reference " + reference, reference);
    }

    private void update(String ticket, RunProgress.Stage stage, int percent, Long runId, FieldError problem) {
        progress.put(ticket, new RunProgress(ticket, stage, percent, runId, problem));
    }
}

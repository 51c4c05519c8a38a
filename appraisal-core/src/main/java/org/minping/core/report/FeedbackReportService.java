package org.minping.core.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minping.core.cycle.CycleNotFoundException;
import org.minping.core.cycle.CycleRepository;
import org.minping.core.cycle.EvaluationCycle;
import org.minping.core.evaluation.RankedAgency;
import org.minping.core.evaluation.ResultsService;
import org.minping.core.evaluation.ScoreTerm;
import org.minping.core.followup.FollowUpService;
import org.minping.core.shared.Localized;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;

/**
 * Gathers the figures of feedback reports from a cycle's published run. Satisfaction is shown as
 * the public sees it (suppressed under the minimum of respondents): the reports leave the office,
 * and a satisfaction of a handful of people could point at them.
 *
 * <p>Each call reads in a transaction of its own: a batch calls it from the managed executor, where
 * an entity manager outside a transaction is closed after the first call of the task.
 */
@ApplicationScoped
@Transactional
public class FeedbackReportService {

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    CycleRepository cycles;

    @Inject
    ResultsService results;

    @Inject
    FollowUpService followUps;

    /** The published cycle's heading; a cycle without a published run has no report. */
    public FeedbackReport.CycleHeading heading(String cycleCode) {
        EvaluationCycle cycle = cycles.getByCode(cycleCode);
        long run = cycle.publishedRunId().orElseThrow(() -> new CycleNotFoundException("cycle " + cycleCode + " has no published result"));
        return new FeedbackReport.CycleHeading(cycle.code(), cycle.name(), cycle.periodStart(), cycle.periodEnd(), run);
    }

    /** One agency's report of the cycle's published run. */
    public FeedbackReport agencyReport(String cycleCode, String agencyCode, int minRaters) {
        FeedbackReport.CycleHeading heading = heading(cycleCode);
        List<RankedAgency> ranking = results.publicRanking(heading.runId(), null, minRaters);
        RankedAgency result = ranking.stream().filter(line -> line.agencyCode().equals(agencyCode)).findFirst()
                .orElseThrow(() -> new CycleNotFoundException("the published run of " + cycleCode + " has no result for " + agencyCode));
        int rankedInTrack = (int) ranking.stream().filter(line -> line.track().equals(result.track()) && line.isRanked()).count();
        Map<String, Localized> names = indicatorNames(cycleCode, agencyCode);
        List<FeedbackReport.Term> terms = new ArrayList<>();
        for (ScoreTerm term : results.decomposition(heading.runId(), agencyCode)) {
            terms.add(new FeedbackReport.Term(term.indicatorCode(), term.indicatorCode() == null ? null
                    : names.getOrDefault(term.indicatorCode(), new Localized(term.indicatorCode(), term.indicatorCode())),
                    term.source(), term.reason(), term.points()));
        }
        long[] counts = followUps.publishedStatistics(cycleCode).get(agencyCode);
        return new FeedbackReport(heading, result, trackName(result.track()), rankedInTrack, terms,
                previous(cycleCode, agencyCode), themes(cycleCode, agencyCode),
                counts == null ? null : new FeedbackReport.FollowUpCounts(counts[0], counts[1], counts[2]));
    }

    /** A track's report of the cycle's published run. */
    public TrackReport trackReport(String cycleCode, String trackCode, int minRaters) {
        FeedbackReport.CycleHeading heading = heading(cycleCode);
        Map<String, FeedbackReport.FollowUpCounts> followUp = new HashMap<>();
        followUps.publishedStatistics(cycleCode).forEach((agency, counts) ->
                followUp.put(agency, new FeedbackReport.FollowUpCounts(counts[0], counts[1], counts[2])));
        return new TrackReport(heading, trackCode, trackName(trackCode), results.publicRanking(heading.runId(), trackCode, minRaters),
                followUp);
    }

    /** The agencies and tracks a cycle's published run has results for: what a batch of reports covers. */
    public Coverage coverage(String cycleCode) {
        FeedbackReport.CycleHeading heading = heading(cycleCode);
        List<String> agencies = new ArrayList<>();
        List<String> tracks = new ArrayList<>();
        for (RankedAgency line : results.ranking(heading.runId(), null)) {
            agencies.add(line.agencyCode());
            if (!tracks.contains(line.track())) {
                tracks.add(line.track());
            }
        }
        return new Coverage(heading, agencies, tracks);
    }

    /** The agencies (by code) and tracks (by code) of a published run, in the ranking's order. */
    public record Coverage(FeedbackReport.CycleHeading cycle, List<String> agencyCodes, List<String> trackCodes) {
        public int files(int formats) {
            return (agencyCodes.size() + trackCodes.size()) * formats;
        }
    }

    private Map<String, Localized> indicatorNames(String cycleCode, String agencyCode) {
        Map<String, Localized> names = new HashMap<>();
        for (Row row : NativeSql.query(em, """
                SELECT i.code, i.name_zh, i.name_en FROM indicator i
                JOIN cycle_agency_system s ON s.system_id = i.system_id
                JOIN evaluation_cycle c ON c.id = s.cycle_id JOIN agency a ON a.id = s.agency_id
                WHERE c.code = ? AND a.code = ?""", cycleCode, agencyCode)) {
            names.put(row.string(0), new Localized(row.string(1), row.string(2)));
        }
        return names;
    }

    private Localized trackName(String trackCode) {
        return NativeSql.query(em, "SELECT name_zh, name_en FROM pilot_track WHERE code = ?", trackCode).stream()
                .findFirst().map(row -> new Localized(row.string(0), row.string(1))).orElse(new Localized(trackCode, trackCode));
    }

    /** The agency in the latest published cycle of the same kind that ended before this one began. */
    private FeedbackReport.Previous previous(String cycleCode, String agencyCode) {
        return NativeSql.query(em, """
                SELECT p.code, p.name_zh, p.name_en, r.published_score, r.grade, r.rank_in_track
                FROM evaluation_cycle c
                JOIN evaluation_cycle p ON p.kind = c.kind AND p.period_end < c.period_start AND p.published_run_id IS NOT NULL
                JOIN scoring_result r ON r.run_id = p.published_run_id
                JOIN agency a ON a.id = r.agency_id
                WHERE c.code = ? AND a.code = ?
                ORDER BY p.period_end DESC, p.id DESC LIMIT 1""", cycleCode, agencyCode).stream().findFirst()
                .map(row -> new FeedbackReport.Previous(row.string(0), new Localized(row.string(1), row.string(2)),
                        row.decimal(3), row.string(4), row.intValue(5)))
                .orElse(null);
    }

    /**
     * Published comments of the cycle's intake window by the service they concern: counts only, so
     * that no comment text (which may still carry what redaction missed) leaves in a report.
     */
    private List<FeedbackReport.CommentTheme> themes(String cycleCode, String agencyCode) {
        List<FeedbackReport.CommentTheme> themes = new ArrayList<>();
        for (Row row : NativeSql.query(em, """
                SELECT s.name_zh, s.name_en, COUNT(*), SUM(p.overall_level <= 2)
                FROM appraisal p
                JOIN agency a ON a.id = p.agency_id
                JOIN evaluation_cycle c ON p.submitted_at >= c.intake_from AND p.submitted_at < c.intake_until
                LEFT JOIN service_offering s ON s.id = p.service_id
                WHERE c.code = ? AND a.code = ? AND p.status IN ('PUBLISHED', 'APPROVED')
                  AND p.comment_text IS NOT NULL AND p.comment_text <> ''
                GROUP BY s.id, s.name_zh, s.name_en, s.sort_order
                ORDER BY s.id IS NULL, s.sort_order""", cycleCode, agencyCode)) {
            themes.add(new FeedbackReport.CommentTheme(row.isNull(0) ? null : new Localized(row.string(0), row.string(1)),
                    row.longValue(2), row.longValue(3)));
        }
        return themes;
    }
}

package org.minping.web.it;

/**
 * The kept cube and its oracle, for a cycle's code (%1$s): the aggregation scoring runs used to do
 * themselves, which the cube the database keeps must equal at every moment. Rows are
 * "agency|indicator|region|age band|level|n|w|w2", in order.
 */
public final class CubeQueries {

    /** A fresh aggregation of the cycle's counted appraisals. */
    public static final String FRESH = """
            SELECT CONCAT_WS('|', g.agency_id, g.indicator_id, g.region, g.age_band, g.level, SUM(g.n), SUM(g.w), SUM(g.w2))
            FROM (
              SELECT a.agency_id, i.id AS indicator_id, COALESCE(a.respondent_region, '') AS region,
                     COALESCE(a.respondent_age_band, '') AS age_band, a.overall_level AS level,
                     COUNT(*) AS n, SUM(a.trust_weight) AS w, SUM(a.trust_weight * a.trust_weight) AS w2
              FROM appraisal a JOIN indicator i ON i.system_id = a.indicator_system_id AND i.overall_satisfaction
              JOIN evaluation_cycle c ON c.code = '%1$s'
              WHERE a.status IN ('PUBLISHED', 'APPROVED')
                AND a.submitted_at >= c.intake_from AND a.submitted_at < c.intake_until
              GROUP BY 1, 2, 3, 4, 5
              UNION ALL
              SELECT a.agency_id, r.indicator_id, COALESCE(a.respondent_region, ''), COALESCE(a.respondent_age_band, ''),
                     r.level, COUNT(*), SUM(a.trust_weight), SUM(a.trust_weight * a.trust_weight)
              FROM appraisal a JOIN appraisal_rating r ON r.appraisal_id = a.id
              JOIN evaluation_cycle c ON c.code = '%1$s'
              WHERE a.status IN ('PUBLISHED', 'APPROVED')
                AND a.submitted_at >= c.intake_from AND a.submitted_at < c.intake_until
              GROUP BY 1, 2, 3, 4, 5
            ) g GROUP BY g.agency_id, g.indicator_id, g.region, g.age_band, g.level ORDER BY 1""";

    /** The cube as scoring reads it (cube_current: folded cells and deltas), cells with ratings only. */
    public static final String KEPT = """
            SELECT CONCAT_WS('|', k.agency_id, k.indicator_id, k.region, k.age_band, k.level, SUM(k.n), SUM(k.w), SUM(k.w2))
            FROM cube_current k JOIN evaluation_cycle c ON c.id = k.cycle_id AND c.code = '%1$s'
            GROUP BY k.agency_id, k.indicator_id, k.region, k.age_band, k.level HAVING SUM(k.n) > 0 ORDER BY 1""";

    private CubeQueries() {
    }
}

package org.minping.core.scoring;

/**
 * A score (0..100) of one agency on one indicator that the office imports from data rather than
 * collects through the portal: the agency's internal assessment 内部考核 ({@link Source#INTERNAL}),
 * or figures of the statistics departments 统计数据 ({@link Source#STATISTICS}).
 */
public record ImportedScore(Source source, String agency, String indicator, double score) implements Comparable<ImportedScore> {

    public ImportedScore {
        if (source != Source.INTERNAL && source != Source.STATISTICS) {
            throw new ScoringException("an imported score comes from INTERNAL or STATISTICS, not " + source);
        }
        Checks.require(agency, "an imported score's agency");
        Checks.require(indicator, "an imported score's indicator");
        Checks.within(score, 0, 100, "the " + source + " score of " + agency + "/" + indicator);
    }

    /** An internal assessment score. */
    public static ImportedScore internal(String agency, String indicator, double score) {
        return new ImportedScore(Source.INTERNAL, agency, indicator, score);
    }

    /** A score from the statistics departments' figures. */
    public static ImportedScore statistics(String agency, String indicator, double score) {
        return new ImportedScore(Source.STATISTICS, agency, indicator, score);
    }

    @Override
    public int compareTo(ImportedScore other) {
        int order = agency.compareTo(other.agency);
        if (order == 0) {
            order = indicator.compareTo(other.indicator);
        }
        return order != 0 ? order : source.compareTo(other.source);
    }
}

package org.minping.core.evaluation;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;

/** A small run input for tests of what is published of it. */
public final class TwoAgencyRun {

    /**
     * HZ: 3 respondents (each also rated EFFICIENCY, so 6 ratings); SZ: 12 respondents. Experts by
     * pseudonym, organisations by code.
     */
    public static final String TEXT = """
            {"format": "minping-scoring-input/1", "overallIndicator": "OVERALL",
             "agencies": [{"code": "HZ", "track": "LOCAL"}, {"code": "SZ", "track": "LOCAL"}],
             "trees": {"LOCAL": [
               {"code": "PUBLIC", "parent": null, "weight": 0.6, "sources": {}},
               {"code": "OVERALL", "parent": "PUBLIC", "weight": 0.5, "sources": {"PUBLIC": 1.0}},
               {"code": "EFFICIENCY", "parent": "PUBLIC", "weight": 0.5, "sources": {"PUBLIC": 1.0}},
               {"code": "LAW", "parent": null, "weight": 0.4, "sources": {"THIRD_PARTY": 0.5, "EXPERT": 0.5}}]},
             "cube": [
               {"agency": "HZ", "indicator": "EFFICIENCY", "stratum": [], "level": 1, "count": 3, "weightSum": 1.8, "weightSquareSum": 1.08},
               {"agency": "HZ", "indicator": "OVERALL", "stratum": [], "level": 1, "count": 3, "weightSum": 1.8, "weightSquareSum": 1.08},
               {"agency": "SZ", "indicator": "EFFICIENCY", "stratum": [], "level": 4, "count": 12, "weightSum": 12.0, "weightSquareSum": 12.0},
               {"agency": "SZ", "indicator": "OVERALL", "stratum": [], "level": 4, "count": 12, "weightSum": 12.0, "weightSquareSum": 12.0}],
             "panelScores": [
               {"agency": "HZ", "indicator": "LAW", "source": "EXPERT", "rater": "E-0123456789ab", "score": 80.0},
               {"agency": "HZ", "indicator": "LAW", "source": "EXPERT", "rater": "E-aaaaaaaaaaaa", "score": 70.0},
               {"agency": "HZ", "indicator": "LAW", "source": "THIRD_PARTY", "rater": "ORG-CASS", "score": 75.0},
               {"agency": "SZ", "indicator": "LAW", "source": "EXPERT", "rater": "E-0123456789ab", "score": 90.0},
               {"agency": "SZ", "indicator": "LAW", "source": "EXPERT", "rater": "E-aaaaaaaaaaaa", "score": 60.0},
               {"agency": "SZ", "indicator": "LAW", "source": "THIRD_PARTY", "rater": "ORG-CASS", "score": 85.0}],
             "internalScores": [], "adjustments": [{"agency": "HZ", "reason": "national award", "points": 1.0}],
             "parameters": {"levelScores": [0, 25, 50, 75, 100],
               "raking": {"variables": [], "tolerance": 1e-12, "maxIterations": 1000, "trimming": null},
               "shrinkageK": 10, "minEffectiveSample": 30,
               "gradeBands": [{"grade": "优秀", "from": 90}, {"grade": "良好", "from": 80}, {"grade": "合格", "from": 60},
                              {"grade": "不合格", "from": null}],
               "maxBonus": 5, "maxDeduction": 5, "sensitivity": {"draws": 20, "concentration": 100, "seed": 1},
               "lowAgreementThreshold": 0.5}}""";

    private TwoAgencyRun() {
    }

    public static JsonObject input() {
        return parse(TEXT);
    }

    public static JsonObject parse(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}

package org.minping.core.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.minping.core.evaluation.GradeName;
import org.minping.core.evaluation.RankedAgency;
import org.minping.core.evaluation.ResultsService;
import org.minping.core.evaluation.ScoringRunWriter;
import org.minping.core.followup.FollowUpService;
import org.minping.core.shared.Localized;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;

/**
 * The open data of a published cycle, as tables ({@link OpenDataTable}): its results, its
 * follow-up counts and the counts of its appraisals by agency, indicator and level (and by the
 * respondents' region or age band where the published run weighted by them), all from what the
 * publication fixed (the published run and its stored input, the follow-up counts kept at
 * publication). No personal data: no comment, account, address, device or receipt is read here.
 * A cycle without publication has none ({@code CycleNotFoundException}, answered 404).
 */
@ApplicationScoped
public class OpenDataService {

    public static final List<String> RESULT_COLUMNS = List.of("cycle", "agency", "name_zh", "name_en", "track", "score",
            "grade_code", "grade_zh", "grade_en", "ranked", "rank", "rank_low", "rank_high", "not_ranked_reason", "incomplete",
            "insufficient_sample", "satisfaction_mean", "satisfaction_lower", "satisfaction_upper", "effective_sample",
            "respondents", "satisfaction_suppressed");

    public static final List<String> FOLLOW_UP_COLUMNS = List.of("cycle", "agency", "name_zh", "name_en", "bad_reviews",
            "answered_in_time", "not_answered_in_time", "rectified");

    public static final List<String> APPRAISAL_COLUMNS = List.of("cycle", "agency", "name_zh", "name_en", "indicator",
            "indicator_zh", "indicator_en", "breakdown", "category", "level", "count", "suppressed", "suppression");

    /** The breakdown of a row that counts every respondent; the others are named by the weighting variable. */
    public static final String ALL = "ALL";

    /** The category of respondents who did not state the variable. */
    public static final String UNSTATED = "UNSTATED";

    private static final int DECIMALS = 4;

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    ResultsService results;

    @Inject
    FollowUpService followUps;

    @Inject
    ScoringRunWriter runs;

    /** The cycles whose results are published, newest first as the results pages list them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ResultsService.CycleView> publishedCycles() {
        return results.cycles().stream().filter(ResultsService.CycleView::isPublished).toList();
    }

    /** The published ranking, satisfaction of fewer than {@code minimum} respondents suppressed and flagged. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OpenDataTable results(String cycleCode, int minimum) {
        long runId = results.publishedRun(cycleCode);
        List<List<Object>> rows = new ArrayList<>();
        for (RankedAgency a : results.publicRanking(runId, null, minimum)) {
            GradeName grade = a.isRanked() ? GradeName.of(a.grade()) : null;
            rows.add(Arrays.asList(cycleCode, a.agencyCode(), a.agencyName().zh(), a.agencyName().en(), a.track(), a.score(),
                    grade == null ? null : grade.code(), grade == null ? null : grade.name().zh(),
                    grade == null ? null : grade.name().en(), a.isRanked(),
                    a.isRanked() ? (long) a.rank() : null, a.isRanked() ? (long) a.rankLow() : null,
                    a.isRanked() ? (long) a.rankHigh() : null,
                    a.isRanked() ? null : a.notRankedReason().name(), a.incomplete(), a.insufficientSample(),
                    rounded(a.publicMean()), rounded(a.publicLower()), rounded(a.publicUpper()), rounded(a.effectiveSample()),
                    a.respondents(), a.satisfactionSuppressed()));
        }
        return new OpenDataTable("results", cycleCode, minimum, RESULT_COLUMNS, rows);
    }

    /**
     * The follow-up counts kept at publication, per agency: bad reviews, answered within the
     * deadline, not answered within it (late or not at all by publication) and rectified. These are
     * the numbers the results page shows; they count how an agency handled cases, not who rated.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OpenDataTable followUp(String cycleCode) {
        results.publishedRun(cycleCode);
        Map<String, Localized> names = agencyNames();
        List<List<Object>> rows = new ArrayList<>();
        followUps.publishedStatistics(cycleCode).forEach((agency, counts) -> {
            Localized name = names.getOrDefault(agency, new Localized(agency, agency));
            rows.add(Arrays.asList(cycleCode, agency, name.zh(), name.en(), counts[0], counts[1], counts[0] - counts[1], counts[2]));
        });
        return new OpenDataTable("follow-up", cycleCode, 0, FOLLOW_UP_COLUMNS, rows);
    }

    /**
     * The published run's counted appraisals by agency, indicator and level, over all respondents
     * and by each variable the run weighted by; counts under {@code minimum} suppressed ({@link SmallCells}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OpenDataTable appraisals(String cycleCode, int minimum) {
        JsonObject input;
        try (JsonReader reader = Json.createReader(new StringReader(runs.publishedInput(cycleCode).json()))) {
            input = reader.readObject();
        }
        List<String> variables = input.getJsonObject("parameters").getJsonObject("raking").getJsonArray("variables")
                .getValuesAs(JsonObject.class).stream().map(v -> v.getString("name")).toList();
        // agency, indicator, breakdown position (0 = all), category, level → count
        Map<List<Object>, Long> counts = new TreeMap<>(OpenDataService::compareKeys);
        for (JsonObject cell : input.getJsonArray("cube").getValuesAs(JsonObject.class)) {
            String agency = cell.getString("agency");
            String indicator = cell.getString("indicator");
            long level = cell.getInt("level");
            long count = cell.getJsonNumber("count").longValue();
            counts.merge(List.of(agency, indicator, 0L, "", level), count, Long::sum);
            List<JsonValue> stratum = cell.getJsonArray("stratum");
            for (int v = 0; v < variables.size() && v < stratum.size(); v++) {
                JsonValue category = stratum.get(v);
                String name = category.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) category).getString()
                        : UNSTATED;
                counts.merge(List.of(agency, indicator, (long) v + 1, name, level), count, Long::sum);
            }
        }
        List<Map.Entry<List<Object>, Long>> entries = new ArrayList<>(counts.entrySet());
        List<SmallCells.Suppression> suppression = SmallCells.suppress(entries.stream()
                .map(e -> new SmallCells.Cell(e.getKey().subList(0, 4).toString(), e.getValue())).toList(), minimum);
        Map<String, Localized> agencyNames = agencyNames();
        Map<String, Localized> indicatorNames = indicatorNames(cycleCode);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            List<Object> key = entries.get(i).getKey();
            String agency = (String) key.get(0);
            String indicator = (String) key.get(1);
            int breakdown = ((Long) key.get(2)).intValue();
            Localized agencyName = agencyNames.getOrDefault(agency, new Localized(agency, agency));
            Localized indicatorName = indicatorNames.getOrDefault(agency + "/" + indicator, new Localized(indicator, indicator));
            boolean suppressed = suppression.get(i) != SmallCells.Suppression.NONE;
            rows.add(Arrays.asList(cycleCode, agency, agencyName.zh(), agencyName.en(), indicator, indicatorName.zh(),
                    indicatorName.en(), breakdown == 0 ? ALL : variables.get(breakdown - 1), breakdown == 0 ? null : key.get(3),
                    key.get(4), suppressed ? null : entries.get(i).getValue(), suppressed,
                    suppressed ? suppression.get(i).name() : null));
        }
        return new OpenDataTable("appraisals", cycleCode, minimum, APPRAISAL_COLUMNS, rows);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = ((Comparable) a.get(i)).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private Map<String, Localized> agencyNames() {
        Map<String, Localized> names = new HashMap<>();
        for (Row row : NativeSql.query(em, "SELECT code, name_zh, name_en FROM agency")) {
            names.put(row.string(0), new Localized(row.string(1), row.string(2)));
        }
        return names;
    }

    /** "agency/indicator" → the indicator's names in the version the cycle binds for the agency. */
    private Map<String, Localized> indicatorNames(String cycleCode) {
        Map<String, Localized> names = new HashMap<>();
        for (Row row : NativeSql.query(em, """
                SELECT a.code, i.code, i.name_zh, i.name_en FROM cycle_agency_system b
                JOIN evaluation_cycle c ON c.id = b.cycle_id JOIN agency a ON a.id = b.agency_id
                JOIN indicator i ON i.system_id = b.system_id WHERE c.code = ?""", cycleCode)) {
            names.put(row.string(0) + "/" + row.string(1), new Localized(row.string(2), row.string(3)));
        }
        return names;
    }

    private static BigDecimal rounded(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP);
    }
}

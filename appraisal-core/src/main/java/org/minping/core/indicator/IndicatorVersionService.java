package org.minping.core.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.minping.core.audit.AuditLog;
import org.minping.core.scoring.Source;
import org.minping.core.shared.AdminInput;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.Localized;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;

/**
 * Indicator systems as numbered versions per track. A draft is edited node by node; the check
 * ({@link IndicatorTreeCheck}) says what keeps it from use, naming the level. A version freezes
 * when a cycle that binds it opens, and is never edited again: the office makes a new draft from
 * it, and can compare any two versions. Every change is an audit event; callers check
 * {@code indicator:manage}.
 */
@ApplicationScoped
public class IndicatorVersionService {

    static final int CODE_LENGTH = 48;
    static final int NAME_ZH_LENGTH = 100;
    static final int NAME_EN_LENGTH = 200;

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    AuditLog audit;

    /** A version as the list of versions shows it: which track, which number, whether frozen, and the cycles that bind it. */
    public record VersionEntry(String code, String trackCode, Localized trackName, int revision, Localized name, VersionState state,
                               String basedOn, List<String> cycles, int indicators) {
        public boolean isDraft() {
            return state == VersionState.DRAFT;
        }

        public String cyclesText() {
            return String.join(", ", cycles);
        }
    }

    /** One indicator of a version; {@code depth} is 0 on the first level; {@code leaf} when nothing is under it. */
    public record NodeEntry(String code, String parentCode, int depth, Localized name, BigDecimal weight, Measure measure,
                            boolean publicAppraisal, boolean overallSatisfaction, boolean leaf, Map<Source, BigDecimal> sources,
                            int version) {
        public String weightPercent() {
            return IndicatorTreeCheck.percent(weight);
        }

        /** A source's weight in per cent, blank when the source does not count. */
        public String sourcePercent(Source source) {
            BigDecimal weight = sources.get(source);
            return weight == null || weight.signum() == 0 ? "" : IndicatorTreeCheck.percent(weight);
        }
    }

    /**
     * What an administrator fills in for an indicator: the code counts only for a new one; parent
     * blank for the first level; percentages as typed; source weights count only on a leaf;
     * {@code version} is the indicator's version the form was filled from (ignored for a new one).
     */
    public record NodeDraft(String code, String parentCode, String nameZh, String nameEn, String weightPercent, Measure measure,
                            boolean publicAppraisal, Map<Source, String> sourcePercents, int version) {
        public NodeDraft {
            sourcePercents = sourcePercents == null ? Map.of() : java.util.Collections.unmodifiableMap(new HashMap<>(sourcePercents));
        }
    }

    /** How one indicator differs between two versions; {@code kind} is ADDED, REMOVED or CHANGED, with what changed. */
    public record Difference(String code, Localized name, String kind, List<String> changed, String before, String after) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VersionEntry> versions() {
        return versions("");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<VersionEntry> find(String code) {
        return code == null || code.isBlank() ? Optional.empty() : versions(code.strip()).stream().findFirst();
    }

    /** Every version (code ""), or the one with the code. */
    private List<VersionEntry> versions(String code) {
        Map<String, List<String>> cycles = new HashMap<>();
        for (Row row : NativeSql.query(em, """
                SELECT s.code, c.code FROM cycle_indicator_system b JOIN indicator_system s ON s.id = b.system_id
                JOIN evaluation_cycle c ON c.id = b.cycle_id WHERE ? = '' OR s.code = ? ORDER BY c.period_start, c.code""", code, code)) {
            // A version bound for two kinds of one cycle is listed with that cycle once.
            List<String> using = cycles.computeIfAbsent(row.string(0), c -> new ArrayList<>());
            if (!using.contains(row.string(1))) {
                using.add(row.string(1));
            }
        }
        return NativeSql.query(em, """
                SELECT s.code, t.code, t.name_zh, t.name_en, s.revision, s.name_zh, s.name_en, s.state, b.code,
                       (SELECT COUNT(*) FROM indicator i WHERE i.system_id = s.id)
                FROM indicator_system s JOIN pilot_track t ON t.id = s.track_id
                LEFT JOIN indicator_system b ON b.id = s.based_on_id
                WHERE ? = '' OR s.code = ?
                ORDER BY t.sort_order, t.code, s.revision""", code, code).stream()
                .map(row -> new VersionEntry(row.string(0), row.string(1), new Localized(row.string(2), row.string(3)), row.intValue(4),
                        new Localized(row.string(5), row.string(6)), VersionState.valueOf(row.string(7)), row.string(8),
                        cycles.getOrDefault(row.string(0), List.of()), row.intValue(9)))
                .toList();
    }

    /** The indicators of a version, every parent before its children, siblings in their order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NodeEntry> nodes(String versionCode) {
        List<Row> rows = NativeSql.query(em, """
                SELECT i.id, i.code, p.code, i.name_zh, i.name_en, i.weight, i.measure, i.public_appraisal, i.overall_satisfaction,
                       i.version
                FROM indicator i JOIN indicator_system s ON s.id = i.system_id
                LEFT JOIN indicator p ON p.id = i.parent_id
                WHERE s.code = ? ORDER BY i.sort_order, i.id""", String.valueOf(versionCode));
        Map<Long, Map<Source, BigDecimal>> sources = new HashMap<>();
        for (Row row : NativeSql.query(em, """
                SELECT w.indicator_id, w.source, w.weight FROM indicator_source_weight w
                JOIN indicator i ON i.id = w.indicator_id JOIN indicator_system s ON s.id = i.system_id WHERE s.code = ?""",
                String.valueOf(versionCode))) {
            sources.computeIfAbsent(row.longValue(0), id -> new EnumMap<>(Source.class)).put(Source.valueOf(row.string(1)), row.decimal(2));
        }
        Map<String, List<Row>> children = new LinkedHashMap<>();
        for (Row row : rows) {
            children.computeIfAbsent(row.isNull(2) ? "" : row.string(2), p -> new ArrayList<>()).add(row);
        }
        List<NodeEntry> ordered = new ArrayList<>();
        addUnder("", 0, children, sources, ordered);
        return ordered;
    }

    private static void addUnder(String parent, int depth, Map<String, List<Row>> children, Map<Long, Map<Source, BigDecimal>> sources,
                                 List<NodeEntry> ordered) {
        for (Row row : children.getOrDefault(parent, List.of())) {
            String code = row.string(1);
            ordered.add(new NodeEntry(code, row.isNull(2) ? null : row.string(2), depth, new Localized(row.string(3), row.string(4)),
                    row.decimal(5), Measure.valueOf(row.string(6)), row.bool(7), row.bool(8), !children.containsKey(code),
                    sources.getOrDefault(row.longValue(0), Map.of()), row.intValue(9)));
            addUnder(code, depth + 1, children, sources, ordered);
        }
    }

    /** What keeps the version from use, as {@link IndicatorTreeCheck} names it; empty when it is usable. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FieldError> problems(String versionCode) {
        return problems(nodes(versionCode));
    }

    /** What keeps a version whose indicators are already read from use. */
    public static List<FieldError> problems(List<NodeEntry> nodes) {
        return IndicatorTreeCheck.problems(nodes.stream()
                .map(n -> new IndicatorTreeCheck.Node(n.code(), n.parentCode(), n.name().zh(), n.name().en(), n.weight(),
                        n.publicAppraisal(), n.overallSatisfaction(), n.sources()))
                .toList());
    }

    /**
     * Makes a draft from any version of the same track: the next number, the same indicators,
     * weights and sources. Returns the new version's code.
     */
    @Transactional
    public String newDraft(String fromCode, String actor) {
        Row from = NativeSql.query(em, """
                SELECT s.id, s.track_id, t.code, s.name_zh, s.name_en FROM indicator_system s JOIN pilot_track t ON t.id = s.track_id
                WHERE s.code = ?""", String.valueOf(fromCode)).stream().findFirst()
                .orElseThrow(() -> new InvalidInputException(List.of(new FieldError("version", "indicator.version.unknown",
                        "no indicator-system version has the code " + fromCode, String.valueOf(fromCode)))));
        // The track's versions are locked while the next number is taken: two drafts made at once get 2 and 3, not 2 twice.
        int revision = NativeSql.query(em, "SELECT COALESCE(MAX(revision), 0) + 1, COUNT(*) FROM indicator_system WHERE track_id = ? FOR UPDATE",
                from.longValue(1)).get(0).intValue(0);
        String code = from.string(2) + "-V" + revision;
        em.createNativeQuery("""
                INSERT INTO indicator_system (code, track_id, revision, state, based_on_id, name_zh, name_en, template)
                VALUES (?, ?, ?, 'DRAFT', ?, ?, ?, FALSE)""")
                .setParameter(1, code).setParameter(2, from.longValue(1)).setParameter(3, revision).setParameter(4, from.longValue(0))
                .setParameter(5, from.string(3)).setParameter(6, from.string(4)).executeUpdate();
        long id = systemId(code);
        em.createNativeQuery("""
                INSERT INTO indicator (system_id, parent_id, code, name_zh, name_en, weight, measure, public_appraisal,
                                       overall_satisfaction, sort_order)
                SELECT ?, NULL, code, name_zh, name_en, weight, measure, public_appraisal, overall_satisfaction, sort_order
                FROM indicator WHERE system_id = ?""").setParameter(1, id).setParameter(2, from.longValue(0)).executeUpdate();
        em.createNativeQuery("""
                UPDATE indicator n
                JOIN indicator o ON o.system_id = ? AND o.code = n.code
                JOIN indicator op ON op.id = o.parent_id
                JOIN indicator np ON np.system_id = n.system_id AND np.code = op.code
                SET n.parent_id = np.id WHERE n.system_id = ?""").setParameter(1, from.longValue(0)).setParameter(2, id).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO indicator_source_weight (indicator_id, source, weight)
                SELECT n.id, w.source, w.weight FROM indicator_source_weight w
                JOIN indicator o ON o.id = w.indicator_id AND o.system_id = ?
                JOIN indicator n ON n.system_id = ? AND n.code = o.code""")
                .setParameter(1, from.longValue(0)).setParameter(2, id).executeUpdate();
        audit.append(actor, "indicator.version.create", "indicator-system:" + code, Map.of("basedOn", fromCode.strip(),
                "revision", String.valueOf(revision)));
        return code;
    }

    /**
     * Adds an indicator to a draft ({@code editedCode} null) or changes one. Nothing is stored when
     * a field is wrong; every problem is named by field. An indicator that gets its first
     * sub-indicator stops being a leaf: its sources and "citizens rate" go, as only leaves carry them.
     * Returns the indicator's code in the one spelling it is stored in.
     */
    @Transactional
    public String saveNode(String versionCode, String editedCode, NodeDraft draft, String actor) {
        long system = lockDraft(versionCode);
        Map<String, Row> nodes = new LinkedHashMap<>();
        for (Row row : NativeSql.query(em, """
                SELECT i.code, i.id, p.code, i.overall_satisfaction,
                       EXISTS (SELECT 1 FROM indicator c WHERE c.parent_id = i.id), i.version
                FROM indicator i LEFT JOIN indicator p ON p.id = i.parent_id WHERE i.system_id = ?""", system)) {
            nodes.put(row.string(0), row);
        }
        List<FieldError> errors = new ArrayList<>();
        Row edited = null;
        String code;
        if (editedCode == null) {
            code = AdminInput.canonicalCode(draft.code(), CODE_LENGTH).orElse(null);
            if (code == null) {
                errors.add(new FieldError("code", "indicator.code", "the code is 1 to 48 letters, digits or single hyphens"));
            } else if (nodes.containsKey(code)) {
                errors.add(new FieldError("code", "indicator.code.taken", "the version has an indicator " + code, code));
            }
        } else {
            code = editedCode.strip();
            edited = nodes.get(code);
            if (edited == null) {
                throw new InvalidInputException(List.of(new FieldError("code", "indicator.node.unknown",
                        "the version has no indicator " + code, code)));
            }
            if (edited.intValue(5) != draft.version()) {
                throw new InvalidInputException(List.of(new FieldError("version", "indicator.stale",
                        "someone changed " + code + " meanwhile: reload it and edit again", code)));
            }
        }
        String parent = AdminInput.text(draft.parentCode());
        Long parentId = null;
        if (!parent.isEmpty()) {
            Row parentRow = nodes.get(parent);
            if (parentRow == null) {
                errors.add(new FieldError("parent", "indicator.parent.unknown", "the version has no indicator " + parent, parent));
            } else if (parentRow.bool(3)) {
                errors.add(new FieldError("parent", "indicator.parent.overall",
                        "the overall satisfaction is rated as a whole: nothing goes under it"));
            } else if (code != null && isAtOrUnder(parent, code, nodes)) {
                errors.add(new FieldError("parent", "indicator.parent.loop", parent + " is " + code + " or under it", parent));
            } else {
                parentId = parentRow.longValue(1);
            }
        }
        String nameZh = AdminInput.text(draft.nameZh());
        if (!AdminInput.fits(nameZh, NAME_ZH_LENGTH)) {
            errors.add(new FieldError("nameZh", "indicator.nameZh", "the Chinese name is 1 to 100 characters"));
        }
        String nameEn = AdminInput.text(draft.nameEn());
        if (!AdminInput.fits(nameEn, NAME_EN_LENGTH)) {
            errors.add(new FieldError("nameEn", "indicator.nameEn", "the English name is 1 to 200 characters"));
        }
        BigDecimal weight = percent(draft.weightPercent(), "weight", "indicator.weight", errors).orElse(null);
        if (weight != null && weight.signum() == 0) {
            errors.add(new FieldError("weight", "indicator.weight", "the weight is more than 0 and at most 100 per cent"));
        } else if (weight == null && errors.stream().noneMatch(e -> e.field().equals("weight"))) {
            errors.add(new FieldError("weight", "indicator.weight", "the weight is more than 0 and at most 100 per cent"));
        }
        if (draft.measure() == null) {
            errors.add(new FieldError("measure", "indicator.measure", "choose qualitative or quantitative"));
        }
        boolean leaf = edited == null || !edited.bool(4);
        Map<Source, BigDecimal> sources = new EnumMap<>(Source.class);
        if (leaf) {
            for (Source source : Source.values()) {
                percent(draft.sourcePercents().get(source), "source." + source.name(), "indicator.source", errors)
                        .filter(w -> w.signum() > 0).ifPresent(w -> sources.put(source, w));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean citizensRate = leaf && draft.publicAppraisal();
        if (edited == null) {
            em.createNativeQuery("""
                    INSERT INTO indicator (system_id, parent_id, code, name_zh, name_en, weight, measure, public_appraisal,
                                           overall_satisfaction, sort_order)
                    SELECT ?, ?, ?, ?, ?, ?, ?, ?, FALSE, COALESCE(MAX(sort_order), 0) + 1 FROM indicator WHERE system_id = ?""")
                    .setParameter(1, system).setParameter(2, parentId).setParameter(3, code).setParameter(4, nameZh)
                    .setParameter(5, nameEn).setParameter(6, weight).setParameter(7, draft.measure().name())
                    .setParameter(8, citizensRate).setParameter(9, system).executeUpdate();
        } else {
            em.createNativeQuery("""
                    UPDATE indicator SET parent_id = ?, name_zh = ?, name_en = ?, weight = ?, measure = ?,
                           public_appraisal = ? OR overall_satisfaction, version = version + 1 WHERE id = ?""")
                    .setParameter(1, parentId).setParameter(2, nameZh).setParameter(3, nameEn).setParameter(4, weight)
                    .setParameter(5, draft.measure().name()).setParameter(6, citizensRate).setParameter(7, edited.longValue(1))
                    .executeUpdate();
        }
        long id = NativeSql.query(em, "SELECT id, code FROM indicator WHERE system_id = ? AND code = ?", system, code).get(0).longValue(0);
        em.createNativeQuery("DELETE FROM indicator_source_weight WHERE indicator_id = ?").setParameter(1, id).executeUpdate();
        List<Object[]> weights = new ArrayList<>();
        sources.forEach((source, w) -> weights.add(new Object[] {id, source.name(), w}));
        NativeSql.insertRows(em, "indicator_source_weight", List.of("indicator_id", "source", "weight"), weights);
        if (parentId != null) {
            // The parent is no leaf now: what only leaves carry goes.
            em.createNativeQuery("DELETE FROM indicator_source_weight WHERE indicator_id = ?").setParameter(1, parentId).executeUpdate();
            em.createNativeQuery("UPDATE indicator SET public_appraisal = FALSE WHERE id = ?").setParameter(1, parentId).executeUpdate();
        }
        Map<String, String> described = new LinkedHashMap<>();
        described.put("parent", parent);
        described.put("nameZh", nameZh);
        described.put("nameEn", nameEn);
        described.put("weight", weight.toPlainString());
        described.put("measure", draft.measure().name());
        described.put("publicAppraisal", String.valueOf(citizensRate));
        described.put("sources", sources.toString());
        audit.append(actor, edited == null ? "indicator.create" : "indicator.update", "indicator-system:" + versionCode.strip()
                + "/indicator:" + code, described);
        return code;
    }

    /** Removes a leaf of a draft that nothing was scored or rated against; the overall satisfaction stays. */
    @Transactional
    public void removeNode(String versionCode, String nodeCode, String actor) {
        long system = lockDraft(versionCode);
        Row node = NativeSql.query(em, """
                SELECT i.id, i.overall_satisfaction, EXISTS (SELECT 1 FROM indicator c WHERE c.parent_id = i.id),
                       EXISTS (SELECT 1 FROM appraisal_rating r WHERE r.indicator_id = i.id)
                       OR EXISTS (SELECT 1 FROM imported_score r WHERE r.indicator_id = i.id)
                       OR EXISTS (SELECT 1 FROM score_sheet_row r WHERE r.indicator_id = i.id)
                       OR EXISTS (SELECT 1 FROM expert_score r WHERE r.indicator_id = i.id)
                FROM indicator i WHERE i.system_id = ? AND i.code = ?""", system, String.valueOf(nodeCode).strip()).stream().findFirst()
                .orElseThrow(() -> new InvalidInputException(List.of(new FieldError("code", "indicator.node.unknown",
                        "the version has no indicator " + nodeCode, String.valueOf(nodeCode)))));
        if (node.bool(1)) {
            throw new InvalidInputException(List.of(new FieldError("code", "indicator.remove.overall",
                    "every version has the overall satisfaction: it cannot be removed")));
        }
        if (node.bool(2)) {
            throw new InvalidInputException(List.of(new FieldError("code", "indicator.remove.children",
                    nodeCode.strip() + " has indicators under it: remove or move them first", nodeCode.strip())));
        }
        if (node.bool(3)) {
            throw new InvalidInputException(List.of(new FieldError("code", "indicator.remove.used",
                    "scores or ratings were given against " + nodeCode.strip() + ": it stays", nodeCode.strip())));
        }
        long id = node.longValue(0);
        for (String table : List.of("indicator_source_weight", "cycle_source_weight", "cube_cell", "cube_delta")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE indicator_id = ?").setParameter(1, id).executeUpdate();
        }
        em.createNativeQuery("DELETE FROM indicator WHERE id = ?").setParameter(1, id).executeUpdate();
        audit.append(actor, "indicator.remove", "indicator-system:" + versionCode.strip() + "/indicator:" + nodeCode.strip(), Map.of());
    }

    /** How version {@code after} differs from version {@code before}, indicator by indicator (matched by code), in the later one's order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Difference> compare(String before, String after) {
        List<FieldError> errors = new ArrayList<>();
        if (find(before).isEmpty()) {
            errors.add(new FieldError("before", "indicator.version.unknown", "no version " + before, String.valueOf(before)));
        }
        if (find(after).isEmpty()) {
            errors.add(new FieldError("after", "indicator.version.unknown", "no version " + after, String.valueOf(after)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<String, NodeEntry> old = new LinkedHashMap<>();
        nodes(before).forEach(n -> old.put(n.code(), n));
        List<Difference> differences = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>();
        for (NodeEntry now : nodes(after)) {
            seen.add(now.code());
            NodeEntry then = old.get(now.code());
            if (then == null) {
                differences.add(new Difference(now.code(), now.name(), "ADDED", List.of(), "", now.weightPercent()));
                continue;
            }
            List<String> changed = new ArrayList<>();
            if (!Objects.equals(then.parentCode(), now.parentCode())) {
                changed.add("parent");
            }
            if (!then.name().equals(now.name())) {
                changed.add("name");
            }
            if (then.weight().compareTo(now.weight()) != 0) {
                changed.add("weight");
            }
            if (then.measure() != now.measure()) {
                changed.add("measure");
            }
            if (then.publicAppraisal() != now.publicAppraisal()) {
                changed.add("publicAppraisal");
            }
            if (!sameSources(then.sources(), now.sources())) {
                changed.add("sources");
            }
            if (!changed.isEmpty()) {
                differences.add(new Difference(now.code(), now.name(), "CHANGED", changed, then.weightPercent(), now.weightPercent()));
            }
        }
        old.values().stream().filter(n -> !seen.contains(n.code()))
                .forEach(n -> differences.add(new Difference(n.code(), n.name(), "REMOVED", List.of(), n.weightPercent(), "")));
        return differences;
    }

    private static boolean sameSources(Map<Source, BigDecimal> a, Map<Source, BigDecimal> b) {
        return Arrays.stream(Source.values()).allMatch(s -> a.getOrDefault(s, BigDecimal.ZERO).compareTo(b.getOrDefault(s, BigDecimal.ZERO)) == 0);
    }

    /**
     * Freezes the versions a cycle binds, as it opens, after checking each: a version with a
     * problem keeps the cycle from opening, the problem named with its track and version. Runs in
     * the opening's transaction; the versions are locked first, so no edit slips in between the
     * check and the freeze.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void freezeBoundTo(long cycleId, java.time.LocalDateTime now) {
        List<Row> bound = NativeSql.query(em, """
                SELECT s.id, s.code, s.state, s.revision, t.code FROM cycle_indicator_system b
                JOIN indicator_system s ON s.id = b.system_id JOIN pilot_track t ON t.id = b.track_id
                WHERE b.cycle_id = ? ORDER BY t.sort_order, t.code FOR UPDATE""", cycleId);
        List<FieldError> errors = new ArrayList<>();
        java.util.Set<Long> checked = new java.util.HashSet<>();
        for (Row version : bound) {
            if (checked.add(version.longValue(0)) && VersionState.valueOf(version.string(2)) == VersionState.DRAFT
                    && !problems(version.string(1)).isEmpty()) {
                errors.add(new FieldError("indicatorSystem", "cycle.open.indicators",
                        "version " + version.intValue(3) + " of the indicator system of track " + version.string(4)
                                + " is not usable yet: see its problems in the editor", version.string(1), version.intValue(3)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        for (Row version : bound) {
            em.createNativeQuery("UPDATE indicator_system SET state = 'FROZEN', frozen_at = ? WHERE id = ? AND state = 'DRAFT'")
                    .setParameter(1, now).setParameter(2, version.longValue(0))
                    .executeUpdate();
        }
    }

    private long lockDraft(String versionCode) {
        Row version = NativeSql.query(em, "SELECT id, state FROM indicator_system WHERE code = ? FOR UPDATE",
                String.valueOf(versionCode).strip()).stream().findFirst()
                .orElseThrow(() -> new InvalidInputException(List.of(new FieldError("version", "indicator.version.unknown",
                        "no indicator-system version has the code " + versionCode, String.valueOf(versionCode)))));
        if (VersionState.valueOf(version.string(1)) != VersionState.DRAFT) {
            throw new InvalidInputException(List.of(new FieldError("version", "indicator.version.frozen",
                    "version " + versionCode + " is in use by an opened cycle and never changes: make a new draft from it",
                    versionCode.strip())));
        }
        return version.longValue(0);
    }

    private long systemId(String code) {
        return NativeSql.query(em, "SELECT id, code FROM indicator_system WHERE code = ?", code).get(0).longValue(0);
    }

    private static boolean isAtOrUnder(String candidate, String code, Map<String, Row> nodes) {
        String at = candidate;
        for (int steps = 0; at != null && steps <= nodes.size(); steps++) {
            if (at.equals(code)) {
                return true;
            }
            Row row = nodes.get(at);
            at = row == null || row.isNull(2) ? null : row.string(2);
        }
        return false;
    }

    private static Optional<BigDecimal> percent(String typed, String field, String code, List<FieldError> errors) {
        try {
            return AdminInput.percent(typed);
        } catch (IllegalArgumentException notPercent) {
            errors.add(new FieldError(field, code, field + ": a percentage from 0 to 100 with at most four decimals"));
            return Optional.empty();
        }
    }
}

package org.minping.core.agency;

import org.minping.core.shared.AdminInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minping.core.audit.AuditLog;
import org.minping.core.shared.CodeName;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.Localized;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;

/**
 * Administrators keep the agencies: they create them and edit them as trees (a regional government,
 * its cities, their departments), kind, track, region and parent chosen from the rows that exist.
 * A code is fixed once made: QR posters, receipts, API clients and the audit chain name agencies by
 * it. Every problem is named by field and nothing is stored when there is one; every change is an
 * audit event. Callers check {@code agency:manage}.
 */
@ApplicationScoped
public class AgencyAdminService {

    static final int CODE_LENGTH = 32;
    static final int NAME_ZH_LENGTH = 100;
    static final int SHORT_NAME_LENGTH = 50;
    static final int NAME_EN_LENGTH = 200;

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    AuditLog audit;

    /** What an administrator fills in for an agency; the code counts only when the agency is made. Blank short name: the name. */
    public record AgencyDraft(String code, String nameZh, String shortNameZh, String nameEn, AgencyKind kind,
                              String trackCode, String regionCode, String parentCode) {
    }

    /** One agency as the tree shows it, with its depth below its root and how many services and halls it has. */
    public record AgencyNode(String code, String parentCode, int depth, Localized name, AgencyKind kind, CodeName track,
                             CodeName region, long services, long halls) {
    }

    /** An agency as its form shows it for editing, with the version the edit is based on. */
    public record AgencyEntry(String code, String nameZh, String shortNameZh, String nameEn, AgencyKind kind,
                              String trackCode, String regionCode, String parentCode, int version) {
    }

    /** The kinds an administrator chooses from, in their declared order. */
    public static List<AgencyKind> kinds() {
        return List.of(AgencyKind.values());
    }

    /** Every agency in tree order: roots in their sort order, each followed by its descendants. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AgencyNode> tree() {
        List<Row> rows = NativeSql.query(em, """
                SELECT a.code, p.code, a.name_zh, a.name_en, a.kind, t.code, t.name_zh, t.name_en, r.code, r.name_zh, r.name_en,
                       (SELECT COUNT(*) FROM service_offering s WHERE s.agency_id = a.id),
                       (SELECT COUNT(*) FROM service_hall h WHERE h.agency_id = a.id)
                FROM agency a LEFT JOIN agency p ON p.id = a.parent_id
                JOIN pilot_track t ON t.id = a.track_id JOIN region r ON r.id = a.region_id
                ORDER BY a.sort_order, a.code""");
        return AgencyTree.depthFirst(rows, row -> row.string(0), row -> row.string(1)).stream()
                .map(placed -> {
                    Row row = placed.item();
                    return new AgencyNode(row.string(0), row.string(1), placed.depth(), new Localized(row.string(2), row.string(3)),
                            AgencyKind.valueOf(row.string(4)), new CodeName(row.string(5), new Localized(row.string(6), row.string(7))),
                            new CodeName(row.string(8), new Localized(row.string(9), row.string(10))), row.longValue(11), row.longValue(12));
                }).toList();
    }

    /** The agency of that code as its form shows it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AgencyEntry> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return NativeSql.query(em, """
                SELECT a.code, a.name_zh, a.short_name_zh, a.name_en, a.kind, t.code, r.code, p.code, a.version
                FROM agency a LEFT JOIN agency p ON p.id = a.parent_id
                JOIN pilot_track t ON t.id = a.track_id JOIN region r ON r.id = a.region_id
                WHERE a.code = ?""", code.strip()).stream().findFirst()
                .map(row -> new AgencyEntry(row.string(0), row.string(1), row.string(2), row.string(3), AgencyKind.valueOf(row.string(4)),
                        row.string(5), row.string(6), row.string(7), row.intValue(8)));
    }

    /** Makes an agency; returns its code in the one spelling it is stored in. */
    @Transactional
    public String create(AgencyDraft draft, String actor) {
        List<FieldError> errors = new ArrayList<>();
        Optional<String> code = AdminInput.canonicalCode(draft.code(), CODE_LENGTH);
        if (code.isEmpty()) {
            errors.add(new FieldError("code", "agency.code", "the code has 1 to " + CODE_LENGTH
                    + " letters A-Z, digits and single hyphens between them", CODE_LENGTH));
        } else if (idOf("agency", code.get()).isPresent()) {
            errors.add(new FieldError("code", "agency.code.taken", "an agency has the code " + code.get() + " already", code.get()));
        }
        Checked checked = check(draft, null, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.createNativeQuery("""
                INSERT INTO agency (code, parent_id, name_zh, short_name_zh, name_en, kind, track_id, region_id, sort_order)
                SELECT ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(MAX(sort_order), 0) + 1 FROM agency""")
                .setParameter(1, code.get()).setParameter(2, checked.parentId()).setParameter(3, checked.nameZh())
                .setParameter(4, checked.shortNameZh()).setParameter(5, checked.nameEn()).setParameter(6, draft.kind().name())
                .setParameter(7, checked.trackId()).setParameter(8, checked.regionId()).executeUpdate();
        audit.append(actor, "agency.create", "agency:" + code.get(), described(draft, checked));
        return code.get();
    }

    /**
     * Changes an agency's names, kind, track, region and parent. {@code version} is the one the
     * form was filled from: a change made meanwhile by someone else is not overwritten.
     */
    @Transactional
    public void update(String code, int version, AgencyDraft draft, String actor) {
        List<Row> current = code == null ? List.of()
                : NativeSql.query(em, "SELECT id, version FROM agency WHERE code = ? FOR UPDATE", code.strip());
        if (current.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldError("code", "agency.unknown", "no agency has the code " + code,
                    String.valueOf(code))));
        }
        long id = current.get(0).longValue(0);
        List<FieldError> errors = new ArrayList<>();
        if (current.get(0).intValue(1) != version) {
            errors.add(new FieldError("version", "agency.stale", "someone changed " + code + " meanwhile: reload it and edit again",
                    code.strip()));
        }
        Checked checked = check(draft, id, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.createNativeQuery("""
                UPDATE agency SET parent_id = ?, name_zh = ?, short_name_zh = ?, name_en = ?, kind = ?, track_id = ?, region_id = ?,
                       version = version + 1
                WHERE id = ?""")
                .setParameter(1, checked.parentId()).setParameter(2, checked.nameZh()).setParameter(3, checked.shortNameZh())
                .setParameter(4, checked.nameEn()).setParameter(5, draft.kind().name()).setParameter(6, checked.trackId())
                .setParameter(7, checked.regionId()).setParameter(8, id).executeUpdate();
        audit.append(actor, "agency.update", "agency:" + code.strip(), described(draft, checked));
    }

    /** The draft's values as stored: names stripped, references resolved to ids. */
    private record Checked(String nameZh, String shortNameZh, String nameEn, Long trackId, Long regionId, Long parentId,
                           String parentCode) {
    }

    /** Checks all but the code; {@code self} is the edited agency's id, null for a new one. */
    private Checked check(AgencyDraft draft, Long self, List<FieldError> errors) {
        String nameZh = AdminInput.text(draft.nameZh());
        if (!AdminInput.fits(nameZh, NAME_ZH_LENGTH)) {
            errors.add(new FieldError("nameZh", "agency.nameZh", "give the Chinese name in 1 to " + NAME_ZH_LENGTH + " characters",
                    NAME_ZH_LENGTH));
        }
        String shortNameZh = AdminInput.text(draft.shortNameZh());
        if (shortNameZh.isEmpty()) {
            shortNameZh = nameZh;
        }
        if (!nameZh.isEmpty() && !AdminInput.fits(shortNameZh, SHORT_NAME_LENGTH)) {
            errors.add(new FieldError("shortNameZh", "agency.shortNameZh", "give a short Chinese name of at most "
                    + SHORT_NAME_LENGTH + " characters (the name is used when it is that short)", SHORT_NAME_LENGTH));
        }
        String nameEn = AdminInput.text(draft.nameEn());
        if (!AdminInput.fits(nameEn, NAME_EN_LENGTH)) {
            errors.add(new FieldError("nameEn", "agency.nameEn", "give the English name in 1 to " + NAME_EN_LENGTH + " characters",
                    NAME_EN_LENGTH));
        }
        if (draft.kind() == null) {
            errors.add(new FieldError("kind", "agency.kind", "choose what kind of agency it is"));
        }
        Long trackId = idOf("pilot_track", draft.trackCode()).orElse(null);
        if (trackId == null) {
            errors.add(new FieldError("track", "agency.track", "choose the pilot track the agency is evaluated in"));
        }
        Long regionId = idOf("region", draft.regionCode()).orElse(null);
        if (regionId == null) {
            errors.add(new FieldError("region", "agency.region", "choose the region of the agency"));
        }
        String parentCode = AdminInput.text(draft.parentCode());
        Long parentId = null;
        if (!parentCode.isEmpty()) {
            parentId = idOf("agency", parentCode).orElse(null);
            if (parentId == null) {
                errors.add(new FieldError("parent", "agency.parent", "no agency has the code " + parentCode, parentCode));
            } else if (self != null && parentId.equals(self)) {
                errors.add(new FieldError("parent", "agency.parent.self", "an agency cannot be its own parent"));
            } else if (self != null && AgencyTree.wouldCycle(parents(), self, parentId)) {
                errors.add(new FieldError("parent", "agency.parent.cycle", parentCode + " is below this agency: it cannot be its parent",
                        parentCode));
            }
        } else if (draft.kind() == AgencyKind.DEPARTMENT) {
            errors.add(new FieldError("parent", "agency.parent.required", "a department belongs to a government: choose it as the parent"));
        }
        return new Checked(nameZh, shortNameZh, nameEn, trackId, regionId, parentId, parentCode);
    }

    /**
     * Each agency's parent. The rows are locked, so two administrators moving two agencies under each
     * other at the same moment cannot both pass the check: the second waits and then sees the first.
     */
    private Map<Long, Long> parents() {
        Map<Long, Long> parents = new HashMap<>();
        for (Row row : NativeSql.query(em, "SELECT id, parent_id FROM agency FOR UPDATE")) {
            parents.put(row.longValue(0), row.nullableLong(1));
        }
        return parents;
    }

    private Map<String, String> described(AgencyDraft draft, Checked checked) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("nameZh", checked.nameZh());
        data.put("shortNameZh", checked.shortNameZh());
        data.put("nameEn", checked.nameEn());
        data.put("kind", draft.kind().name());
        data.put("track", draft.trackCode().strip());
        data.put("region", draft.regionCode().strip());
        data.put("parent", checked.parentCode());
        return data;
    }

    private Optional<Long> idOf(String table, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return NativeSql.query(em, "SELECT id, code FROM " + table + " WHERE code = ?", code.strip())
                .stream().findFirst().map(row -> row.longValue(0));
    }
}

package org.minping.core.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.minping.core.account.AccountName;
import org.minping.core.audit.AuditLog;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.Localized;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;
import org.minping.core.shared.StoredTime;

/**
 * Evaluator organisations: administrators register them, add staff accounts (accounts with the
 * evaluator role) and assign them to agencies in a cycle; the organisation declares, once per
 * agency, whether it has a conflict of interest; a conflict blocks every assignment to that agency.
 * Staff see their own organisation only. Every change is audited. Callers check the permissions
 * (admin:access for administration, assessment:upload for staff).
 */
@ApplicationScoped
public class EvaluatorService {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");
    static final int MAX_STATEMENT = 500;

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    StoredTime time;

    /** An organisation with its staff. */
    public record Organisation(String code, Localized name, List<String> staff) {
    }

    /** An assignment as staff and administrators see it; READY only after "no conflict" was declared. */
    public record Assignment(String orgCode, String agencyCode, Localized agencyName, String cycleCode, String state) {
        public static final String AWAITING_DECLARATION = "AWAITING_DECLARATION";
        public static final String READY = "READY";
        public static final String BLOCKED = "BLOCKED";
    }

    @Transactional
    public void register(String code, String nameZh, String nameEn, String actor) {
        List<FieldError> errors = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "evaluator.code", "the code must be 2 to 32 capital letters, digits or -"));
        }
        if (nameZh == null || nameZh.isBlank() || nameZh.length() > 100) {
            errors.add(new FieldError("nameZh", "evaluator.nameZh", "the Chinese name must have 1 to 100 characters"));
        }
        if (nameEn == null || nameEn.isBlank() || nameEn.length() > 200) {
            errors.add(new FieldError("nameEn", "evaluator.nameEn", "the English name must have 1 to 200 characters"));
        }
        if (errors.isEmpty() && orgId(code).isPresent()) {
            errors.add(new FieldError("code", "evaluator.exists", "an organisation with the code " + code + " exists", code));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.createNativeQuery("INSERT INTO evaluator_org (code, name_zh, name_en, created_by, created_at) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, code).setParameter(2, nameZh.strip()).setParameter(3, nameEn.strip())
                .setParameter(4, actor).setParameter(5, time.now()).executeUpdate();
        audit.append(actor, "evaluator.register", "evaluator:" + code, Map.of("nameZh", nameZh.strip(), "nameEn", nameEn.strip()));
    }

    /** Adds an account with the evaluator role to the organisation (an account belongs to one organisation at most). */
    @Transactional
    public void addStaff(String orgCode, String typedUsername, String actor) {
        String username = org.minping.core.account.UserNames.canonical(typedUsername);
        long org = orgId(orgCode).orElseThrow(() -> invalid("org", "evaluator.unknown", "no organisation " + orgCode, String.valueOf(orgCode)));
        List<Row> user = NativeSql.query(em, """
                SELECT u.id, u.username FROM user_account u JOIN user_role r ON r.user_id = u.id AND r.role = 'evaluator'
                WHERE u.username = ?""", username);
        if (user.isEmpty()) {
            throw invalid("username", "evaluator.account", "no account " + username + " with the evaluator role", username);
        }
        if (!NativeSql.query(em, "SELECT org_id, user_id FROM evaluator_member WHERE user_id = ?", user.get(0).get(0)).isEmpty()) {
            throw invalid("username", "evaluator.member", username + " belongs to an organisation already", username);
        }
        em.createNativeQuery("INSERT INTO evaluator_member (user_id, org_id) VALUES (?, ?)")
                .setParameter(1, user.get(0).get(0)).setParameter(2, org).executeUpdate();
        audit.append(actor, "evaluator.staff", "evaluator:" + orgCode, Map.of("username", username));
    }

    @Transactional
    public void assign(String orgCode, String agencyCode, String cycleCode, String actor) {
        long org = orgId(orgCode).orElseThrow(() -> invalid("org", "evaluator.unknown", "no organisation " + orgCode, String.valueOf(orgCode)));
        List<FieldError> errors = new ArrayList<>();
        Optional<Long> agency = id("SELECT id, id FROM agency WHERE code = ?", agencyCode);
        Optional<Long> cycle = id("SELECT id, id FROM evaluation_cycle WHERE code = ?", cycleCode);
        if (agency.isEmpty()) {
            errors.add(new FieldError("agency", "agency.unknown", "no agency has the code " + agencyCode, String.valueOf(agencyCode)));
        }
        if (cycle.isEmpty()) {
            errors.add(new FieldError("cycle", "cycle.unknown", "no cycle has the code " + cycleCode, String.valueOf(cycleCode)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.createNativeQuery("""
                INSERT IGNORE INTO evaluator_assignment (org_id, agency_id, cycle_id, assigned_by, assigned_at) VALUES (?, ?, ?, ?, ?)""")
                .setParameter(1, org).setParameter(2, agency.get()).setParameter(3, cycle.get()).setParameter(4, actor)
                .setParameter(5, time.now()).executeUpdate();
        audit.append(actor, "evaluator.assign", "evaluator:" + orgCode, Map.of("agency", agencyCode, "cycle", cycleCode));
    }

    /** The accounts with the evaluator role that belong to no organisation yet: those that can be added as staff. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountName> unplacedStaff() {
        return NativeSql.query(em, """
                SELECT u.username, u.display_name FROM user_account u JOIN user_role r ON r.user_id = u.id AND r.role = 'evaluator'
                WHERE NOT EXISTS (SELECT 1 FROM evaluator_member m WHERE m.user_id = u.id) ORDER BY u.username""").stream()
                .map(row -> new AccountName(row.string(0), row.string(1))).toList();
    }

    /** The organisation a staff account belongs to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> organisationOf(String username) {
        return NativeSql.query(em, """
                SELECT o.code, o.id FROM evaluator_org o JOIN evaluator_member m ON m.org_id = o.id
                JOIN user_account u ON u.id = m.user_id WHERE u.username = ?""", username).stream()
                .map(row -> row.string(0)).findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Assignment> assignments(String orgCode) {
        return assignments("WHERE o.code = ?", orgCode);
    }

    /** Every organisation's assignments in one query, for the administrators' overview. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, List<Assignment>> assignmentsByOrganisation() {
        Map<String, List<Assignment>> byOrganisation = new java.util.HashMap<>();
        assignments("").forEach(a -> byOrganisation.computeIfAbsent(a.orgCode(), o -> new ArrayList<>()).add(a));
        return byOrganisation;
    }

    private List<Assignment> assignments(String where, Object... parameters) {
        return NativeSql.query(em, """
                SELECT o.code, g.code, g.name_zh, g.name_en, c.code,
                       CASE WHEN d.org_id IS NULL THEN 'AWAITING_DECLARATION' WHEN d.has_conflict THEN 'BLOCKED' ELSE 'READY' END
                FROM evaluator_assignment s JOIN evaluator_org o ON o.id = s.org_id JOIN agency g ON g.id = s.agency_id
                JOIN evaluation_cycle c ON c.id = s.cycle_id
                LEFT JOIN conflict_declaration d ON d.org_id = s.org_id AND d.agency_id = s.agency_id
                """ + where + " ORDER BY c.period_start DESC, g.sort_order", parameters).stream()
                .map(row -> new Assignment(row.string(0), row.string(1), new Localized(row.string(2), row.string(3)),
                        row.string(4), row.string(5)))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Organisation> organisations() {
        Map<String, Organisation> organisations = new java.util.LinkedHashMap<>();
        for (Row row : NativeSql.query(em, """
                SELECT o.code, o.name_zh, o.name_en, u.username FROM evaluator_org o
                LEFT JOIN evaluator_member m ON m.org_id = o.id LEFT JOIN user_account u ON u.id = m.user_id
                ORDER BY o.code, u.username""")) {
            Organisation organisation = organisations.computeIfAbsent(row.string(0), code ->
                    new Organisation(code, new Localized(row.string(1), row.string(2)), new ArrayList<>()));
            if (!row.isNull(3)) {
                organisation.staff().add(row.string(3));
            }
        }
        return List.copyOf(organisations.values());
    }

    /**
     * The organisation declares, once per agency, whether it has a conflict of interest (a contract,
     * ownership, a staff member's family). A conflict blocks its assignments to that agency.
     */
    @Transactional
    public void declare(String orgCode, String agencyCode, boolean conflict, String statement, String actor) {
        long org = orgId(orgCode).orElseThrow(() -> invalid("code", "evaluator.unknown", "no organisation " + orgCode, String.valueOf(orgCode)));
        String text = statement == null ? "" : statement.strip();
        if (text.isEmpty() || text.codePointCount(0, text.length()) > MAX_STATEMENT) {
            throw invalid("statement", "declaration.statement", "the declaration must have 1 to 500 characters");
        }
        List<Row> assigned = NativeSql.query(em, """
                SELECT s.agency_id, s.cycle_id FROM evaluator_assignment s JOIN agency g ON g.id = s.agency_id
                WHERE s.org_id = ? AND g.code = ?""", org, agencyCode);
        if (assigned.isEmpty()) {
            throw invalid("agencyCode", "declaration.notAssigned", "the organisation is not assigned to " + agencyCode, agencyCode);
        }
        int stored = em.createNativeQuery("""
                INSERT IGNORE INTO conflict_declaration (org_id, agency_id, has_conflict, statement, declared_by, declared_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .setParameter(1, org).setParameter(2, assigned.get(0).get(0)).setParameter(3, conflict).setParameter(4, text)
                .setParameter(5, actor).setParameter(6, time.now()).executeUpdate();
        if (stored == 0) {
            throw invalid("agencyCode", "declaration.exists", "the organisation has declared for " + agencyCode + " already", agencyCode);
        }
        audit.append(actor, "evaluator.declaration", "evaluator:" + orgCode + "/agency:" + agencyCode,
                Map.of("conflict", Boolean.toString(conflict), "statement", text));
    }

    /** The agencies the organisation may assess in the cycle: assigned, declared, no conflict. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> assessableAgencies(String orgCode, String cycleCode) {
        Set<String> ready = new TreeSet<>();
        assignments(orgCode).stream()
                .filter(a -> a.cycleCode().equals(cycleCode) && Assignment.READY.equals(a.state()))
                .forEach(a -> ready.add(a.agencyCode()));
        return ready;
    }

    private Optional<Long> orgId(String code) {
        return id("SELECT id, id FROM evaluator_org WHERE code = ?", code);
    }

    private Optional<Long> id(String sql, String code) {
        return NativeSql.query(em, sql, code).stream().map(row -> row.longValue(0)).findFirst();
    }


    private static InvalidInputException invalid(String field, String code, String message, Object... arguments) {
        return new InvalidInputException(List.of(new FieldError(field, code, message, arguments)));
    }
}

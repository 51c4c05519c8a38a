package org.minping.core.agency;

import org.minping.core.shared.AdminInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minping.core.audit.AuditLog;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.Localized;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.Row;

/**
 * Administrators add and edit the services citizens rate and the service halls (政务服务大厅) of an
 * agency. Codes are unique across agencies and fixed once made (QR posters carry them). Every
 * problem is named by field and nothing is stored when there is one; every change is an audit
 * event. Callers check {@code agency:manage}.
 */
@ApplicationScoped
public class ServiceHallAdminService {

    static final int CODE_LENGTH = 48;
    static final int NAME_ZH_LENGTH = 100;
    static final int NAME_EN_LENGTH = 200;
    static final int ADDRESS_ZH_LENGTH = 200;
    static final int ADDRESS_EN_LENGTH = 300;

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    AuditLog audit;

    /** What an administrator fills in for a service; the code counts only when it is added; a blank position puts it last. */
    public record ServiceDraft(String code, String nameZh, String nameEn, String sortOrder) {
    }

    /** A service of an agency as its list and form show it. */
    public record ServiceEntry(String code, String nameZh, String nameEn, int sortOrder, int version) {
        public Localized name() {
            return new Localized(nameZh, nameEn);
        }
    }

    /** What an administrator fills in for a service hall; the code counts only when it is added; a blank position puts it last. */
    public record HallDraft(String code, String nameZh, String nameEn, String addressZh, String addressEn, String sortOrder) {
    }

    /** A service hall of an agency as its list and form show it. */
    public record HallEntry(String code, String nameZh, String nameEn, String addressZh, String addressEn, int sortOrder,
                            int version) {
        public Localized name() {
            return new Localized(nameZh, nameEn);
        }

        public Localized address() {
            return new Localized(addressZh, addressEn);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServiceEntry> services(String agencyCode) {
        return NativeSql.query(em, """
                SELECT s.code, s.name_zh, s.name_en, s.sort_order, s.version FROM service_offering s JOIN agency a ON a.id = s.agency_id
                WHERE a.code = ? ORDER BY s.sort_order, s.code""", String.valueOf(agencyCode)).stream()
                .map(row -> new ServiceEntry(row.string(0), row.string(1), row.string(2), row.intValue(3), row.intValue(4))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HallEntry> halls(String agencyCode) {
        return NativeSql.query(em, """
                SELECT h.code, h.name_zh, h.name_en, h.address_zh, h.address_en, h.sort_order, h.version
                FROM service_hall h JOIN agency a ON a.id = h.agency_id
                WHERE a.code = ? ORDER BY h.sort_order, h.code""", String.valueOf(agencyCode)).stream()
                .map(row -> new HallEntry(row.string(0), row.string(1), row.string(2), row.string(3), row.string(4), row.intValue(5),
                        row.intValue(6))).toList();
    }

    /** Adds a service to the agency; returns its code in the one spelling it is stored in. */
    @Transactional
    public String addService(String agencyCode, ServiceDraft draft, String actor) {
        long agency = agencyId(agencyCode);
        List<FieldError> errors = new ArrayList<>();
        String code = newCode(false, draft.code(), errors);
        Names names = names(false, draft.nameZh(), draft.nameEn(), errors);
        Optional<Integer> position = position(false, draft.sortOrder(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.createNativeQuery("""
                INSERT INTO service_offering (code, agency_id, name_zh, name_en, sort_order)
                SELECT ?, ?, ?, ?, COALESCE(?, MAX(sort_order) + 1, 1) FROM service_offering WHERE agency_id = ?""")
                .setParameter(1, code).setParameter(2, agency).setParameter(3, names.zh()).setParameter(4, names.en())
                .setParameter(5, position.orElse(null)).setParameter(6, agency).executeUpdate();
        audit.append(actor, "agency.service.create", subject(agencyCode, "service", code), described(names, null, position));
        return code;
    }

    /** Changes a service's names and position; {@code version} is the one the form was filled from. */
    @Transactional
    public void updateService(String agencyCode, String serviceCode, int version, ServiceDraft draft, String actor) {
        long agency = agencyId(agencyCode);
        Row current = current(false, agency, serviceCode);
        List<FieldError> errors = new ArrayList<>();
        stale(false, current, version, serviceCode, errors);
        Names names = names(false, draft.nameZh(), draft.nameEn(), errors);
        Optional<Integer> position = position(false, draft.sortOrder(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.createNativeQuery("""
                UPDATE service_offering SET name_zh = ?, name_en = ?, sort_order = COALESCE(?, sort_order), version = version + 1
                WHERE id = ?""")
                .setParameter(1, names.zh()).setParameter(2, names.en()).setParameter(3, position.orElse(null))
                .setParameter(4, current.longValue(0)).executeUpdate();
        audit.append(actor, "agency.service.update", subject(agencyCode, "service", serviceCode), described(names, null, position));
    }

    /** Adds a service hall to the agency; returns its code in the one spelling it is stored in. */
    @Transactional
    public String addHall(String agencyCode, HallDraft draft, String actor) {
        long agency = agencyId(agencyCode);
        List<FieldError> errors = new ArrayList<>();
        String code = newCode(true, draft.code(), errors);
        Names names = names(true, draft.nameZh(), draft.nameEn(), errors);
        Names address = address(draft.addressZh(), draft.addressEn(), errors);
        Optional<Integer> position = position(true, draft.sortOrder(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.createNativeQuery("""
                INSERT INTO service_hall (code, agency_id, name_zh, name_en, address_zh, address_en, sort_order)
                SELECT ?, ?, ?, ?, ?, ?, COALESCE(?, MAX(sort_order) + 1, 1) FROM service_hall WHERE agency_id = ?""")
                .setParameter(1, code).setParameter(2, agency).setParameter(3, names.zh()).setParameter(4, names.en())
                .setParameter(5, address.zh()).setParameter(6, address.en()).setParameter(7, position.orElse(null))
                .setParameter(8, agency).executeUpdate();
        audit.append(actor, "agency.hall.create", subject(agencyCode, "hall", code), described(names, address, position));
        return code;
    }

    /** Changes a service hall's names, address and position; {@code version} is the one the form was filled from. */
    @Transactional
    public void updateHall(String agencyCode, String hallCode, int version, HallDraft draft, String actor) {
        long agency = agencyId(agencyCode);
        Row current = current(true, agency, hallCode);
        List<FieldError> errors = new ArrayList<>();
        stale(true, current, version, hallCode, errors);
        Names names = names(true, draft.nameZh(), draft.nameEn(), errors);
        Names address = address(draft.addressZh(), draft.addressEn(), errors);
        Optional<Integer> position = position(true, draft.sortOrder(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.createNativeQuery("""
                UPDATE service_hall SET name_zh = ?, name_en = ?, address_zh = ?, address_en = ?, sort_order = COALESCE(?, sort_order),
                       version = version + 1
                WHERE id = ?""")
                .setParameter(1, names.zh()).setParameter(2, names.en()).setParameter(3, address.zh()).setParameter(4, address.en())
                .setParameter(5, position.orElse(null)).setParameter(6, current.longValue(0)).executeUpdate();
        audit.append(actor, "agency.hall.update", subject(agencyCode, "hall", hallCode), described(names, address, position));
    }

    private record Names(String zh, String en) {
    }

    private long agencyId(String agencyCode) {
        return agencyCode == null ? invalidAgency(agencyCode) : NativeSql.query(em, "SELECT id, code FROM agency WHERE code = ?",
                agencyCode.strip()).stream().findFirst().map(row -> row.longValue(0)).orElseGet(() -> invalidAgency(agencyCode));
    }

    private static long invalidAgency(String agencyCode) {
        throw new InvalidInputException(List.of(new FieldError("agency", "agency.unknown", "no agency has the code " + agencyCode,
                String.valueOf(agencyCode))));
    }

    /** The row (id, version) of the agency's service or hall, locked for the change. */
    private Row current(boolean hall, long agency, String code) {
        return (code == null ? List.<Row>of() : NativeSql.query(em, "SELECT id, version FROM " + table(hall)
                + " WHERE agency_id = ? AND code = ? FOR UPDATE", agency, code.strip())).stream().findFirst()
                .orElseThrow(() -> new InvalidInputException(List.of(new FieldError("code", hall ? "hall.unknown" : "service.unknown",
                        "the agency has no " + (hall ? "hall " : "service ") + code, String.valueOf(code)))));
    }

    private static void stale(boolean hall, Row current, int version, String code, List<FieldError> errors) {
        if (current.intValue(1) != version) {
            errors.add(new FieldError("version", hall ? "hall.stale" : "service.stale",
                    "someone changed " + code + " meanwhile: reload it and edit again", code.strip()));
        }
    }

    private static String table(boolean hall) {
        return hall ? "service_hall" : "service_offering";
    }

    /** A new code in its one spelling, unique in its table; null (with the problem named) otherwise. */
    private String newCode(boolean hall, String typed, List<FieldError> errors) {
        Optional<String> code = AdminInput.canonicalCode(typed, CODE_LENGTH);
        if (code.isEmpty()) {
            errors.add(new FieldError("code", hall ? "hall.code" : "service.code", "the code has 1 to " + CODE_LENGTH
                    + " letters A-Z, digits and single hyphens between them", CODE_LENGTH));
            return null;
        }
        if (!NativeSql.query(em, "SELECT id, code FROM " + table(hall) + " WHERE code = ?", code.get()).isEmpty()) {
            errors.add(new FieldError("code", hall ? "hall.code.taken" : "service.code.taken", "the code " + code.get()
                    + " is taken already", code.get()));
        }
        return code.get();
    }

    private static Names names(boolean hall, String typedZh, String typedEn, List<FieldError> errors) {
        String zh = AdminInput.text(typedZh);
        if (!AdminInput.fits(zh, NAME_ZH_LENGTH)) {
            errors.add(new FieldError("nameZh", hall ? "hall.nameZh" : "service.nameZh", "give the Chinese name in 1 to " + NAME_ZH_LENGTH + " characters",
                    NAME_ZH_LENGTH));
        }
        String en = AdminInput.text(typedEn);
        if (!AdminInput.fits(en, NAME_EN_LENGTH)) {
            errors.add(new FieldError("nameEn", hall ? "hall.nameEn" : "service.nameEn", "give the English name in 1 to " + NAME_EN_LENGTH + " characters",
                    NAME_EN_LENGTH));
        }
        return new Names(zh, en);
    }

    private static Names address(String typedZh, String typedEn, List<FieldError> errors) {
        String zh = AdminInput.text(typedZh);
        if (!AdminInput.fits(zh, ADDRESS_ZH_LENGTH)) {
            errors.add(new FieldError("addressZh", "hall.addressZh", "give the Chinese address in 1 to " + ADDRESS_ZH_LENGTH
                    + " characters", ADDRESS_ZH_LENGTH));
        }
        String en = AdminInput.text(typedEn);
        if (!AdminInput.fits(en, ADDRESS_EN_LENGTH)) {
            errors.add(new FieldError("addressEn", "hall.addressEn", "give the English address in 1 to " + ADDRESS_EN_LENGTH
                    + " characters", ADDRESS_EN_LENGTH));
        }
        return new Names(zh, en);
    }

    private static Optional<Integer> position(boolean hall, String typed, List<FieldError> errors) {
        try {
            return AdminInput.sortOrder(typed);
        } catch (IllegalArgumentException notANumber) {
            errors.add(new FieldError("sortOrder", hall ? "hall.sortOrder" : "service.sortOrder", "the position is a whole number from 0 to 9999, or blank"));
            return Optional.empty();
        }
    }

    private static String subject(String agencyCode, String what, String code) {
        return "agency:" + agencyCode.strip() + "/" + what + ":" + code.strip();
    }

    private static Map<String, String> described(Names names, Names address, Optional<Integer> position) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("nameZh", names.zh());
        data.put("nameEn", names.en());
        if (address != null) {
            data.put("addressZh", address.zh());
            data.put("addressEn", address.en());
        }
        data.put("sortOrder", position.map(String::valueOf).orElse(""));
        return data;
    }
}

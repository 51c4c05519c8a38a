package org.minping.core.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minping.core.agency.Agency;
import org.minping.core.agency.AgencyRepository;
import org.minping.core.agency.ServiceOffering;
import org.minping.core.audit.AuditLog;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;
import org.minping.core.shared.NativeSql;
import org.minping.core.shared.StoredTime;

/**
 * Service cases (办件): the business an agency handled, under the case number it issued, which
 * citizens rate once each within a window after the case closed. Agencies register them through
 * the API when a case closes. Callers check the case:create permission and the agency.
 */
@ApplicationScoped
public class ServiceCaseService {

    @PersistenceContext(unitName = "minping")
    private EntityManager em;

    @Inject
    AgencyRepository agencies;

    @Inject
    AuditLog audit;

    @Inject
    StoredTime time;

    @Inject
    RaterKeys raterKeys;

    /** A registered case, as the rating rules need it; its rating code only as a keyed hash, if it has one. */
    public record ServiceCase(long id, String agencyCode, String caseNumber, LocalDateTime closedAt, String ratingCodeKey) {

        /** Whether a rating at {@code now} falls in the window after the case closed. */
        public boolean openForRating(LocalDateTime now, Duration window) {
            return !now.isBefore(closedAt) && !now.isAfter(closedAt.plus(window));
        }
    }

    /**
     * A newly registered case and its rating code, which exists nowhere else: it goes to the case's
     * citizen, at the contact when one was given (then only there), else on the agency's slip.
     *
     * @param citizenContact the contact in its one spelling, or null; it is not stored
     */
    public record Registered(ServiceCase serviceCase, String ratingCode, String citizenContact) {
    }

    /**
     * Registers a closed case with a new rating code.
     *
     * @param citizenContact optional mobile number or e-mail address of the case's citizen, to send the code to
     * @throws InvalidInputException naming every wrong field
     * @throws ServiceCaseExistsException when the agency registered the case number before
     */
    @Transactional
    public Registered register(String agencyCode, String caseNumber, String serviceCode, LocalDateTime closedAt,
                               String citizenContact, String actor) {
        List<FieldError> errors = new ArrayList<>();
        String contact = null;
        if (citizenContact != null && !citizenContact.isBlank()) {
            contact = org.minping.core.account.CitizenRegistration.normalize(citizenContact);
            if (contact == null) {
                errors.add(new FieldError("citizenContact", "case.citizenContact",
                        "citizenContact must be a mobile number or an e-mail address"));
            }
        }
        Optional<Agency> agency = agencyCode == null ? Optional.empty() : agencies.findByCode(agencyCode);
        if (agency.isEmpty()) {
            errors.add(new FieldError("agencyCode", "agency.unknown", "no agency has the code " + agencyCode, String.valueOf(agencyCode)));
        }
        String number = SubmissionResolver.checkCaseNumber(caseNumber, errors);
        if (number == null && errors.stream().noneMatch(e -> e.field().equals("caseNumber"))) {
            errors.add(new FieldError("caseNumber", "required", "caseNumber is required", "caseNumber"));
        }
        ServiceOffering service = null;
        if (agency.isPresent() && serviceCode != null && !serviceCode.isBlank()) {
            service = agencies.findService(agency.get(), serviceCode).orElse(null);
            if (service == null) {
                errors.add(new FieldError("serviceCode", "service.unknown",
                        "agency " + agencyCode + " offers no service with the code " + serviceCode,
                        agencyCode, serviceCode));
            }
        }
        LocalDateTime now = time.now();
        if (closedAt == null) {
            errors.add(new FieldError("closedAt", "required", "closedAt is required: when the case closed, as 2026-11-26T10:15:00", "closedAt"));
        } else if (closedAt.isAfter(now)) {
            errors.add(new FieldError("closedAt", "closedAt.future", "closedAt must not be in the future"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (find(agency.get().code(), number).isPresent()) {
            throw new ServiceCaseExistsException(agencyCode, number);
        }
        String ratingCode = RatingCodes.generate();
        em.createNativeQuery("""
                INSERT INTO service_case (agency_id, service_id, case_number, closed_at, created_by, created_at, rating_code_key)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .setParameter(1, agency.get().id()).setParameter(2, service == null ? null : service.id())
                .setParameter(3, number).setParameter(4, closedAt.truncatedTo(ChronoUnit.MICROS))
                .setParameter(5, actor).setParameter(6, now).setParameter(7, codeKey(ratingCode)).executeUpdate();
        audit.append(actor, "case.register", "agency:" + agencyCode + "/case:" + number,
                Map.of("closedAt", closedAt.truncatedTo(ChronoUnit.MICROS).toString(),
                        "codeTo", contact == null ? "slip" : "citizen"));
        return new Registered(find(agencyCode, number).orElseThrow(), ratingCode, contact);
    }

    /** Whether the typed code is the case's rating code; a case registered before codes existed needs none. */
    public boolean codeMatches(ServiceCase serviceCase, String typed) {
        if (serviceCase.ratingCodeKey() == null) {
            return true;
        }
        String code = RatingCodes.canonical(typed);
        return !code.isEmpty() && java.security.MessageDigest.isEqual(
                codeKey(code).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                serviceCase.ratingCodeKey().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private String codeKey(String code) {
        return raterKeys.keyOf("case-code:" + code);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ServiceCase> find(String agencyCode, String caseNumber) {
        return NativeSql.query(em, """
                SELECT c.id, a.code, c.case_number, c.closed_at, c.rating_code_key FROM service_case c
                JOIN agency a ON a.id = c.agency_id WHERE a.code = ? AND c.case_number = ?""", agencyCode, caseNumber).stream()
                .map(row -> new ServiceCase(row.longValue(0), row.string(1), row.string(2),
                        row.dateTime(3), row.string(4)))
                .findFirst();
    }
}

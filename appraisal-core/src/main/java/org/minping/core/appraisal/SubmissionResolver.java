package org.minping.core.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.minping.core.agency.Agency;
import org.minping.core.agency.AgencyRepository;
import org.minping.core.agency.ServiceHall;
import org.minping.core.agency.ServiceOffering;
import org.minping.core.indicator.Indicator;
import org.minping.core.indicator.IndicatorSystem;
import org.minping.core.indicator.IndicatorSystemRepository;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;

/**
 * Checks a submission against the rules and the reference data and resolves it into facts, or
 * throws with every offending field. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class SubmissionResolver {

    static final int MAX_COMMENT_CHARACTERS = 1000;
    static final int MAX_CASE_NUMBER_LENGTH = 64;
    private static final Pattern CASE_NUMBER = Pattern.compile("[\\p{Alnum}\\-_/.]+");

    @Inject
    AgencyRepository agencies;

    @Inject
    IndicatorSystemRepository indicatorSystems;

    @Inject
    ServiceCaseService serviceCases;

    @Inject
    RatingWindow ratingWindow;

    Appraisal.Facts resolve(AppraisalSubmission submission, Rater rater, LocalDateTime now) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Agency> agency = resolveAgency(submission.agencyCode(), errors);
        IndicatorSystem system = agency.map(indicatorSystems::getCurrentFor).orElse(null);
        ServiceOffering service = agency.map(a -> resolveService(a, submission.serviceCode(), errors)).orElse(null);
        ServiceHall hall = agency.map(a -> resolveHall(a, submission.hallCode(), errors)).orElse(null);
        String caseNumber = checkCaseNumber(submission.caseNumber(), errors);
        Long serviceCaseId = caseNumber == null || agency.isEmpty() ? null
                : resolveServiceCase(agency.get(), caseNumber, submission.caseCode(), rater, now, errors);
        Channel channel = submission.channel() == null ? Channel.API : submission.channel();
        SatisfactionLevel overall = checkLevel("overall", submission.overall(), true, errors);
        Map<Long, SatisfactionLevel> ratings = system == null ? Map.of() : resolveRatings(system, submission.ratings(), errors);
        String comment = checkComment(submission.comment(), errors);
        String region = checkRegion(submission.respondentRegion(), errors);
        AgeBand ageBand = checkAgeBand(submission.respondentAgeBand(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Appraisal.Facts(agency.orElseThrow(), system, service, hall, caseNumber, serviceCaseId, channel, overall,
                ratings, comment, region, ageBand);
    }

    private Optional<Agency> resolveAgency(String code, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            errors.add(new FieldError("agencyCode", "required", "agencyCode is required", "agencyCode"));
            return Optional.empty();
        }
        Optional<Agency> agency = agencies.findByCode(code);
        if (agency.isEmpty()) {
            errors.add(new FieldError("agencyCode", "agency.unknown", "no agency has the code " + code, code));
        }
        return agency;
    }

    private ServiceOffering resolveService(Agency agency, String code, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Optional<ServiceOffering> service = agencies.findService(agency, code);
        if (service.isEmpty()) {
            errors.add(new FieldError("serviceCode", "service.unknown",
                    "agency " + agency.code() + " offers no service with the code " + code, agency.code(), code));
        }
        return service.orElse(null);
    }

    /** A hall, when given, is one of the agency's: another agency's hall, an unknown or a malformed code is refused alike. */
    private ServiceHall resolveHall(Agency agency, String code, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Optional<ServiceHall> hall = agencies.findHall(agency, code);
        if (hall.isEmpty()) {
            errors.add(new FieldError("hall", "hall.unknown",
                    "agency " + agency.code() + " has no service hall with the code " + code, code));
        }
        return hall.orElse(null);
    }

    /**
     * A case number must name a case the agency registered, rated in the window after it closed,
     * with the case's rating code when it has one, by a rater the portal can recognise again.
     */
    private Long resolveServiceCase(Agency agency, String caseNumber, String caseCode, Rater rater, LocalDateTime now,
                                    List<FieldError> errors) {
        Optional<ServiceCaseService.ServiceCase> serviceCase = serviceCases.find(agency.code(), caseNumber);
        if (serviceCase.isEmpty()) {
            errors.add(new FieldError("caseNumber", "case.unknown",
                    "agency " + agency.code() + " has no service case " + caseNumber + "; check the number on your receipt",
                    agency.code(), caseNumber));
            return null;
        }
        if (!serviceCase.get().openForRating(now, ratingWindow.duration())) {
            String until = serviceCase.get().closedAt().plus(ratingWindow.duration()).toLocalDate().toString();
            errors.add(new FieldError("caseNumber", "case.windowClosed", "service case " + caseNumber + " could be rated until " + until,
                    caseNumber, until));
            return null;
        }
        if (!serviceCases.codeMatches(serviceCase.get(), caseCode)) {
            boolean typed = !RatingCodes.canonical(caseCode).isEmpty();
            errors.add(new FieldError("caseCode", typed ? "case.codeWrong" : "case.codeRequired", typed
                    ? "this is not the rating code of service case " + caseNumber + "; check the slip or message it came with"
                    : "service case " + caseNumber + " is rated with its rating code, given with the case", caseNumber));
            return null;
        }
        if (rater.identityIfKnown().isEmpty()) {
            errors.add(new FieldError("caseNumber", "case.raterUnknown",
                    "rating a service case needs a signed-in account or a device token (header X-Device-Token)"));
            return null;
        }
        return serviceCase.get().id();
    }

    static String checkCaseNumber(String caseNumber, List<FieldError> errors) {
        if (caseNumber == null || caseNumber.isBlank()) {
            return null;
        }
        String stripped = caseNumber.strip();
        if (stripped.length() > MAX_CASE_NUMBER_LENGTH || !CASE_NUMBER.matcher(stripped).matches()) {
            errors.add(new FieldError("caseNumber", "caseNumber.format",
                    "caseNumber must be at most 64 letters, digits and - _ / ."));
        }
        return stripped;
    }

    static SatisfactionLevel checkLevel(String field, Integer level, boolean required, List<FieldError> errors) {
        if (level == null) {
            if (required) {
                errors.add(new FieldError(field, "required", field + " is required: a level from 1 to 5", field));
            }
            return null;
        }
        Optional<SatisfactionLevel> known = SatisfactionLevel.of(level);
        if (known.isEmpty()) {
            errors.add(new FieldError(field, "level.range", field + " must be a level from 1 to 5, not " + level, field, level));
        }
        return known.orElse(null);
    }

    private static Map<Long, SatisfactionLevel> resolveRatings(IndicatorSystem system, Map<String, Integer> ratings,
                                                               List<FieldError> errors) {
        Map<String, Indicator> rateable = new LinkedHashMap<>();
        system.publicAppraisalIndicators().stream()
                .filter(i -> !i.isOverallSatisfaction())
                .forEach(i -> rateable.put(i.code(), i));
        Map<Long, SatisfactionLevel> resolved = new LinkedHashMap<>();
        ratings.forEach((code, level) -> {
            String field = "ratings." + code;
            Indicator indicator = rateable.get(code);
            if (indicator == null) {
                errors.add(new FieldError(field, "indicator.unknown",
                        "indicator " + code + " is not rated by the public in " + system.code(), code, system.code()));
                return;
            }
            SatisfactionLevel known = checkLevel(field, level, true, errors);
            if (known != null) {
                resolved.put(indicator.id(), known);
            }
        });
        return resolved;
    }

    static String checkComment(String comment, List<FieldError> errors) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        String stripped = comment.strip();
        // Counted in characters as people count them, not in UTF-16 units: 𠮷 is one character.
        if (stripped.codePointCount(0, stripped.length()) > MAX_COMMENT_CHARACTERS) {
            errors.add(new FieldError("comment", "comment.tooLong", "comment must be at most 1000 characters"));
        }
        return stripped;
    }

    private String checkRegion(String region, List<FieldError> errors) {
        if (region == null || region.isBlank()) {
            return null;
        }
        boolean known = agencies.regions().stream().anyMatch(r -> r.code().equals(region));
        if (!known) {
            errors.add(new FieldError("respondent.region", "region.unknown", "no region has the code " + region, region));
        }
        return region;
    }

    private static AgeBand checkAgeBand(String ageBand, List<FieldError> errors) {
        if (ageBand == null || ageBand.isBlank()) {
            return null;
        }
        Optional<AgeBand> known = AgeBand.ofCode(ageBand);
        if (known.isEmpty()) {
            errors.add(new FieldError("respondent.ageBand", "ageBand.unknown",
                    "respondent.ageBand must be one of <18, 18-29, 30-44, 45-59, 60+"));
        }
        return known.orElse(null);
    }
}

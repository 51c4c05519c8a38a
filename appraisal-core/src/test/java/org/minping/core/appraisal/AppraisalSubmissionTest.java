package org.minping.core.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppraisalSubmissionTest {

    private static AppraisalSubmission submission(Map<String, Integer> ratings, String comment) {
        return new AppraisalSubmission("HZ", "HZ-BIZ", "A-1", Channel.API, 4, ratings, comment, "ZJ", "30-44");
    }

    @Test
    void fingerprintIgnoresTheOrderOfRatings() {
        Map<String, Integer> forward = new LinkedHashMap<>();
        forward.put("EFFICIENCY", 5);
        forward.put("ATTITUDE", 3);
        Map<String, Integer> backward = new LinkedHashMap<>();
        backward.put("ATTITUDE", 3);
        backward.put("EFFICIENCY", 5);
        assertEquals(submission(forward, "好").fingerprint(), submission(backward, "好").fingerprint());
    }

    @Test
    void fingerprintChangesWithAnyField() {
        String base = submission(Map.of("EFFICIENCY", 5), "好").fingerprint();
        assertNotEquals(base, submission(Map.of("EFFICIENCY", 4), "好").fingerprint());
        assertNotEquals(base, submission(Map.of("EFFICIENCY", 5), "好！").fingerprint());
        assertNotEquals(base, submission(Map.of("EFFICIENCY", 5, "ATTITUDE", 5), "好").fingerprint());
        assertNotEquals(base, new AppraisalSubmission("HZ", "HZ-BIZ", "A-1", Channel.API, 4, Map.of("EFFICIENCY", 5), "好",
                "ZJ", "30-44", true).fingerprint(), "a complaint is another request");
        assertNotEquals(base, new AppraisalSubmission("HZ", "HZ-BIZ", "A-1", Channel.APP, 4, Map.of("EFFICIENCY", 5),
                "好", "ZJ", "30-44").fingerprint());
    }

    @Test
    void theHallIsPartOfTheFingerprintOnlyWhenGiven() {
        AppraisalSubmission noHall = submission(Map.of("EFFICIENCY", 5), "好");
        AppraisalSubmission blankHall = new AppraisalSubmission("HZ", "HZ-BIZ", "A-1", Channel.API, 4, Map.of("EFFICIENCY", 5), "好",
                "ZJ", "30-44", false, null, " ");
        AppraisalSubmission atAHall = new AppraisalSubmission("HZ", "HZ-BIZ", "A-1", Channel.API, 4, Map.of("EFFICIENCY", 5), "好",
                "ZJ", "30-44", false, null, "HZ-HALL-1");
        // A hall not given adds nothing, as before halls existed: earlier requests keep their fingerprints.
        assertEquals(noHall.fingerprint(), blankHall.fingerprint());
        assertNotEquals(noHall.fingerprint(), atAHall.fingerprint(), "an appraisal of a hall is another request");
    }

    @Test
    void fingerprintTellsAMissingValueFromAnyText() {
        assertNotEquals(submission(Map.of(), null).fingerprint(), submission(Map.of(), "-").fingerprint());
        assertNotEquals(submission(Map.of(), null).fingerprint(), submission(Map.of(), "").fingerprint());
    }

    @Test
    void fieldBoundariesCannotBeShiftedToForgeACollision() {
        AppraisalSubmission a = new AppraisalSubmission("HZ", "X\nserviceCode=", null, Channel.API, 4, Map.of(), null, null, null);
        AppraisalSubmission b = new AppraisalSubmission("HZ", "X", "\nserviceCode=", Channel.API, 4, Map.of(), null, null, null);
        assertNotEquals(a.fingerprint(), b.fingerprint());
    }

    @Test
    void fingerprintIsHexSha256() {
        assertEquals(64, submission(Map.of(), null).fingerprint().length());
    }
}

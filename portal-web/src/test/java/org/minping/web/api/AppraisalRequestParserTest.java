package org.minping.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minping.core.appraisal.AppraisalSubmission;
import org.minping.core.appraisal.Channel;
import org.minping.core.shared.FieldError;

class AppraisalRequestParserTest {

    private static Set<String> fieldsOf(String body) {
        MalformedRequestException failure = assertThrows(MalformedRequestException.class,
                () -> AppraisalRequestParser.parse(body));
        return failure.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    @Test
    void readsEveryField() {
        AppraisalSubmission submission = AppraisalRequestParser.parse("""
                {"agencyCode":"HZ","serviceCode":"HZ-BIZ","caseNumber":"C-1","channel":"hotline","overall":2,
                 "ratings":{"EFFICIENCY":1},"comment":"慢","respondent":{"region":"ZJ","ageBand":"60+"}}""");
        assertEquals(new AppraisalSubmission("HZ", "HZ-BIZ", "C-1", Channel.HOTLINE, 2, Map.of("EFFICIENCY", 1), "慢",
                "ZJ", "60+"), submission);
    }

    @Test
    void theHallIsAnOptionalStringNamedHall() {
        assertEquals("HZ-HALL-1", AppraisalRequestParser.parse("{\"agencyCode\":\"HZ\",\"overall\":4,\"hall\":\"HZ-HALL-1\"}").hallCode());
        assertNull(AppraisalRequestParser.parse("{\"agencyCode\":\"HZ\",\"overall\":4}").hallCode());
        assertEquals(Set.of("hall"), fieldsOf("{\"agencyCode\":\"HZ\",\"overall\":4,\"hall\":7}"));
    }

    @Test
    void aComplaintIsFlaggedAndOnlyABooleanFlagsIt() {
        assertTrue(AppraisalRequestParser.parse("{\"agencyCode\":\"HZ\",\"overall\":4,\"complaint\":true}").complaint());
        assertFalse(AppraisalRequestParser.parse("{\"agencyCode\":\"HZ\",\"overall\":4}").complaint());
        assertEquals(Set.of("complaint"), fieldsOf("{\"agencyCode\":\"HZ\",\"overall\":4,\"complaint\":\"yes\"}"));
    }

    @Test
    void channelDefaultsToApiAndOptionalFieldsToNothing() {
        AppraisalSubmission submission = AppraisalRequestParser.parse("{\"agencyCode\":\"HZ\",\"overall\":5}");
        assertEquals(Channel.API, submission.channel());
        assertNull(submission.comment());
        assertEquals(Map.of(), submission.ratings());
    }

    @Test
    void outOfRangeIntegersAreLeftForTheRangeCheck() {
        assertEquals(99, AppraisalRequestParser.parse("{\"overall\":99}").overall());
        assertEquals(Integer.MAX_VALUE, AppraisalRequestParser.parse("{\"overall\":123456789012345}").overall());
    }

    @Test
    void theWebChannelIsNotForApiClients() {
        assertEquals(Set.of("channel"), fieldsOf("{\"agencyCode\":\"HZ\",\"overall\":5,\"channel\":\"WEB\"}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"overall\":\"5\"}|overall",
            "{\"overall\":4.5}|overall",
            "{\"overall\":true}|overall",
            "{\"overall\":1e309}|overall",
            "{\"agencyCode\":7}|agencyCode",
            "{\"ratings\":[5]}|ratings",
            "{\"ratings\":{\"EFFICIENCY\":null}}|ratings.EFFICIENCY",
            "{\"ratings\":{\"EFFICIENCY\":\"high\"}}|ratings.EFFICIENCY",
            "{\"respondent\":\"old\"}|respondent",
            "{\"respondent\":{\"ageBand\":30}}|respondent.ageBand",
            "{\"comment\":{}}|comment",
            "not json|body",
            "{\"a\":|body",
            "[]|body",
            "\"text\"|body"})
    void wrongShapesAreNamed(String body, String field) {
        assertEquals(Set.of(field), fieldsOf(body));
    }

    @Test
    void anEmptyBodyIsNamed() {
        assertEquals(Set.of("body"), fieldsOf("  "));
    }

    @org.junit.jupiter.api.Nested
    class HostileBodies {

        private FieldError refusal(String body) {
            MalformedRequestException failure = assertThrows(MalformedRequestException.class,
                    () -> AppraisalRequestParser.parse(body));
            assertEquals(1, failure.errors().size(), failure.errors().toString());
            return failure.errors().get(0);
        }

        @Test
        void aKeyGivenTwiceIsRefusedNotSilentlyResolved() {
            FieldError error = refusal("{\"agencyCode\":\"HZ\",\"overall\":5,\"overall\":1}");
            assertEquals("json.duplicate-key", error.code());
            assertEquals("json.duplicate-key",
                    refusal("{\"agencyCode\":\"HZ\",\"overall\":5,\"ratings\":{\"A\":1,\"A\":5}}").code());
        }

        @Test
        void aThousandLevelsOfNestingAreRefusedAsMalformed() {
            String deep = "[".repeat(1000) + "]".repeat(1000);
            assertEquals("json.depth", refusal("{\"agencyCode\":\"HZ\",\"overall\":5,\"x\":" + deep + "}").code());
        }

        @Test
        void aFiveThousandDigitNumberIsRefusedAsMalformed() {
            assertEquals("json.number", refusal("{\"agencyCode\":\"HZ\",\"overall\":" + "9".repeat(5000) + "}").code());
            assertEquals("json.number", refusal("{\"agencyCode\":\"HZ\",\"overall\":1e" + "9".repeat(40) + "}").code());
        }

        @Test
        void bracketsAndLongDigitRunsInsideTextAreJustText() {
            String comment = "[[[[[[[[[[{{{{{{{{ 电话 " + "1".repeat(60) + " ]]]]]]]]";
            assertEquals(comment, AppraisalRequestParser.parse("{\"agencyCode\":\"HZ\",\"overall\":5,\"comment\":\""
                    + comment + "\"}").comment());
        }
    }
}

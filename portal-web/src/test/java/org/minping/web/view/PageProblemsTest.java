package org.minping.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minping.core.appraisal.AppealNotAllowedException;
import org.minping.core.appraisal.AppealNotAllowedException.Why;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;

class PageProblemsTest {

    /** Messages answer with their keys and field codes: what matters here is which messages, in what order. */
    private final PageProblems problems = new PageProblems();

    {
        problems.messages = new Messages() {
            @Override
            public String get(String key, Object... arguments) {
                return key;
            }

            @Override
            public String of(FieldError error) {
                return error.field() + ":" + error.code();
            }
        };
    }

    private static final InvalidInputException INVALID = new InvalidInputException(List.of(
            new FieldError("statement", "appeal.statement", "too long"),
            new FieldError("receipt", "receipt.unknown", "no such receipt"),
            new FieldError("statement", "appeal.blank", "blank")));

    @Nested
    class Attempt {

        @Test
        void aStepThatGoesThroughLeavesNothingToSay() {
            List<String> said = problems.attempt(() -> { });
            assertTrue(said.isEmpty());
            said.add("open to more");
            assertNull(problems.first(() -> { }));
        }

        @Test
        void invalidInputSaysEveryMessageInTheOrderTheCoreNamedThem() {
            assertEquals(List.of("statement:appeal.statement", "receipt:receipt.unknown", "statement:appeal.blank"),
                    problems.attempt(() -> {
                        throw INVALID;
                    }));
            assertEquals("statement:appeal.statement", problems.first(() -> {
                throw INVALID;
            }));
        }

        @Test
        void aRefusalThePageNamesSaysItsKey() {
            assertEquals("contest.notAllowed", problems.first(() -> {
                throw new AppealNotAllowedException(Why.NOT_OPEN, "closed");
            }, PageProblems.when(AppealNotAllowedException.class, "contest.notAllowed")));
            assertEquals(List.of("appeal.OWN_AGENCY"), problems.attempt(() -> {
                throw new AppealNotAllowedException(Why.OWN_AGENCY, "own agency");
            }, PageProblems.when(AppealNotAllowedException.class, refused -> "appeal." + refused.why())));
        }

        @Test
        void anyOtherExceptionGoesOnToTheErrorPages() {
            IllegalStateException unexpected = new IllegalStateException("broken");
            assertSame(unexpected, assertThrows(IllegalStateException.class, () -> problems.attempt(() -> {
                throw unexpected;
            }, PageProblems.when(AppealNotAllowedException.class, "contest.notAllowed"))));
            assertThrows(AppealNotAllowedException.class, () -> problems.first(() -> {
                throw new AppealNotAllowedException(Why.NOT_OPEN, "not named by this page");
            }));
        }
    }

    @Test
    void formsShowEachFieldsMessagesBesideItAsOneLine() {
        assertEquals(Map.of("statement", "statement:appeal.statement statement:appeal.blank", "receipt", "receipt:receipt.unknown"),
                problems.byField(INVALID));
        assertEquals(List.of("statement", "receipt"), List.copyOf(problems.byField(INVALID).keySet()));
    }
}

package org.minping.web.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;

/**
 * What a page says when the core refuses what the visitor asked: the messages of invalid input, in
 * the order the core named the fields, and for a refusal the page names, the message it chose.
 */
@ApplicationScoped
public class PageProblems {

    @Inject
    Messages messages;

    /**
     * Runs the step and returns what the page shows if the core refuses it: every message of invalid
     * input, or the message of a named refusal. Empty (and open to more) when the step went through;
     * any other exception goes on to the error pages.
     */
    public List<String> attempt(Runnable step, Refusal<?>... named) {
        try {
            step.run();
            return new ArrayList<>();
        } catch (InvalidInputException invalid) {
            return of(invalid);
        } catch (RuntimeException refused) {
            for (Refusal<?> refusal : named) {
                if (refusal.type().isInstance(refused)) {
                    return new ArrayList<>(List.of(messages.get(refusal.keyOf(refused))));
                }
            }
            throw refused;
        }
    }

    /** As {@link #attempt}, for pages that show one line: the first message, or null when the step went through. */
    public String first(Runnable step, Refusal<?>... named) {
        List<String> problems = attempt(step, named);
        return problems.isEmpty() ? null : problems.get(0);
    }

    /** Every message of the invalid input, in the order the core named the fields. */
    public List<String> of(InvalidInputException invalid) {
        List<String> problems = new ArrayList<>();
        for (FieldError error : invalid.errors()) {
            problems.add(messages.of(error));
        }
        return problems;
    }

    /** The first message of the invalid input, for pages that show one line. */
    public String first(InvalidInputException invalid) {
        return messages.of(invalid.errors().get(0));
    }

    /** The messages by field, for forms that show each beside its field; two for one field read as one line. */
    public Map<String, String> byField(InvalidInputException invalid) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : invalid.errors()) {
            byField.merge(error.field(), messages.of(error), (earlier, later) -> earlier + " " + later);
        }
        return byField;
    }

    /** A refusal the page names in its own words: the message key for a kind of exception of the core. */
    public static <E extends RuntimeException> Refusal<E> when(Class<E> type, String key) {
        return when(type, refused -> key);
    }

    /** The same, with the key chosen by what the exception says (e.g. the reason it gives). */
    public static <E extends RuntimeException> Refusal<E> when(Class<E> type, Function<? super E, String> key) {
        return new Refusal<>(type, key);
    }

    /** A kind of exception the page expects, and the key of the message it shows for it. */
    public record Refusal<E extends RuntimeException>(Class<E> type, Function<? super E, String> key) {

        String keyOf(RuntimeException refused) {
            return key.apply(type.cast(refused));
        }
    }
}

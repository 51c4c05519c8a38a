package org.minping.core.evaluation;

import java.time.LocalDate;

/**
 * An imported score a run left out of its input because supervision flagged it as not authentic
 * and it was not yet resolved: its source, agency and indicator, and the supervision item and
 * record (kind and date of the visit) that flagged it.
 */
public record HeldOutItem(String source, String agency, String indicator, long itemId, long recordId, String recordKind,
                          LocalDate visitedOn) {

    /** The record's number as text, for messages (a number argument would be grouped: 1,234). */
    public String recordNumber() {
        return Long.toString(recordId);
    }
}

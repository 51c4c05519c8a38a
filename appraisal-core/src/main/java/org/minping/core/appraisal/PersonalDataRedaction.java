package org.minping.core.appraisal;

/**
 * Blanks personal data out of a comment about to be stored, wherever the text comes from (intake
 * does it through {@link IntakeScreening}; a moderator's redaction through this). The moderation
 * module implements it; the core only knows this contract, so it never depends on moderation.
 */
public interface PersonalDataRedaction {

    /** The text with every piece of personal data masked; the text itself when there is none. */
    String redact(String text);
}

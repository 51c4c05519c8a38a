package org.minping.moderation.intake;

import jakarta.enterprise.context.ApplicationScoped;
import org.minping.core.appraisal.PersonalDataRedaction;
import org.minping.moderation.rules.PersonalData;

/** The same redaction as at intake, for comments stored by other paths (a moderator's redaction). */
@ApplicationScoped
public class RuleBasedPersonalDataRedaction implements PersonalDataRedaction {

    @Override
    public String redact(String text) {
        return PersonalData.redact(text).text();
    }
}

package org.minping.moderation.rules;

import java.util.Optional;

/** One automatic check of a comment; a rule holds, it never rejects: people decide. */
public interface IntakeRule {

    Optional<HoldReason> check(String comment);
}

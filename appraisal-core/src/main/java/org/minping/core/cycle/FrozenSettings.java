package org.minping.core.cycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.minping.core.audit.AuditLog;
import org.minping.core.shared.FieldError;
import org.minping.core.shared.InvalidInputException;

/**
 * Keeps a cycle's settings fixed once it has opened, so that every run of it scores by the rules
 * announced at its start. A refused change is itself recorded: the audit event is written in a
 * transaction of its own, which the refused change's rollback does not take with it.
 */
@ApplicationScoped
public class FrozenSettings {

    @Inject
    AuditLog audit;

    /**
     * Refuses, and records the attempt, unless the cycle is a draft.
     *
     * @param change what was to change ("parameters", "margins", "sourceWeights")
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = InvalidInputException.class)
    public void requireDraft(EvaluationCycle cycle, String change, String actor) {
        if (!cycle.state().settingsFrozen()) {
            return;
        }
        audit.append(actor, "cycle.change-refused", "cycle:" + cycle.code(), Map.of("change", change, "state", cycle.state().name()));
        throw new InvalidInputException(List.of(new FieldError(change, "cycle.frozen",
                "the cycle is " + cycle.state() + ": its parameters, margins and source weights are fixed since it opened; "
                        + "nothing was changed and the attempt is recorded in the audit log")));
    }
}

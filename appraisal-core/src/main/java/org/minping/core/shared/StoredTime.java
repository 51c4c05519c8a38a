package org.minping.core.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The time as the portal stores it: UTC wall time to the microsecond, as DATETIME(6) columns hold
 * it, from the one injected clock ({@link ClockProducer}). A time compared with a stored one must
 * have the stored precision, or a row written "now" would not equal "now" read back.
 */
@ApplicationScoped
public class StoredTime {

    @Inject
    Clock clock;

    public LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}

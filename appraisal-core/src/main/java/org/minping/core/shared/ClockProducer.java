package org.minping.core.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Supplies the clock that every use case reads time from, so that time can be controlled in tests. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock utcClock() {
        return Clock.systemUTC();
    }
}

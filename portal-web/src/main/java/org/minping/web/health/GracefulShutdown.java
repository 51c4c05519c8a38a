package org.minping.web.health;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's part in a graceful stop. On SIGTERM (a JVM shutdown hook) it stops reporting ready
 * at once, so the load balancer sends no new requests, and waits up to the grace period
 * ({@code minping.shutdown.grace-seconds}, default 20) for the requests in flight to finish.
 *
 * <p>Payara Micro stops its listener only after its own {@code --shutdowngrace}; give it at least
 * this grace period, so requests still in flight are answered before the server goes down.
 */
@ApplicationScoped
public class GracefulShutdown {

    private static final Logger LOG = Logger.getLogger(GracefulShutdown.class.getName());

    private final AtomicInteger inFlight = new AtomicInteger();
    private final Object drained = new Object();
    private volatile boolean accepting = true;

    /** How long a stop waits for requests under way (minping.shutdown.grace-seconds). */
    @Inject
    @ConfigProperty(name = "minping.shutdown.grace-seconds", defaultValue = "20")
    int graceSeconds;

    private Duration grace;
    private Thread hook;

    /** Created with the application, so the hook is in place before the first request. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // observing the start creates the bean
    }

    @PostConstruct
    void installHook() {
        grace = Duration.ofSeconds(graceSeconds);
        // The hook holds this instance, not a contextual proxy: it runs while the application is stopping.
        hook = new Thread(this::drain, "minping-graceful-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Undeployed without the JVM stopping: the hook must not outlive the application. */
    @PreDestroy
    void removeHook() {
        accepting = false;
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    /** Whether the portal takes new requests: false from the moment the stop begins. */
    public boolean accepting() {
        return accepting;
    }

    public int inFlight() {
        return inFlight.get();
    }

    public void requestStarted() {
        inFlight.incrementAndGet();
    }

    public void requestFinished() {
        if (inFlight.decrementAndGet() == 0 && !accepting) {
            synchronized (drained) {
                drained.notifyAll();
            }
        }
    }

    private void drain() {
        accepting = false;
        LOG.info(() -> "stopping: readiness is DOWN; waiting up to " + grace.toSeconds() + " s for "
                + inFlight.get() + " requests in flight");
        long deadline = System.nanoTime() + grace.toNanos();
        synchronized (drained) {
            while (inFlight.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.warning(() -> "stopping with " + inFlight.get() + " requests still in flight after the grace period");
                    return;
                }
                try {
                    drained.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        LOG.info("stopping: no request in flight");
    }
}

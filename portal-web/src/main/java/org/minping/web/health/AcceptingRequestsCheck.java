package org.minping.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready until the portal begins to stop: the load balancer turns away before the listener closes. */
@Readiness
@ApplicationScoped
public class AcceptingRequestsCheck implements HealthCheck {

    @Inject
    GracefulShutdown shutdown;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("accepting-requests").status(shutdown.accepting())
                .withData("inFlight", shutdown.inFlight()).build();
    }
}

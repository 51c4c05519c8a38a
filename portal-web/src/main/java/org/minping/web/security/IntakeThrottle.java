package org.minping.web.security;

import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rate limits on submitting appraisals, per network (IPv4 /24, IPv6 /48: a household or an office
 * behind one router) and per device token. Generous for service halls and kiosks, tight enough that
 * one machine cannot flood an agency; review-bomb detection and the proof of work do the rest.
 * An intake system (app, kiosks, hotline) holding a token submits for many users from few
 * addresses: it has an allowance of its own instead of its network's, and each of its users the
 * device allowance. Buckets live in this instance's memory.
 */
@ApplicationScoped
public class IntakeThrottle {

    static final Duration WINDOW = Duration.ofMinutes(10);

    private final Map<String, Bucket> byNetwork = new ConcurrentHashMap<>();
    private final Map<String, Bucket> byDevice = new ConcurrentHashMap<>();
    private final Map<String, Bucket> bySystem = new ConcurrentHashMap<>();

    /** Submissions per ten minutes from one network (minping.intake.per-network). */
    @Inject
    @ConfigProperty(name = "minping.intake.per-network", defaultValue = "1200")
    int perNetwork;

    /** Submissions per ten minutes from one device (minping.intake.per-device). */
    @Inject
    @ConfigProperty(name = "minping.intake.per-device", defaultValue = "60")
    int perDevice;

    /** Submissions per ten minutes from one intake system (minping.intake.per-system). */
    @Inject
    @ConfigProperty(name = "minping.intake.per-system", defaultValue = "20000")
    int perSystem;

    public IntakeThrottle() {
    }

    IntakeThrottle(int perNetwork, int perDevice, int perSystem) {
        this.perNetwork = perNetwork;
        this.perDevice = perDevice;
        this.perSystem = perSystem;
    }

    /**
     * Takes one submission of an intake system's user from the system's and the user's allowance.
     *
     * @param userIdentity the rater's identity, which names the system and its user
     * @return seconds to wait when either is used up, else 0
     */
    public long takeForSystem(String system, String userIdentity) {
        long wait = Buckets.take(bucket(bySystem, system, perSystem));
        return wait > 0 ? wait : Buckets.take(bucket(byDevice, userIdentity, perDevice));
    }

    /**
     * Takes one submission from the address's and the device's allowance.
     *
     * @return seconds to wait when either is used up, else 0
     */
    public long take(String remoteAddress, String deviceToken) {
        long wait = Buckets.take(bucket(byNetwork, networkOf(remoteAddress), perNetwork));
        return wait > 0 || deviceToken == null ? wait : Buckets.take(bucket(byDevice, deviceToken, perDevice));
    }

    /** The /24 of an IPv4 address or the /48 of an IPv6 address, as text. */
    public static String networkOf(String address) {
        // Only literals reach getByName, so it never asks the DNS.
        if (address == null || !address.matches("[0-9A-Fa-f:.]+")) {
            return "other:" + address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            int keep = bytes.length == 4 ? 3 : 6;
            StringBuilder prefix = new StringBuilder(bytes.length == 4 ? "v4:" : "v6:");
            for (int i = 0; i < keep; i++) {
                prefix.append(bytes[i] & 0xff).append('.');
            }
            return prefix.toString();
        } catch (UnknownHostException e) {
            return "other:" + address;
        }
    }

    private static Bucket bucket(Map<String, Bucket> buckets, String key, int capacity) {
        return Buckets.of(buckets, key, capacity, WINDOW);
    }
}

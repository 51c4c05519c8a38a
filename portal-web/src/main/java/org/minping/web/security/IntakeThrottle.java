package org.minping.web.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Rate limits on submitting appraisals, per network (IPv4 /24, IPv6 /48: a household or an office
 * behind one router) and per device token. Generous for service halls and kiosks, tight enough that
 * one machine cannot flood an agency; review-bomb detection and the proof of work do the rest.
 * Buckets live in this instance's memory.
 */
@ApplicationScoped
public class IntakeThrottle {

    static final Duration WINDOW = Duration.ofMinutes(10);

    private final Map<String, Bucket> byNetwork = new ConcurrentHashMap<>();
    private final Map<String, Bucket> byDevice = new ConcurrentHashMap<>();
    private final int perNetwork;
    private final int perDevice;

    /** Limits from minping.intake.per-network (default 1200) and minping.intake.per-device (default 60) per ten minutes. */
    public IntakeThrottle() {
        this(setting("minping.intake.per-network", 1200), setting("minping.intake.per-device", 60));
    }

    IntakeThrottle(int perNetwork, int perDevice) {
        this.perNetwork = perNetwork;
        this.perDevice = perDevice;
    }

    /**
     * Takes one submission from the address's and the device's allowance.
     *
     * @return seconds to wait when either is used up, else 0
     */
    public long take(String remoteAddress, String deviceToken) {
        ConsumptionProbe network = bucket(byNetwork, networkOf(remoteAddress), perNetwork).tryConsumeAndReturnRemaining(1);
        if (!network.isConsumed()) {
            return seconds(network);
        }
        if (deviceToken != null) {
            ConsumptionProbe device = bucket(byDevice, deviceToken, perDevice).tryConsumeAndReturnRemaining(1);
            if (!device.isConsumed()) {
                return seconds(device);
            }
        }
        return 0;
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

    private static long seconds(ConsumptionProbe probe) {
        return Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
    }

    private static Bucket bucket(Map<String, Bucket> buckets, String key, int capacity) {
        return Buckets.of(buckets, key, capacity, WINDOW);
    }

    private static int setting(String key, int fallback) {
        return ConfigProvider.getConfig().getOptionalValue(key, Integer.class).orElse(fallback);
    }
}

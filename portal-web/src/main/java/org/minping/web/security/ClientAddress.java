package org.minping.web.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The address of the client a request comes from, as the throttles and the velocity rule key it.
 * Behind a reverse proxy every request comes from the proxy; when the peer is one of the trusted
 * proxies (minping.trusted-proxies: addresses or CIDR blocks, comma-separated; none by default),
 * the client is the nearest address in X-Forwarded-For that is not a trusted proxy. The header is
 * never believed from anyone else: a client could write anything in it.
 */
public final class ClientAddress {

    private static final String LITERAL = "[0-9A-Fa-f:.]+";

    /** Read once: every rated appraisal and every login asks, and the setting is fixed per deployment. */
    private static final class Trusted {
        static final List<String> PROXIES = DeploymentSettings.trustedProxies();
    }

    private ClientAddress() {
    }

    public static String of(ServletRequest request) {
        String peer = request.getRemoteAddr();
        List<String> trusted = Trusted.PROXIES;
        if (trusted.isEmpty() || !(request instanceof HttpServletRequest http) || !isTrusted(peer, trusted)) {
            return peer;
        }
        return of(peer, http.getHeaders("X-Forwarded-For"), trusted);
    }

    /** The nearest untrusted address in the forwarded chain, read from the right; the peer when there is none. */
    static String of(String peer, java.util.Enumeration<String> forwardedHeaders, List<String> trusted) {
        List<String> chain = new java.util.ArrayList<>();
        while (forwardedHeaders != null && forwardedHeaders.hasMoreElements()) {
            for (String hop : forwardedHeaders.nextElement().split(",")) {
                chain.add(hop.strip());
            }
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            String hop = chain.get(i);
            if (!hop.matches(LITERAL)) {
                return peer;  // a forged or garbled entry: go no further than what we know
            }
            if (!isTrusted(hop, trusted)) {
                return hop;
            }
        }
        return peer;
    }

    static boolean isTrusted(String address, List<String> trusted) {
        for (String entry : trusted) {
            String rule = entry.strip();
            if (!rule.isEmpty() && within(address, rule)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the address lies in the block (a.b.c.d/n, x::/n) or equals the address given. */
    private static boolean within(String address, String rule) {
        String[] parts = rule.split("/", 2);
        if (address == null || !address.matches(LITERAL) || !parts[0].matches(LITERAL)) {
            return false;
        }
        try {
            // Literals only: getByName never asks the DNS here.
            byte[] candidate = InetAddress.getByName(address).getAddress();
            byte[] block = InetAddress.getByName(parts[0]).getAddress();
            if (candidate.length != block.length) {
                return false;
            }
            int bits = parts.length == 2 ? Integer.parseInt(parts[1].strip()) : block.length * 8;
            for (int i = 0; i < block.length && bits > 0; i++, bits -= 8) {
                int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
                if ((candidate[i] & mask) != (block[i] & mask)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException | NumberFormatException e) {
            return false;
        }
    }
}

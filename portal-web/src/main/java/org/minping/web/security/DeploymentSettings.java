package org.minping.web.security;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The settings read by this package's static code, which CDI does not make and cannot inject: one
 * place for their names and defaults (docs/OPERATIONS.md lists them), read through MicroProfile
 * Config like every other setting, so the environment overrides them the same way.
 */
final class DeploymentSettings {

    private DeploymentSettings() {
    }

    /** minping.trusted-proxies: reverse proxies (addresses or CIDR blocks, comma-separated); none by default. */
    static List<String> trustedProxies() {
        return ConfigProvider.getConfig().getOptionalValue("minping.trusted-proxies", String.class)
                .map(value -> List.of(value.split(","))).orElse(List.of());
    }

    /** minping.cookies.secure: whether the portal's cookies are marked Secure (behind TLS); false by default. */
    static boolean secureCookies() {
        return ConfigProvider.getConfig().getOptionalValue("minping.cookies.secure", Boolean.class).orElse(false);
    }

    /** minping.files.dir: where uploaded reports are kept; ~/.minping/files by default. */
    static Path filesDirectory() {
        return Path.of(ConfigProvider.getConfig().getOptionalValue("minping.files.dir", String.class)
                .orElse(Path.of(System.getProperty("user.home"), ".minping", "files").toString()));
    }
}

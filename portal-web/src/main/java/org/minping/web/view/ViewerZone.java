package org.minping.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * The time zone a visitor reads times in. The portal keeps every time in UTC; pages show it in the
 * zone the visitor's browser reports (the cookie {@value #COOKIE}, set by {@code js/time-zone.js}),
 * and in Beijing time for a visitor whose browser has not told it, such as on the first page seen.
 */
@Named
@RequestScoped
public class ViewerZone {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final String COOKIE = "minping-tz";
    private static final Pattern ZONE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_+\\-/]{0,63}");

    @Inject
    Messages messages;

    @Inject
    java.time.Clock clock;

    private ZoneId zone = BEIJING;

    @PostConstruct
    void readTheBrowsersZone() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null) {
            return;
        }
        Object cookie = context.getExternalContext().getRequestCookieMap().get(COOKIE);
        if (cookie instanceof Cookie c) {
            zone = parse(URLDecoder.decode(c.getValue(), StandardCharsets.UTF_8));
        }
    }

    /** The zone a browser named, or Beijing time for a name that is no zone. */
    static ZoneId parse(String name) {
        if (name == null || !ZONE_NAME.matcher(name).matches()) {
            return BEIJING;
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException unknown) {
            return BEIJING;
        }
    }

    public ZoneId getZone() {
        return zone;
    }

    /** A time kept in UTC, as the visitor's clock shows it. */
    public String format(LocalDateTime utc, String pattern) {
        return utc == null ? "" : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).format(DateTimeFormatter.ofPattern(pattern));
    }

    /** Says which zone the page's times are in: "Beijing time (UTC+8)", or the browser's zone by name. */
    public String getNote() {
        String offset = zone.getRules().getOffset(clock.instant()).getId().replace("Z", "+00:00");
        return BEIJING.equals(zone) ? messages.get("time.zone.beijing") : messages.get("time.zone.other", zone.getId(), offset);
    }
}

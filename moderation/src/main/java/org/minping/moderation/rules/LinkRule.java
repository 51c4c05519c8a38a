package org.minping.moderation.rules;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Holds comments that contain a web address: a scheme URL, a {@code www.} host, or a bare domain
 * under a common top-level domain, also when written with the full-width dot 。 or ．. A bare
 * domain must have no space around its dot, or every sentence ending before "Top" would match.
 */
public final class LinkRule implements IntakeRule {

    private static final Pattern LINK = Pattern.compile(
            "(?i)(\\b(?:https?|ftp)\\s*[:：]\\s*/\\s*/)"
                    + "|(\\bwww\\s*[.。．])"
                    + "|(\\b[a-z0-9-]{2,63}[.。．](?:com|cn|net|org|top|xyz|info|cc|io|vip|shop)\\b)");

    @Override
    public Optional<HoldReason> check(String comment) {
        if (comment == null || comment.isEmpty()) {
            return Optional.empty();
        }
        return LINK.matcher(comment).find() ? Optional.of(HoldReason.LINK) : Optional.empty();
    }
}

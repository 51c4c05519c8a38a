package org.minping.moderation.rules;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Holds comments that advertise a way to get in touch: a messenger handle (微信, 加V, QQ, VX)
 * followed by an account, or a landline-like number that {@link PersonalData} did not take for a
 * phone (what it takes for one is masked before this rule reads the comment).
 */
public final class ContactSpamRule implements IntakeRule {

    private static final Pattern CONTACT = Pattern.compile(
            "(?i)(微信|威信|薇信|加\\s*[vV微]|wechat|\\bvx\\b|\\bwx\\b|\\bqq\\b|扣扣)\\s*[:：号]?\\s*[A-Za-z0-9_-]{5,}"
                    + "|(?<!\\d)0\\d{2,3}[\\s-]?\\d{7,8}(?!\\d)");

    @Override
    public Optional<HoldReason> check(String comment) {
        if (comment == null || comment.isEmpty()) {
            return Optional.empty();
        }
        return CONTACT.matcher(comment).find() ? Optional.of(HoldReason.CONTACT) : Optional.empty();
    }
}

package org.minping.moderation.rules;

/** Why a rule holds a submission for a moderator; the code is stored and shown to the author. */
public enum HoldReason {
    /** The comment carries a web link: the commonest form of spam on rating pages. */
    LINK("link");

    private final String code;

    HoldReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}

package org.minping.moderation.rules;

/** Why a rule holds a submission for a moderator; the code is stored and shown to the author. */
public enum HoldReason {
    /** The comment carries a web link: the commonest form of spam on rating pages. */
    LINK("link"),
    /** The comment advertises a contact: a messenger account or a landline to call. */
    CONTACT("contact"),
    /** The comment contains a term of the lexicon's offensive category. */
    OFFENSIVE("offensive"),
    /** The comment contains a term of the lexicon's spam category (fake invoices, paid reviews, ...). */
    SPAM("spam"),
    /** The appraisal arrived in a window quarantined as a suspected review bomb. */
    COORDINATED("coordinated"),
    /** The comment is a near-copy of another comment about the same agency within a day. */
    DUPLICATE("duplicate"),
    /** Too many appraisals of one agency from one device or one network within minutes. */
    VELOCITY("velocity"),
    /** An administrator holds everything about this agency, or in this cycle, for a moderator. */
    PRE_MODERATION("pre-moderation");

    private final String code;

    HoldReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static HoldReason ofCode(String code) {
        for (HoldReason reason : values()) {
            if (reason.code.equals(code)) {
                return reason;
            }
        }
        throw new IllegalArgumentException("unknown hold reason " + code);
    }
}

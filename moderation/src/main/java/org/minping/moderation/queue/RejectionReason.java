package org.minping.moderation.queue;

/** Why a moderator rejects an appraisal; the code is stored and the author is told it. */
public enum RejectionReason {
    SPAM("spam"),
    OFFENSIVE("offensive"),
    OFF_TOPIC("off-topic"),
    PERSONAL_DATA("personal-data"),
    COORDINATED("coordinated"),
    DUPLICATE("duplicate");

    private final String code;

    RejectionReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}

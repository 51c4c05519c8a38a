package org.minping.core.account;

import java.util.Set;

/** The roles of the portal and the permissions ({@code domain:action}) each grants. */
public enum Role {
    CITIZEN("citizen", Set.of("appraisal:submit", "appraisal:read-own")),
    EVALUATOR("evaluator", Set.of("assessment:upload", "assessment:read-own")),
    EXPERT("expert", Set.of("panel:score")),
    AGENCY("agency", Set.of("feedback:read-own-agency", "feedback:respond", "case:register", "rectification:respond",
            "plan:read-own-agency")),
    MODERATOR("moderator", Set.of("appraisal:moderate", "appraisal:read")),
    ADMIN("admin", Set.of("admin:access", "appraisal:moderate", "appraisal:read", "cycle:manage", "scoring:run",
            "audit:read", "case:register", "agency:manage", "indicator:manage", "rectification:manage", "supervision:record",
            "plan:manage")),
    AUDITOR("auditor", Set.of("audit:read", "appraisal:read", "scoring:read"));

    private final String code;
    private final Set<String> permissions;

    Role(String code, Set<String> permissions) {
        this.code = code;
        this.permissions = permissions;
    }

    /** The lower-case name stored in the database and used in Shiro rules. */
    public String code() {
        return code;
    }

    public Set<String> permissions() {
        return permissions;
    }

    public static Role ofCode(String code) {
        for (Role role : values()) {
            if (role.code.equals(code)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role " + code);
    }
}

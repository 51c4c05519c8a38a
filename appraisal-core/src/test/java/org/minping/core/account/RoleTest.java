package org.minping.core.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void onlyStaffMayModerateAndOnlyAdministratorsAdminister() {
        for (Role role : Role.values()) {
            boolean moderates = role == Role.MODERATOR || role == Role.ADMIN;
            assertEquals(moderates, role.permissions().contains("appraisal:moderate"), role.name());
            assertEquals(role == Role.ADMIN, role.permissions().contains("admin:access"), role.name());
            assertEquals(role == Role.ADMIN, role.permissions().contains("agency:manage"), role.name());
        }
    }

    @Test
    void onlyTheOfficeManagesRectificationAndOnlyAgencyStaffRespond() {
        for (Role role : Role.values()) {
            assertEquals(role == Role.ADMIN, role.permissions().contains("rectification:manage"), role.name());
            assertEquals(role == Role.AGENCY, role.permissions().contains("rectification:respond"), role.name());
        }
    }

    @Test
    void auditorsReadButDoNotDecide() {
        assertTrue(Role.AUDITOR.permissions().contains("audit:read"));
        assertFalse(Role.AUDITOR.permissions().contains("appraisal:moderate"));
    }

    @Test
    void rolesAreReadFromTheirStoredCodes() {
        assertEquals(Role.MODERATOR, Role.ofCode("moderator"));
        assertThrows(IllegalArgumentException.class, () -> Role.ofCode("MODERATOR"));
    }
}

package org.minping.core.twofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.minping.core.account.Role;

class SignInStepTest {

    @ParameterizedTest
    @CsvSource({"MODERATOR, ENROL", "ADMIN, ENROL", "AUDITOR, ENROL", "CITIZEN, PASSWORD", "EVALUATOR, PASSWORD",
            "EXPERT, PASSWORD", "AGENCY, PASSWORD"})
    void thePolicyRequiresASecondFactorOfThePrivilegedRolesOnly(Role role, SignInStep step) {
        assertEquals(step, SignInStep.of(Set.of(role), false, true));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void withoutThePolicyThePasswordIsEnoughForAnAccountWithoutTwoFactor(Role role) {
        assertEquals(SignInStep.PASSWORD, SignInStep.of(Set.of(role), false, false));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void anAccountWithTwoFactorAlwaysGivesACode(Role role) {
        assertEquals(SignInStep.CODE, SignInStep.of(Set.of(role), true, false));
        assertEquals(SignInStep.CODE, SignInStep.of(Set.of(role), true, true));
    }

    @org.junit.jupiter.api.Test
    void onePrivilegedRoleAmongOthersIsEnough() {
        assertEquals(SignInStep.ENROL, SignInStep.of(Set.of(Role.AGENCY, Role.AUDITOR), false, true));
    }
}

package org.minping.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.minping.core.scoring.GradeBands;

class GradeNameTest {

    @Test
    void theStandardGradesHaveACodeAndAnEnglishName() {
        GradeBands standard = GradeBands.standard();
        assertEquals("EXCELLENT", GradeName.of(standard.gradeOf(95)).code());
        assertEquals("Good", GradeName.of(standard.gradeOf(85)).name().en());
        assertEquals("合格", GradeName.of(standard.gradeOf(60)).name().zh());
        assertEquals("FAIL", GradeName.of(standard.gradeOf(12.5)).code());
    }

    @Test
    void anOfficesOwnGradeIsShownAsWrittenInBothLanguages() {
        GradeName own = GradeName.of("较好");
        assertEquals("较好", own.code());
        assertEquals("较好", own.name().en());
    }

    @Test
    void anAgencyWithoutAGradeHasNoName() {
        assertNull(GradeName.of(null));
    }
}

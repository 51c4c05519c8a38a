package org.minping.core.cycle;

import java.time.LocalDate;

/**
 * What an administrator gives to create a cycle: its code and names, its kind and period, and
 * optionally an earlier cycle whose parameters, margins and source weights it starts from.
 */
public record NewCycle(String code, String nameZh, String nameEn, CycleKind kind, LocalDate periodStart, LocalDate periodEnd,
                       String copyFrom) {
}

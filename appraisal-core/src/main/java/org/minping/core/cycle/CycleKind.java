package org.minping.core.cycle;

/** The kinds of evaluation the pilot notice asks for: routine 平时, stage 阶段 and annual 年度. */
public enum CycleKind {
    ROUTINE, STAGE, ANNUAL
}

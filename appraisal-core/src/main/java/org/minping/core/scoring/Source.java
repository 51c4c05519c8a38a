package org.minping.core.scoring;

/** Where an indicator score comes from; the seed notice asks for all four. */
public enum Source {
    /** 内部考核: the agency's internal assessment. */
    INTERNAL,
    /** 群众评议: citizens' weighted, shrunk satisfaction. */
    PUBLIC,
    /** 第三方评估: accredited third-party evaluators. */
    THIRD_PARTY,
    /** 专家评价: expert panels. */
    EXPERT
}

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
    EXPERT,
    /**
     * 统计数据: figures of the statistics departments, imported by the office as scores. Last, so
     * that the order of the four earlier sources, and the digests built in it, stay as they were.
     */
    STATISTICS
}

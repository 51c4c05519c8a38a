package org.minping.core.appraisal;

import java.util.Arrays;
import java.util.Optional;
import org.minping.core.shared.Localized;

/** The five levels of the national service rating scale, from 非常满意 (5) down to 非常不满意 (1). */
public enum SatisfactionLevel {
    VERY_SATISFIED(5, new Localized("非常满意", "Very satisfied")),
    SATISFIED(4, new Localized("满意", "Satisfied")),
    BASICALLY_SATISFIED(3, new Localized("基本满意", "Basically satisfied")),
    DISSATISFIED(2, new Localized("不满意", "Dissatisfied")),
    VERY_DISSATISFIED(1, new Localized("非常不满意", "Very dissatisfied"));

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    private final int value;
    private final Localized label;

    SatisfactionLevel(int value, Localized label) {
        this.value = value;
        this.label = label;
    }

    public int value() {
        return value;
    }

    public Localized label() {
        return label;
    }

    public static Optional<SatisfactionLevel> of(int value) {
        return Arrays.stream(values()).filter(l -> l.value == value).findFirst();
    }
}

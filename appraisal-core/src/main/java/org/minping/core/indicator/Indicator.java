package org.minping.core.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.minping.core.shared.Localized;

/** A node of an indicator tree; its weight is relative to its siblings. */
@Entity
@Table(name = "indicator")
public class Indicator {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "system_id")
    private IndicatorSystem system;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Indicator parent;

    @Column(nullable = false)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false, precision = 9, scale = 6)
    private BigDecimal weight;

    @Column(name = "public_appraisal", nullable = false)
    private boolean publicAppraisal;

    @Column(name = "overall_satisfaction", nullable = false)
    private boolean overallSatisfaction;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Indicator() {
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public Localized name() {
        return new Localized(nameZh, nameEn);
    }

    public BigDecimal weight() {
        return weight;
    }

    public boolean isPublicAppraisal() {
        return publicAppraisal;
    }

    public boolean isOverallSatisfaction() {
        return overallSatisfaction;
    }
}

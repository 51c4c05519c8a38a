package org.minping.core.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import org.minping.core.agency.PilotTrack;
import org.minping.core.shared.Localized;

/** A weighted indicator tree for one pilot track; templates are the starting point of each cycle's system. */
@Entity
@Table(name = "indicator_system")
public class IndicatorSystem {

    @Id
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "track_id")
    private PilotTrack track;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private boolean template;

    @OneToMany(mappedBy = "system")
    @OrderBy("sortOrder")
    private List<Indicator> indicators;

    @Version
    private int version;

    protected IndicatorSystem() {
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

    public boolean isTemplate() {
        return template;
    }

    /** The leaves citizens rate, overall satisfaction included, in display order. */
    public List<Indicator> publicAppraisalIndicators() {
        return indicators.stream().filter(Indicator::isPublicAppraisal).toList();
    }
}

package org.minping.core.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import org.minping.core.shared.Localized;

/** A subject of evaluation: a regional government, a ministry, an enterprise or a budget programme. */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "short_name_zh", nullable = false)
    private String shortNameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgencyKind kind;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "track_id")
    private PilotTrack track;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "region_id")
    private Region region;

    @OneToMany(mappedBy = "agency")
    @OrderBy("sortOrder")
    private List<ServiceOffering> services;

    @OneToMany(mappedBy = "agency")
    @OrderBy("sortOrder, code")
    private List<ServiceHall> halls;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private int version;

    protected Agency() {
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

    public String shortNameZh() {
        return shortNameZh;
    }

    public AgencyKind kind() {
        return kind;
    }

    public PilotTrack track() {
        return track;
    }

    public Region region() {
        return region;
    }

    public List<ServiceOffering> services() {
        return List.copyOf(services);
    }

    /** The agency's service halls in their order (as administrators set it on /admin/agencies). */
    public List<ServiceHall> halls() {
        return List.copyOf(halls);
    }
}

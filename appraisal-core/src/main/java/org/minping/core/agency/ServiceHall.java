package org.minping.core.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.minping.core.shared.Localized;

/**
 * A service hall (政务服务大厅) of an agency, where citizens are served in person; appraisals may
 * name the hall. Read here, kept by {@link ServiceHallAdminService}.
 */
@Entity
@Table(name = "service_hall")
public class ServiceHall {

    @Id
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "address_zh", nullable = false)
    private String addressZh;

    @Column(name = "address_en", nullable = false)
    private String addressEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ServiceHall() {
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public Agency agency() {
        return agency;
    }

    public Localized name() {
        return new Localized(nameZh, nameEn);
    }

    public Localized address() {
        return new Localized(addressZh, addressEn);
    }
}

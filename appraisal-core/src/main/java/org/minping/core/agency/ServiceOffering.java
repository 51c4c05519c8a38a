package org.minping.core.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.minping.core.shared.Localized;

/** A public service an agency delivers, such as business registration; citizens rate service events. */
@Entity
@Table(name = "service_offering")
public class ServiceOffering {

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

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ServiceOffering() {
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
}

package org.minping.core.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.minping.core.shared.Localized;

/** A province-level region, or the nation for central ministries; citizens filter agencies by it. */
@Entity
@Table(name = "region")
public class Region {

    @Id
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Region() {
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
}

package org.minping.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.minping.core.agency.ServiceHallAdminService;
import org.minping.core.agency.ServiceHallAdminService.HallDraft;
import org.minping.core.agency.ServiceHallAdminService.HallEntry;

/** The form of one service hall of the chosen agency: a new one, or the one asked for in the address (whose code stays). */
@Named
@ViewScoped
public class ServiceHallFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EditedAgency page;

    @Inject
    transient ServiceHallAdminService offerings;

    private String code;
    private String nameZh;
    private String nameEn;
    private String addressZh;
    private String addressEn;
    private String sortOrder;
    private int version;
    private boolean editing;

    @PostConstruct
    void load() {
        String requested = page.requestedHall();
        page.getHalls().stream().filter(h -> h.code().equals(requested)).findFirst().ifPresent(this::fill);
    }

    private void fill(HallEntry hall) {
        editing = true;
        code = hall.code();
        nameZh = hall.nameZh();
        nameEn = hall.nameEn();
        addressZh = hall.addressZh();
        addressEn = hall.addressEn();
        sortOrder = String.valueOf(hall.sortOrder());
        version = hall.version();
    }

    public void save() {
        String agency = page.selectedCode();
        HallDraft draft = new HallDraft(code, nameZh, nameEn, addressZh, addressEn, sortOrder);
        if (editing) {
            if (page.change("hall", actor -> offerings.updateHall(agency, code, version, draft, actor))) {
                page.notice("agencies.hall.saved", code);
                clear();
            }
        } else {
            String[] made = new String[1];
            if (page.change("hall", actor -> made[0] = offerings.addHall(agency, draft, actor))) {
                page.notice("agencies.hall.added", made[0]);
                clear();
            }
        }
    }

    /** After a change the form is empty again, for the next hall. */
    private void clear() {
        editing = false;
        code = null;
        nameZh = null;
        nameEn = null;
        addressZh = null;
        addressEn = null;
        sortOrder = null;
        version = 0;
    }

    public boolean isEditing() {
        return editing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getAddressZh() {
        return addressZh;
    }

    public void setAddressZh(String addressZh) {
        this.addressZh = addressZh;
    }

    public String getAddressEn() {
        return addressEn;
    }

    public void setAddressEn(String addressEn) {
        this.addressEn = addressEn;
    }

    public String getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(String sortOrder) {
        this.sortOrder = sortOrder;
    }
}

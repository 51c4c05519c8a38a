package org.minping.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.minping.core.agency.ServiceHallAdminService;
import org.minping.core.agency.ServiceHallAdminService.ServiceDraft;
import org.minping.core.agency.ServiceHallAdminService.ServiceEntry;

/** The form of one service of the chosen agency: a new one, or the one asked for in the address (whose code stays). */
@Named
@ViewScoped
public class AgencyServiceFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EditedAgency page;

    @Inject
    transient ServiceHallAdminService offerings;

    private String code;
    private String nameZh;
    private String nameEn;
    private String sortOrder;
    private int version;
    private boolean editing;

    @PostConstruct
    void load() {
        String requested = page.requestedService();
        page.getServices().stream().filter(s -> s.code().equals(requested)).findFirst().ifPresent(this::fill);
    }

    private void fill(ServiceEntry service) {
        editing = true;
        code = service.code();
        nameZh = service.nameZh();
        nameEn = service.nameEn();
        sortOrder = String.valueOf(service.sortOrder());
        version = service.version();
    }

    public void save() {
        String agency = page.selectedCode();
        ServiceDraft draft = new ServiceDraft(code, nameZh, nameEn, sortOrder);
        if (editing) {
            if (page.change("service", actor -> offerings.updateService(agency, code, version, draft, actor))) {
                page.notice("agencies.service.saved", code);
                clear();
            }
        } else {
            String[] made = new String[1];
            if (page.change("service", actor -> made[0] = offerings.addService(agency, draft, actor))) {
                page.notice("agencies.service.added", made[0]);
                clear();
            }
        }
    }

    /** After a change the form is empty again, for the next service. */
    private void clear() {
        editing = false;
        code = null;
        nameZh = null;
        nameEn = null;
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

    public String getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(String sortOrder) {
        this.sortOrder = sortOrder;
    }
}

package org.minping.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.minping.core.agency.AgencyAdminService;
import org.minping.core.agency.AgencyAdminService.AgencyDraft;
import org.minping.core.agency.AgencyAdminService.AgencyEntry;
import org.minping.core.agency.AgencyKind;
import org.minping.core.agency.AgencyService;
import org.minping.core.shared.CodeName;

/** The form of one agency: a new one, or the chosen one (whose code stays); kind, track, region and parent picked from lists. */
@Named
@ViewScoped
public class AgencyFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EditedAgency page;

    @Inject
    transient AgencyAdminService agencies;

    @Inject
    transient AgencyService directory;

    private String code;
    private String nameZh;
    private String shortNameZh;
    private String nameEn;
    private AgencyKind kind;
    private String track;
    private String region;
    private String parent;
    private int version;
    private boolean editing;

    @PostConstruct
    void load() {
        page.selected().ifPresent(this::fill);
    }

    private void fill(AgencyEntry agency) {
        editing = true;
        code = agency.code();
        nameZh = agency.nameZh();
        shortNameZh = agency.shortNameZh();
        nameEn = agency.nameEn();
        kind = agency.kind();
        track = agency.trackCode();
        region = agency.regionCode();
        parent = agency.parentCode();
        version = agency.version();
    }

    public void save() {
        AgencyDraft draft = new AgencyDraft(code, nameZh, shortNameZh, nameEn, kind, track, region, parent);
        if (editing) {
            if (page.change("agency", actor -> agencies.update(code, version, draft, actor))) {
                page.notice("agencies.saved", code);
                page.selected().ifPresent(this::fill);
            }
        } else {
            String[] made = new String[1];
            if (page.change("agency", actor -> made[0] = agencies.create(draft, actor))) {
                page.select(made[0]);
                page.reload();
                page.notice("agencies.created", made[0]);
                page.selected().ifPresent(this::fill);
            }
        }
    }

    public List<AgencyKind> getKinds() {
        return AgencyAdminService.kinds();
    }

    public List<CodeName> getTracks() {
        return directory.tracks();
    }

    public List<CodeName> getRegions() {
        return directory.regions();
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

    public String getShortNameZh() {
        return shortNameZh;
    }

    public void setShortNameZh(String shortNameZh) {
        this.shortNameZh = shortNameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public AgencyKind getKind() {
        return kind;
    }

    public void setKind(AgencyKind kind) {
        this.kind = kind;
    }

    public String getTrack() {
        return track;
    }

    public void setTrack(String track) {
        this.track = track;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getParent() {
        return parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
    }
}

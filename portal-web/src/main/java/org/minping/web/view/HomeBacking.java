package org.minping.web.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.minping.core.agency.AgencyQuery;
import org.minping.core.agency.AgencyService;
import org.minping.core.agency.AgencySummary;
import org.minping.core.shared.CodeName;

/** The home page: agency search by name, pilot track and region; the criteria live in the URL. */
@Named
@ViewScoped
public class HomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AgencyService agencies;

    private String text;
    private String track;
    private String region;
    private List<AgencySummary> results = List.of();
    private List<CodeName> tracks = List.of();
    private List<CodeName> regions = List.of();

    public void load() {
        tracks = agencies.tracks();
        regions = agencies.regions();
        results = agencies.search(new AgencyQuery(text, track, region));
    }

    /** Submitting the search form is a redirect to the bookmarkable URL of the search. */
    public String search() {
        return "/index?faces-redirect=true&includeViewParams=true";
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
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

    public List<AgencySummary> getResults() {
        return results;
    }

    public List<CodeName> getTracks() {
        return tracks;
    }

    public List<CodeName> getRegions() {
        return regions;
    }
}

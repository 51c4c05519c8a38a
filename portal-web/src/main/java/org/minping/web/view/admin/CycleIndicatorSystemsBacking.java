package org.minping.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minping.core.cycle.CycleLifecycleService;
import org.minping.core.cycle.CycleLifecycleService.Binding;
import org.minping.core.cycle.CycleLifecycleService.KindChoice;

/**
 * Which indicator-system version the edited cycle uses for each track, and for kinds of agency
 * that have one of their own within a track, picked from the track's versions while it is a draft.
 */
@Named
@ViewScoped
public class CycleIndicatorSystemsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EditedCycle cycle;

    @Inject
    transient CycleLifecycleService lifecycle;

    @Inject
    transient org.minping.web.view.Messages messages;

    private transient List<Binding> bindings;
    private transient List<KindChoice> kindChoices;
    private final Map<String, String> chosen = new HashMap<>();
    private String newKind;
    private String newVersion;

    @PostConstruct
    void load() {
        read();
    }

    private void read() {
        bindings = lifecycle.bindings(cycle.code());
        kindChoices = lifecycle.kindChoices(cycle.code());
        chosen.clear();
        bindings.forEach(binding -> chosen.put(binding.key(), binding.versionCode()));
    }

    public void save() {
        Map<String, String> wanted = new HashMap<>(chosen);
        cycle.change(actor -> {
            for (Binding binding : lifecycle.bindings(cycle.code())) {
                String version = wanted.get(binding.key());
                if (version != null && !version.equals(binding.versionCode())) {
                    lifecycle.bind(cycle.code(), binding.trackCode(), binding.agencyKind(), version, actor);
                }
            }
            cycle.notice("cycle.indicators.saved");
        });
        read();
    }

    /** Gives the kind picked ("TRACK/KIND") the version picked, which must be one of that track's. */
    public void addKind() {
        String kind = newKind == null ? "" : newKind;
        int slash = kind.indexOf('/');
        String track = slash < 0 ? kind : kind.substring(0, slash);
        String agencyKind = slash < 0 ? "" : kind.substring(slash + 1);
        cycle.change(actor -> {
            lifecycle.bind(cycle.code(), track, agencyKind, newVersion, actor);
            // The track's own version given to a kind leaves nothing of the kind's own: say so, not just "saved".
            boolean followsTrack = !agencyKind.isEmpty() && lifecycle.bindings(cycle.code()).stream()
                    .noneMatch(binding -> binding.trackCode().equals(track) && binding.agencyKind().equals(agencyKind));
            if (followsTrack) {
                cycle.notice("cycle.indicators.kind.followsTrack", messages.get("agencyKind." + agencyKind), newVersion);
            } else {
                cycle.notice("cycle.indicators.saved");
            }
        });
        read();
    }

    /** The kind of this binding follows its track's version again. */
    public void removeKind(Binding binding) {
        cycle.change(actor -> {
            lifecycle.unbindKind(cycle.code(), binding.trackCode(), binding.agencyKind(), actor);
            cycle.notice("cycle.indicators.saved");
        });
        read();
    }

    public List<Binding> getBindings() {
        if (bindings == null) {
            read();
        }
        return bindings;
    }

    public List<KindChoice> getKindChoices() {
        if (kindChoices == null) {
            read();
        }
        return kindChoices;
    }

    /** Every version of every track, for the version of a kind: the service refuses one of another track by name. */
    public List<CycleLifecycleService.VersionChoice> getAllVersions() {
        Map<String, CycleLifecycleService.VersionChoice> versions = new java.util.LinkedHashMap<>();
        getBindings().stream().filter(binding -> binding.agencyKind().isEmpty())
                .forEach(binding -> binding.choices().forEach(choice -> versions.put(choice.code(), choice)));
        return List.copyOf(versions.values());
    }

    /** A version as its list entry reads: "第 2 版（草稿）(LOCAL-V2)". */
    public String label(CycleLifecycleService.VersionChoice version) {
        return messages.get("indicators.version.label", version.revision(), messages.get("indicators.state." + version.state()),
                version.code());
    }

    /** What a binding is for: the track, or "track · kind of agency". */
    public String bindingName(Binding binding, String trackName) {
        return binding.agencyKind().isEmpty() ? trackName
                : messages.get("cycle.indicators.kind", trackName, messages.get("agencyKind." + binding.agencyKind()));
    }

    /** A kind within a track as its list entry reads. */
    public String kindName(KindChoice choice, String trackName) {
        return messages.get("cycle.indicators.kind", trackName, messages.get("agencyKind." + choice.agencyKind()));
    }

    /** The version picked per binding key ("LOCAL", "LOCAL/DEPARTMENT"), as the form's lists show and set it. */
    public Map<String, String> getChosen() {
        return chosen;
    }

    public String getNewKind() {
        return newKind;
    }

    public void setNewKind(String newKind) {
        this.newKind = newKind;
    }

    public String getNewVersion() {
        return newVersion;
    }

    public void setNewVersion(String newVersion) {
        this.newVersion = newVersion;
    }
}

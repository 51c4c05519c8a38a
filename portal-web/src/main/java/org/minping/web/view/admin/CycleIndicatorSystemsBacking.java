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

/** Which indicator-system version the edited cycle uses for each track, picked from the track's versions while it is a draft. */
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
    private final Map<String, String> chosen = new HashMap<>();

    @PostConstruct
    void load() {
        read();
    }

    private void read() {
        bindings = lifecycle.bindings(cycle.code());
        chosen.clear();
        bindings.forEach(binding -> chosen.put(binding.trackCode(), binding.versionCode()));
    }

    public void save() {
        Map<String, String> wanted = new HashMap<>(chosen);
        cycle.change(actor -> {
            for (Binding binding : lifecycle.bindings(cycle.code())) {
                String version = wanted.get(binding.trackCode());
                if (version != null && !version.equals(binding.versionCode())) {
                    lifecycle.bind(cycle.code(), binding.trackCode(), version, actor);
                }
            }
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

    /** A version as its list entry reads: "第 2 版（草稿）(LOCAL-V2)". */
    public String label(CycleLifecycleService.VersionChoice version) {
        return messages.get("indicators.version.label", version.revision(), messages.get("indicators.state." + version.state()),
                version.code());
    }

    /** The version picked per track code, as the form's lists show and set it. */
    public Map<String, String> getChosen() {
        return chosen;
    }
}

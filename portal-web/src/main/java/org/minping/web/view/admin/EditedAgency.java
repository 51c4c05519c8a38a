package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.shiro.SecurityUtils;
import org.minping.core.agency.AgencyAdminService;
import org.minping.core.agency.AgencyAdminService.AgencyEntry;
import org.minping.core.agency.AgencyAdminService.AgencyNode;
import org.minping.core.agency.AgencyNotFoundException;
import org.minping.core.agency.ServiceHallAdminService;
import org.minping.core.agency.ServiceHallAdminService.HallEntry;
import org.minping.core.agency.ServiceHallAdminService.ServiceEntry;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.FormFeedback;
import org.minping.web.view.Messages;
import org.minping.web.view.PageProblems;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * What the agencies page shows and its forms share: the agencies as a tree, the agency chosen
 * (from the view parameter, or the one just made) with its services and halls, the page's one
 * feedback area, and how a form applies a change as the signed-in administrator.
 */
@Named
@ViewScoped
public class EditedAgency implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PERMISSION = "agency:manage";

    @Inject
    CurrentUser currentUser;

    @Inject
    transient AgencyAdminService agencies;

    @Inject
    transient ServiceHallAdminService offerings;

    @Inject
    transient Messages messages;

    @Inject
    transient PageProblems pageProblems;

    private String requestedAgency;
    private String requestedService;
    private String requestedHall;
    private List<AgencyNode> nodes = List.of();
    private TreeNode<AgencyNode> tree;
    private AgencyEntry selected;
    private List<ServiceEntry> services = List.of();
    private List<HallEntry> halls = List.of();
    private final FormFeedback feedback = new FormFeedback();

    /** The first request: an agency asked for that does not exist answers 404, like an unknown cycle. */
    public void load() {
        SecurityUtils.getSubject().checkPermission(PERMISSION);
        if (requestedAgency != null && !requestedAgency.isBlank()) {
            selected = agencies.find(requestedAgency).orElseThrow(() -> new AgencyNotFoundException(requestedAgency));
        }
        reload();
    }

    /** Reads the tree and the chosen agency again, after a change. */
    void reload() {
        nodes = agencies.tree();
        tree = treeOf(nodes);
        if (selected != null) {
            selected = agencies.find(selected.code()).orElseThrow(() -> new AgencyNotFoundException(selected.code()));
            services = offerings.services(selected.code());
            halls = offerings.halls(selected.code());
        }
    }

    /** Chooses the agency just made, so its services and halls can be added next. */
    void select(String code) {
        selected = agencies.find(code).orElseThrow(() -> new AgencyNotFoundException(code));
    }

    /**
     * Applies one form's change, given the administrator's user name. The last feedback goes; when
     * the services refuse the input, every problem is shown at the top and beside its field of
     * {@code form}. Returns whether the change was made.
     */
    boolean change(String form, Consumer<String> change) {
        SecurityUtils.getSubject().checkPermission(PERMISSION);
        try {
            return feedback.attempt(pageProblems, form, () -> change.accept(currentUser.username()));
        } finally {
            reload();
        }
    }

    /** Tells what a change did, from the bundles. */
    void notice(String key, Object... arguments) {
        feedback.notice(messages.get(key, arguments));
    }

    private static TreeNode<AgencyNode> treeOf(List<AgencyNode> nodes) {
        TreeNode<AgencyNode> root = new DefaultTreeNode<>(null, null);
        Map<String, TreeNode<AgencyNode>> byCode = new LinkedHashMap<>();
        // The core lists every parent before its children.
        for (AgencyNode node : nodes) {
            TreeNode<AgencyNode> parent = node.parentCode() == null ? root : byCode.getOrDefault(node.parentCode(), root);
            TreeNode<AgencyNode> added = new DefaultTreeNode<>(node, parent);
            added.setExpanded(true);
            byCode.put(node.code(), added);
        }
        return root;
    }

    public Optional<AgencyEntry> selected() {
        return Optional.ofNullable(selected);
    }

    public String selectedCode() {
        return selected == null ? null : selected.code();
    }

    String requestedService() {
        return requestedService;
    }

    String requestedHall() {
        return requestedHall;
    }

    public TreeNode<AgencyNode> getTree() {
        return tree;
    }

    /** The agencies another may be put under: all but the chosen one (its descendants too, which the core refuses by name). */
    public List<AgencyNode> getParents() {
        return nodes.stream().filter(node -> selected == null || !node.code().equals(selected.code())).toList();
    }

    public AgencyEntry getSelected() {
        return selected;
    }

    /** The chosen agency's tree node, for its name in the page's language. */
    public AgencyNode getSelectedNode() {
        return selected == null ? null : nodes.stream().filter(n -> n.code().equals(selected.code())).findFirst().orElse(null);
    }

    public List<ServiceEntry> getServices() {
        return services;
    }

    public List<HallEntry> getHalls() {
        return halls;
    }

    public List<String> getProblems() {
        return feedback.getProblems();
    }

    /** The problem with one field of one form ("agency", "service", "hall"), or an empty string. */
    public String problem(String form, String field) {
        return feedback.problem(form, field);
    }

    public String getNotice() {
        return feedback.getNotice();
    }

    public String getRequestedAgency() {
        return requestedAgency;
    }

    public void setRequestedAgency(String requestedAgency) {
        this.requestedAgency = requestedAgency;
    }

    public String getRequestedService() {
        return requestedService;
    }

    public void setRequestedService(String requestedService) {
        this.requestedService = requestedService;
    }

    public String getRequestedHall() {
        return requestedHall;
    }

    public void setRequestedHall(String requestedHall) {
        this.requestedHall = requestedHall;
    }
}

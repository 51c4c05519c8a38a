package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.shiro.SecurityUtils;
import org.minping.core.indicator.IndicatorVersionNotFoundException;
import org.minping.core.indicator.IndicatorVersionService;
import org.minping.core.indicator.IndicatorVersionService.NodeDraft;
import org.minping.core.indicator.IndicatorVersionService.NodeEntry;
import org.minping.core.indicator.IndicatorVersionService.VersionEntry;
import org.minping.core.indicator.Measure;
import org.minping.core.scoring.Source;
import org.minping.core.shared.InvalidInputException;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.Messages;
import org.minping.web.view.PageProblems;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The editor of one indicator-system version: its tree, what keeps it from use, and the form of
 * one indicator (a new one, or the one chosen by its link) while the version is a draft.
 */
@Named
@ViewScoped
public class EditedIndicatorVersion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient IndicatorVersionService versions;

    @Inject
    transient Messages messages;

    @Inject
    transient PageProblems pageProblems;

    private String requestedVersion;
    private String requestedNode;
    private VersionEntry version;
    private List<NodeEntry> nodes = List.of();
    private TreeNode<NodeEntry> tree;
    private List<String> check = List.of();
    private List<String> problems = new ArrayList<>();
    private Map<String, String> fieldProblems = Map.of();
    private String notice;

    private boolean editing;
    private boolean leaf = true;
    private String code;
    private String parent;
    private String nameZh;
    private String nameEn;
    private String weight;
    private Measure measure;
    private boolean publicAppraisal;
    private int nodeVersion;
    private final Map<String, String> sources = new LinkedHashMap<>();

    /** The first request: a version or indicator asked for that does not exist answers 404. */
    public void load() {
        SecurityUtils.getSubject().checkPermission(IndicatorVersionsBacking.PERMISSION);
        version = versions.find(requestedVersion).orElseThrow(() -> new IndicatorVersionNotFoundException(requestedVersion));
        reload();
        if (requestedNode != null && !requestedNode.isBlank()) {
            fill(nodes.stream().filter(n -> n.code().equals(requestedNode.strip())).findFirst()
                    .orElseThrow(() -> new IndicatorVersionNotFoundException(requestedVersion + "/" + requestedNode)));
        } else {
            clearForm();
        }
    }

    private void reload() {
        version = versions.find(version.code()).orElseThrow(() -> new IndicatorVersionNotFoundException(version.code()));
        nodes = versions.nodes(version.code());
        check = IndicatorVersionService.problems(nodes).stream().map(messages::of).toList();
        TreeNode<NodeEntry> root = new DefaultTreeNode<>(null, null);
        Map<String, TreeNode<NodeEntry>> byCode = new LinkedHashMap<>();
        for (NodeEntry node : nodes) {
            TreeNode<NodeEntry> added = new DefaultTreeNode<>(node, node.parentCode() == null ? root : byCode.getOrDefault(node.parentCode(), root));
            added.setExpanded(true);
            byCode.put(node.code(), added);
        }
        tree = root;
    }

    private void fill(NodeEntry node) {
        editing = true;
        leaf = node.leaf();
        code = node.code();
        parent = node.parentCode() == null ? "" : node.parentCode();
        nameZh = node.name().zh();
        nameEn = node.name().en();
        weight = node.weightPercent();
        measure = node.measure();
        publicAppraisal = node.publicAppraisal();
        nodeVersion = node.version();
        sources.clear();
        for (Source source : Source.values()) {
            sources.put(source.name(), node.sourcePercent(source));
        }
    }

    private void clearForm() {
        editing = false;
        leaf = true;
        code = null;
        parent = "";
        nameZh = null;
        nameEn = null;
        weight = null;
        measure = Measure.QUALITATIVE;
        publicAppraisal = false;
        sources.clear();
        for (Source source : Source.values()) {
            sources.put(source.name(), "");
        }
    }

    /** Saves the form: a new indicator, or the chosen one's changes. */
    public void save() {
        Map<Source, String> bySource = new EnumMap<>(Source.class);
        sources.forEach((source, typed) -> bySource.put(Source.valueOf(source), typed));
        NodeDraft draft = new NodeDraft(code, parent, nameZh, nameEn, weight, measure, publicAppraisal, bySource, nodeVersion);
        String[] saved = new String[1];
        if (change(actor -> saved[0] = versions.saveNode(version.code(), editing ? code : null, draft, actor))) {
            notice = messages.get(editing ? "indicators.node.saved" : "indicators.node.added", saved[0]);
            fill(nodes.stream().filter(n -> n.code().equals(saved[0])).findFirst().orElseThrow());
        }
    }

    /** Removes the chosen indicator; the form then makes a new one. */
    public void remove() {
        String removed = code;
        if (change(actor -> versions.removeNode(version.code(), removed, actor))) {
            notice = messages.get("indicators.node.removed", removed);
            clearForm();
        }
    }

    private boolean change(java.util.function.Consumer<String> change) {
        SecurityUtils.getSubject().checkPermission(IndicatorVersionsBacking.PERMISSION);
        problems = new ArrayList<>();
        fieldProblems = Map.of();
        notice = null;
        try {
            change.accept(currentUser.username());
            return true;
        } catch (InvalidInputException invalid) {
            problems = pageProblems.of(invalid);
            fieldProblems = pageProblems.byField(invalid);
            return false;
        } finally {
            reload();
        }
    }

    /** The indicators another may go under: all but the chosen one. */
    public List<NodeEntry> getParents() {
        return nodes.stream().filter(n -> !editing || !n.code().equals(code)).toList();
    }

    public List<Measure> getMeasures() {
        return List.of(Measure.values());
    }

    public List<String> getSourceNames() {
        return java.util.Arrays.stream(Source.values()).map(Source::name).toList();
    }

    /** A node's source weights as the tree shows them: "群众评议 100%", in the page's language. */
    public String sourcesOf(NodeEntry node) {
        List<String> parts = new ArrayList<>();
        for (Source source : Source.values()) {
            String percent = node.sourcePercent(source);
            if (!percent.isEmpty()) {
                parts.add(messages.get("source." + source.name()) + " " + percent + "%");
            }
        }
        return String.join(" · ", parts);
    }

    public String problem(String field) {
        return fieldProblems.get(field);
    }

    public VersionEntry getVersion() {
        return version;
    }

    public TreeNode<NodeEntry> getTree() {
        return tree;
    }

    public List<String> getCheck() {
        return check;
    }

    public List<String> getProblems() {
        return problems;
    }

    public String getNotice() {
        return notice;
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isLeaf() {
        return leaf;
    }

    public String getRequestedVersion() {
        return requestedVersion;
    }

    public void setRequestedVersion(String requestedVersion) {
        this.requestedVersion = requestedVersion;
    }

    public String getRequestedNode() {
        return requestedNode;
    }

    public void setRequestedNode(String requestedNode) {
        this.requestedNode = requestedNode;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getParent() {
        return parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
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

    public String getWeight() {
        return weight;
    }

    public void setWeight(String weight) {
        this.weight = weight;
    }

    public Measure getMeasure() {
        return measure;
    }

    public void setMeasure(Measure measure) {
        this.measure = measure;
    }

    public boolean isPublicAppraisal() {
        return publicAppraisal;
    }

    public void setPublicAppraisal(boolean publicAppraisal) {
        this.publicAppraisal = publicAppraisal;
    }

    /** The typed percentage per source name, as the form's fields show and set it. */
    public Map<String, String> getSources() {
        return sources;
    }
}

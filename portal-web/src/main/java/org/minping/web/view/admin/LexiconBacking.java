package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.minping.moderation.lexicon.LexiconService;
import org.minping.moderation.rules.HoldReason;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.PageProblems;

/** Administrators edit the sensitive-word lexicon; every portal instance follows within seconds. */
@Named
@ViewScoped
public class LexiconBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient LexiconService lexicon;

    @Inject
    transient PageProblems pageProblems;

    private String term;
    private HoldReason reason = HoldReason.OFFENSIVE;
    private String problem;
    private List<LexiconService.StoredTerm> terms = List.of();

    public void load() {
        terms = lexicon.terms();
    }

    public void add() {
        SecurityUtils.getSubject().checkPermission("admin:access");
        problem = pageProblems.first(() -> {
            lexicon.add(term, reason, currentUser.username());
            term = null;
        });
        load();
    }

    public void remove(long id) {
        SecurityUtils.getSubject().checkPermission("admin:access");
        lexicon.remove(id, currentUser.username());
        load();
    }


    public List<HoldReason> getReasons() {
        return List.of(HoldReason.OFFENSIVE, HoldReason.SPAM);
    }

    public List<LexiconService.StoredTerm> getTerms() {
        return terms;
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    public HoldReason getReason() {
        return reason;
    }

    public void setReason(HoldReason reason) {
        this.reason = reason;
    }

    public String getProblem() {
        return problem;
    }
}

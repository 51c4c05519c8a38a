package org.minping.web.view.expert;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.shiro.SecurityUtils;
import org.minping.core.assessment.ExpertScoreService;
import org.minping.core.shared.Localized;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.Messages;
import org.minping.web.view.PageProblems;

/** An expert's panels, and the score sheet of one: a score and a comment per agency and indicator, saved or submitted. */
@Named
@ViewScoped
public class ExpertScoringBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient ExpertScoreService panels;

    @Inject
    transient Messages messages;

    @Inject
    transient PageProblems pageProblems;

    private String cycle;
    private String track;
    private List<ExpertScoreService.Membership> memberships = List.of();
    private List<Row> rows = List.of();
    private List<Aside> asides = List.of();
    private boolean submitted;
    private List<String> problems = new ArrayList<>();
    private String notice;

    /** One line of the sheet as the form edits it. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String agencyCode;
        private final Localized agencyName;
        private final String indicatorCode;
        private final Localized indicatorName;
        private String score;
        private String comment;

        Row(ExpertScoreService.Line line) {
            agencyCode = line.agencyCode();
            agencyName = line.agencyName();
            indicatorCode = line.indicatorCode();
            indicatorName = line.indicatorName();
            score = line.score() == null ? null : line.score().stripTrailingZeros().toPlainString();
            comment = line.comment();
        }

        public String getAgencyCode() {
            return agencyCode;
        }

        public Localized getAgencyName() {
            return agencyName;
        }

        public String getIndicatorCode() {
            return indicatorCode;
        }

        public Localized getIndicatorName() {
            return indicatorName;
        }

        public String getScore() {
            return score;
        }

        public void setScore(String score) {
            this.score = score;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }

    /** Whether the expert steps aside (回避) from an agency, and why, as the form edits it. */
    public static class Aside implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String agencyCode;
        private final Localized agencyName;
        private boolean recused;
        private String reason;

        Aside(String agencyCode, Localized agencyName, String reason) {
            this.agencyCode = agencyCode;
            this.agencyName = agencyName;
            this.recused = reason != null;
            this.reason = reason;
        }

        public String getAgencyCode() {
            return agencyCode;
        }

        public Localized getAgencyName() {
            return agencyName;
        }

        public boolean isRecused() {
            return recused;
        }

        public void setRecused(boolean recused) {
            this.recused = recused;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    public void load() {
        SecurityUtils.getSubject().checkPermission("panel:score");
        memberships = panels.memberships(currentUser.username());
        if (cycle != null && track != null) {
            read();
        }
    }

    private void read() {
        submitted = memberships.stream().anyMatch(m -> m.cycleCode().equals(cycle) && m.trackCode().equals(track) && m.submitted());
        rows = panels.lines(currentUser.username(), cycle, track).stream().map(Row::new).toList();
        Map<String, String> recused = panels.recusals(currentUser.username(), cycle, track);
        Map<String, Aside> byAgency = new LinkedHashMap<>();
        rows.forEach(r -> byAgency.computeIfAbsent(r.agencyCode, a -> new Aside(a, r.agencyName, recused.get(a))));
        asides = List.copyOf(byAgency.values());
    }

    public void save() {
        store(false);
    }

    public void submit() {
        store(true);
    }

    private void store(boolean submit) {
        SecurityUtils.getSubject().checkPermission("panel:score");
        notice = null;
        List<ExpertScoreService.Entry> entries = rows.stream()
                .map(r -> new ExpertScoreService.Entry(r.agencyCode, r.indicatorCode, r.score, r.comment)).toList();
        // When refused, the rows keep what was typed, so the expert mends only what is named.
        problems = pageProblems.attempt(() -> {
            Map<String, String> recusals = new LinkedHashMap<>();
            asides.stream().filter(Aside::isRecused).forEach(a -> recusals.put(a.agencyCode, a.reason));
            panels.save(currentUser.username(), cycle, track, entries, recusals, submit);
            notice = messages.get(submit ? "expert.submitted" : "expert.saved");
            memberships = panels.memberships(currentUser.username());
            read();
        });
    }


    public boolean isSelected() {
        return !rows.isEmpty();
    }

    public List<ExpertScoreService.Membership> getMemberships() {
        return memberships;
    }

    public List<Aside> getAsides() {
        return asides;
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public String getCycle() {
        return cycle;
    }

    public void setCycle(String cycle) {
        this.cycle = cycle;
    }

    public String getTrack() {
        return track;
    }

    public void setTrack(String track) {
        this.track = track;
    }

    public List<String> getProblems() {
        return problems;
    }

    public String getNotice() {
        return notice;
    }
}

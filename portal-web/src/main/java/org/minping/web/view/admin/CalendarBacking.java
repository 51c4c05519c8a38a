package org.minping.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.minping.core.calendar.CalendarLines;
import org.minping.core.calendar.CalendarService;
import org.minping.web.security.CurrentUser;
import org.minping.web.view.Messages;
import org.minping.web.view.PageProblems;

/**
 * Administrators keep the working-day calendar: each year's public holidays and make-up working
 * days as the State Council's notice sets them, edited as lines, replaced whole.
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    transient CalendarService calendar;

    @Inject
    transient Messages messages;

    @Inject
    transient PageProblems pageProblems;

    private int year = LocalDate.now().getYear();
    private String days;
    private List<String> problems = new ArrayList<>();
    private String notice;

    public void load() {
        SecurityUtils.getSubject().checkPermission("cycle:manage");
        days = CalendarLines.format(calendar.days(year));
    }

    /** Shows another year's days (what is typed for the current one is dropped). */
    public void show() {
        problems = new ArrayList<>();
        notice = null;
        load();
    }

    public void save() {
        SecurityUtils.getSubject().checkPermission("cycle:manage");
        notice = null;
        // When refused, what was typed stays in the editor, so only the named lines need mending.
        problems = pageProblems.attempt(() -> {
            int listed = calendar.replaceYear(year, days, currentUser.username());
            notice = messages.get("calendar.saved", listed, Integer.toString(year));
            days = CalendarLines.format(calendar.days(year));
        });
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getDays() {
        return days;
    }

    public void setDays(String days) {
        this.days = days;
    }

    public List<String> getProblems() {
        return problems;
    }

    public String getNotice() {
        return notice;
    }
}

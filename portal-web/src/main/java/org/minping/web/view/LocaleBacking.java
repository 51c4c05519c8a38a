package org.minping.web.view;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.minping.core.evaluation.GradeName;
import org.minping.core.shared.Localized;

/** The visitor's language, Chinese unless they switch; also picks the right half of bilingual names. */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Inject
    Messages messages;

    private Locale locale = CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguageTag() {
        return locale.toLanguageTag();
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** Switches language and reloads the same page with its parameters (post-redirect-get). */
    public String switchTo(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : CHINESE;
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(locale);
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    public String name(Localized name) {
        return name == null ? "" : name.in(locale);
    }

    /** The names of the given roles (citizen, admin, …) in the visitor's language, as one parenthesis. */
    public String roleNames(java.util.List<String> roles) {
        return messages.get("nav.roles", roleList(roles));
    }

    /** The names of the given roles in the visitor's language, as a list. */
    public String roleList(java.util.List<String> roles) {
        return String.join(messages.get("list.separator"), roles.stream().map(role -> messages.get("role." + role)).toList());
    }

    /** A grade as a run wrote it (优秀, …), in the visitor's language. */
    public String grade(String grade) {
        GradeName name = GradeName.of(grade);
        return name == null ? "" : name(name.name());
    }
}

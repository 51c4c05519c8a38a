package org.minping.web.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.minping.core.shared.FieldError;

/** Reads the page message bundles from Java, in the locale of the current view. */
@ApplicationScoped
public class Messages {

    static final String BUNDLE = "org.minping.web.i18n.messages";

    public String get(String key, Object... arguments) {
        return get(locale(), key, arguments);
    }

    /** A message in the given language, for what is written outside a page (a notice sent by the API). */
    public String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        return MessageFormat.format(bundle.getString(key), arguments);
    }

    /** The message of a key in the visitor's language, or the fallback where the bundles have no such key. */
    public String getOrDefault(String key, String fallback) {
        try {
            return get(key);
        } catch (MissingResourceException unnamed) {
            return fallback;
        }
    }

    /** A field error in the visitor's language, or the core's English text if no translation exists. */
    public String of(FieldError error) {
        try {
            return get("validation." + error.code());
        } catch (MissingResourceException untranslated) {
            return error.message();
        }
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}

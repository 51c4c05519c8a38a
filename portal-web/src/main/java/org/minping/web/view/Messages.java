package org.minping.web.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.minping.core.shared.FieldError;

/** Reads the page message bundles from Java, in the locale of the current view. */
@ApplicationScoped
public class Messages {

    static final String BUNDLE = "org.minping.web.i18n.messages";

    private static final Logger LOG = Logger.getLogger(Messages.class.getName());

    public String get(String key, Object... arguments) {
        return get(locale(), key, arguments);
    }

    /** A message in the given language, for what is written outside a page (a notice sent by the API). */
    public String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** The message of a key in the visitor's language, or the fallback where the bundles have no such key. */
    public String getOrDefault(String key, String fallback) {
        try {
            return get(key);
        } catch (MissingResourceException unnamed) {
            return fallback;
        }
    }

    /** A field error in the visitor's language. */
    public String of(FieldError error) {
        return of(locale(), error);
    }

    /**
     * A field error in the given language, with the values it names. A code without a message is a
     * mistake of ours: it is logged, and the page says in its own language that the field is wrong
     * rather than show the core's English.
     */
    public String of(Locale locale, FieldError error) {
        try {
            return get(locale, "validation." + error.code(), error.arguments().toArray());
        } catch (MissingResourceException untranslated) {
            LOG.warning("no message for the validation code " + error.code());
            return get(locale, "validation.unknown", error.field());
        }
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}

package org.minping.core.shared;

import java.util.Locale;

/** A reference-data name held in Chinese and English; pages pick one by the viewer's locale. */
public record Localized(String zh, String en) {

    public String in(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : zh;
    }
}

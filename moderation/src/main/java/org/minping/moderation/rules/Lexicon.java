package org.minping.moderation.rules;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sensitive-word lexicon as a matcher: terms in Chinese and English with the hold reason each
 * stands for. Text and terms are compared in a normal form (NFKC: full-width letters become
 * ordinary ones; lower case; spaces and common separators removed), so "Ｆ ｕ ｃ ｋ" matches "fuck".
 */
public final class Lexicon implements IntakeRule {

    private final AhoCorasick<HoldReason> matcher;
    private final int size;

    /** A term of the lexicon and the reason it holds a comment for. */
    public record Term(String text, HoldReason reason) {
    }

    public Lexicon(List<Term> terms) {
        Map<String, HoldReason> normalized = new LinkedHashMap<>();
        terms.forEach(t -> normalized.put(normalize(t.text()), t.reason()));
        this.matcher = new AhoCorasick<>(normalized);
        this.size = normalized.size();
    }

    public int size() {
        return size;
    }

    @Override
    public Optional<HoldReason> check(String comment) {
        if (comment == null || comment.isEmpty()) {
            return Optional.empty();
        }
        return matcher.find(normalize(comment)).stream().findFirst();
    }

    public List<HoldReason> reasons(String comment) {
        return comment == null ? List.of() : matcher.find(normalize(comment)).stream().distinct().toList();
    }

    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\p{Punct}·•_*\\-.。，、]+", "");
    }
}

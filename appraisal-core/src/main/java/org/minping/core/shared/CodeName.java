package org.minping.core.shared;

/** A natural code with its bilingual name: the shape in which reference data leaves the core. */
public record CodeName(String code, Localized name) {
}

/** The sensitive-word lexicon as data: stored terms, edits by administrators, a cached matcher. */
package org.minping.moderation.lexicon;

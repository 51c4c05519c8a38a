/** Automatic moderation rules applied to every submission at intake: pure functions of the text. */
package org.minping.moderation.rules;

/** Automatic moderation rules applied to every submission at intake: pure functions of the text, no container. */
package org.minping.moderation.rules;

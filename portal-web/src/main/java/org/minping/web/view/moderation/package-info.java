/** Backing beans of the moderators' pages under {@code /moderation}: the queue and redaction. */
package org.minping.web.view.moderation;

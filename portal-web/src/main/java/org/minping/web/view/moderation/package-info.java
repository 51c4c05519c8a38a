/** Backing beans of the moderators' pages under {@code /moderation}: the queue, one bean per part of it, and redaction. */
package org.minping.web.view.moderation;

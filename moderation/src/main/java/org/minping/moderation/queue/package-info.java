/** What moderators work on: the list of appraisals, newest first. */
package org.minping.moderation.queue;

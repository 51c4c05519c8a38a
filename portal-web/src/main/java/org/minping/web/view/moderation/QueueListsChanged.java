package org.minping.web.view.moderation;

/**
 * A decision on one of the queue page's lists may change another (an overturned appeal publishes an
 * appraisal, and its comment, if readers' flags hid it, then waits on the flags list), so after any
 * decision each list reads itself again.
 */
public record QueueListsChanged() {
}

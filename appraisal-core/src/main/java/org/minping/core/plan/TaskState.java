package org.minping.core.plan;

/** Where a task of a work plan stands. */
public enum TaskState {
    NOT_STARTED, IN_PROGRESS, DONE
}

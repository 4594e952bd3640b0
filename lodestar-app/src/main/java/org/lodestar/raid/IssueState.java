package org.lodestar.raid;

/** An issue is open until it is resolved; a resolved issue may be reopened. */
public enum IssueState {
    OPEN, RESOLVED
}

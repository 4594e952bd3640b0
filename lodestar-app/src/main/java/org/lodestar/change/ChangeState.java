package org.lodestar.change;

/** Where a change request is in its workflow. */
public enum ChangeState {
    DRAFT, SUBMITTED, APPROVED, REJECTED, DEFERRED, IMPLEMENTED
}

package org.lodestar.status;

/**
 * Where a status report is in its workflow: a draft the project writes; submitted to the PMO; returned with the
 * PMO's comments (the project edits it again and resubmits); published, after which it is locked.
 */
public enum ReportState {
    DRAFT, SUBMITTED, RETURNED, PUBLISHED;

    /** Whether the project's side may still change the report ({@link ReportAct#EDIT}). */
    public boolean editable() {
        return ReportAct.EDIT.allowsFrom(this);
    }

    public String messageKey() {
        return "status.state." + name();
    }
}

package org.lodestar.status;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A change to a report its state does not allow: a published report is locked, a submitted one is under review. */
@ResponseStatus(HttpStatus.CONFLICT)
public class ReportLockedException extends RuntimeException {

    private final ReportState state;

    public ReportLockedException(String what, ReportState state) {
        super(what + " is " + state + " and cannot be changed that way");
        this.state = state;
    }

    public ReportState state() {
        return state;
    }
}

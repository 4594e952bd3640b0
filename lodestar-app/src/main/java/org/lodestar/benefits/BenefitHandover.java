package org.lodestar.benefits;

import org.lodestar.portfolio.ProjectState;
import org.lodestar.portfolio.ProjectStateChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Hands a project's planned benefits over to their owners when the project closes. */
@Component
class BenefitHandover {

    private static final Logger log = LoggerFactory.getLogger(BenefitHandover.class);

    private final Benefits benefits;

    BenefitHandover(Benefits benefits) {
        this.benefits = benefits;
    }

    @ApplicationModuleListener
    void on(ProjectStateChanged changed) {
        if (changed.to() != ProjectState.CLOSED) return;
        int handedOver = benefits.handOverAtClosure(changed.project().value());
        if (handedOver > 0) log.info("Handed over {} benefits of {} at its closure.", handedOver, changed.code());
    }
}

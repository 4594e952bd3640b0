package org.lodestar.pmo.web;

import org.lodestar.pmo.MaturityAssessmentView;

/** The radar of an assessment's domain scores beside the previous assessment's. */
final class MaturityRadar {

    private MaturityRadar() {
    }

    static Radar of(MaturityAssessmentView view) {
        return Radar.of(view.scores().stream().map(s -> s.domain().messageKey()).toList(),
                view.scores().stream().map(MaturityAssessmentView.DomainScore::score).toList(),
                view.scores().stream().map(MaturityAssessmentView.DomainScore::previous).toList());
    }
}

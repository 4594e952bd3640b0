package org.lodestar.change;

/**
 * Who decides a submitted change request: within the PMO's thresholds the project (its editors), above either of
 * them the steering committee (whoever decides the project's gates: the PMO and the portfolio's managers).
 */
public enum ChangeRouting {
    PROJECT, STEERING_COMMITTEE
}

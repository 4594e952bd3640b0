package org.lodestar.web;

import org.springframework.security.access.AccessDeniedException;

/** What RightsArchitectureTests forbids, kept among the tests to show that its rules catch it. */
public class ControllerThatRefusesItself {

    void change(boolean allowed) {
        if (!allowed) throw new AccessDeniedException("decided here, unknown to the other entrance");
    }
}

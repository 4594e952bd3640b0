package org.lodestar.governance;

/** How a communication reaches its audience. */
public enum CommunicationChannel {
    MEETING, EMAIL, REPORT, INTRANET, WORKSHOP;

    public String messageKey() {
        return "governance.channel." + name();
    }
}

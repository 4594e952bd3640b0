package org.lodestar.pmo;

/** What a coaching session is about; named by message keys {@code pmo.coaching.topic.<TOPIC>}. */
public enum CoachingTopic {
    PLANNING, RISK, STAKEHOLDERS, LEADERSHIP, COMMUNICATION, FINANCE, BENEFITS, GOVERNANCE, CAREER
}

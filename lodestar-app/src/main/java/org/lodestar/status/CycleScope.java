package org.lodestar.status;

/** Which projects a reporting cycle covers: all active projects, those of one portfolio, or of one programme. */
public enum CycleScope {
    ALL, PORTFOLIO, PROGRAMME;

    public String messageKey() {
        return "status.scope." + name();
    }
}

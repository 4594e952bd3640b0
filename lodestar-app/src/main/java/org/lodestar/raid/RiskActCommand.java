package org.lodestar.raid;

/** An act on a risk that carries nothing but the version it was taken from (close, reopen, complete an action). */
public record RiskActCommand(Long version) {
}

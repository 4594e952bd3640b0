package org.lodestar.finance;

/** Where a supplier's contract stands: drafted, then active (it takes purchase orders), then closed. */
public enum ContractState { DRAFT, ACTIVE, CLOSED }

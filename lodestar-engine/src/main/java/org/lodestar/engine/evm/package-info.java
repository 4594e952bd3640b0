/**
 * Earned value management: the cost and schedule indices of one project or control account
 * ({@link org.lodestar.engine.evm.EarnedValue}), how a task earns its value
 * ({@link org.lodestar.engine.evm.EarningMethod}), earned schedule from a time-phased planned value
 * ({@link org.lodestar.engine.evm.EarnedSchedule}) and the roll-up of a portfolio over primitive arrays
 * ({@link org.lodestar.engine.evm.PortfolioRollup}). Amounts are plain {@code double}s in one currency: converting
 * currencies is the caller's business, before the figures reach the engine.
 */
package org.lodestar.engine.evm;

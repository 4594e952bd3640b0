/**
 * Portfolio selection: which candidates to fund, and when to start them, within budgets and capacities per period.
 * The model is solver-neutral; {@link org.lodestar.engine.select.GreedySelector} gives a fast heuristic answer and
 * the lodestar-solver module an exact one with CP-SAT. Every answer is checked with
 * {@link org.lodestar.engine.select.SelectionModel#violations(Selection)}.
 */
package org.lodestar.engine.select;

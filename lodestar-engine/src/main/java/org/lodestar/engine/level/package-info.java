/**
 * Resource leveling as resource-constrained project scheduling (RCPSP): {@link org.lodestar.engine.level.RcpspProblem}
 * (activities, renewable resources, demands, precedences with lags, releases, deadlines, priorities), its checker
 * {@link org.lodestar.engine.level.RcpspProblem#violations(int[])}, the serial schedule generation scheme with
 * priority rules ({@link org.lodestar.engine.level.SerialScheme}, {@link org.lodestar.engine.level.PriorityRule}),
 * and {@link org.lodestar.engine.level.Leveler}: delay-only leveling like Microsoft Project's, or the shortest
 * makespan by forward-backward improvement and a genetic algorithm under a time limit. Every answer is a
 * {@link org.lodestar.engine.level.Leveling}, checked feasible, with what moved and why.
 */
package org.lodestar.engine.level;

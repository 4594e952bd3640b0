/**
 * Judging requests: discounted cash flow measures (NPV, IRR, payback) over quarterly cash flows, AHP weights with
 * their consistency ratio, and weighted scoring models with several evaluators and weight sensitivity.
 */
package org.lodestar.engine.score;

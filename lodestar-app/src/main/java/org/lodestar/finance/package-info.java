/**
 * Finance (issue 17, first landing): the rules money obeys before it is stored. Amounts and currencies
 * ({@link org.lodestar.finance.Amounts}), cost categories ({@link org.lodestar.finance.CostCategory}), exchange
 * rates by date and conversion at the rate in force ({@link org.lodestar.finance.ExchangeRates}) and the
 * validation of a ledger's cost file ({@link org.lodestar.finance.CostFileImport}). Earned value itself is computed
 * by {@code org.lodestar.engine.evm}. Budgets, forecasts and actuals are not stored yet: see "Not yet" in
 * docs/architecture.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Finance")
package org.lodestar.finance;

/**
 * Finance (issue 17): the money of projects. Exchange rates by date ({@link org.lodestar.finance.ExchangeRateBook},
 * conversion at the rate in force by {@link org.lodestar.finance.ExchangeRates}), budgets by cost category and month
 * ({@link org.lodestar.finance.Budgets}), actual costs from ledger files ({@link org.lodestar.finance.ActualCosts},
 * {@link org.lodestar.finance.CostFileImport}) and suppliers' invoices ({@link org.lodestar.finance.Suppliers}),
 * suppliers' contracts and purchase orders with what they still commit ({@link org.lodestar.finance.Procurement}),
 * budgets fed by approved change requests and converted requests ({@code BudgetFeeds}),
 * forecasts versioned per reporting period ({@link org.lodestar.finance.Forecasts}), tasks' earning methods
 * ({@link org.lodestar.finance.EarningMethods}), and earned value with earned schedule per project and rolled up
 * ({@link org.lodestar.finance.EarnedValues}, computed by {@code org.lodestar.engine.evm}); CPI and SPI reach status's
 * computed health. What is not built yet is listed under "Finance: not yet" in docs/architecture.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Finance")
package org.lodestar.finance;

package org.lodestar.portfolio;

/** A portfolio or programme as shown to readers; {@code portfolio} is null for a portfolio itself. */
public record PortfolioView(long id, String code, String name, String description, Reference portfolio,
                            Reference manager, long version, boolean editable) {
}

package org.lodestar.portfolio.web;

import org.lodestar.portfolio.PortfolioCommand;
import org.lodestar.portfolio.PortfolioView;

/** The form of a portfolio or programme, as posted. */
public class PortfolioForm {

    private String code;
    private String name;
    private String description;
    private Long managerId;
    private Long portfolioId;
    private Long version;

    static PortfolioForm of(PortfolioView view) {
        PortfolioForm form = new PortfolioForm();
        form.code = view.code();
        form.name = view.name();
        form.description = view.description();
        form.managerId = view.manager() == null ? null : view.manager().id();
        form.portfolioId = view.portfolio() == null ? null : view.portfolio().id();
        form.version = view.version();
        return form;
    }

    PortfolioCommand toCommand() {
        return new PortfolioCommand(code == null ? null : code.strip(), name, description, managerId, portfolioId,
                version);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getManagerId() { return managerId; }
    public void setManagerId(Long managerId) { this.managerId = managerId; }
    public Long getPortfolioId() { return portfolioId; }
    public void setPortfolioId(Long portfolioId) { this.portfolioId = portfolioId; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}

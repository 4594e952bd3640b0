package org.lodestar.portfolio.web;

import java.util.Map;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.lodestar.portfolio.PortfolioAct;
import org.lodestar.portfolio.PortfolioRegistry;
import org.lodestar.portfolio.PortfolioRights;
import org.lodestar.portfolio.ProjectRight;
import org.lodestar.portfolio.ProjectId;
import org.lodestar.portfolio.ProjectRights;
import org.springframework.stereotype.Component;

/**
 * The act of each write of the registry's controllers, page and API alike (they name their handlers the same way),
 * asked of the rights policies before anything sent is read ({@link AuthorisedFirst}).
 */
@Component
class RegistryWrites {

    private final ProjectRights projectRights;
    private final PortfolioRights portfolioRights;
    private final OrganisationRights organisationRights;
    private final PortfolioRegistry registry;

    RegistryWrites(ProjectRights projectRights, PortfolioRights portfolioRights, OrganisationRights organisationRights,
                   PortfolioRegistry registry) {
        this.projectRights = projectRights;
        this.portfolioRights = portfolioRights;
        this.organisationRights = organisationRights;
        this.registry = registry;
    }

    void authorise(String handler, Map<String, String> path) {
        Long id = AuthorisedFirst.id(path, "id");
        switch (handler) {
            case "create" -> portfolioRights.require(null, PortfolioAct.CREATE_PROJECTS);
            case "change", "update", "addMember", "removeMember", "take", "propose", "activate", "putOnHold", "resume",
                 "close", "cancel", "move" -> {
                if (id != null) projectRights.require(new ProjectId(id), ProjectRight.EDIT);
            }
            case "delete" -> {
                if (id != null) projectRights.require(new ProjectId(id), ProjectRight.DELETE);
            }
            case "createPortfolio" -> organisationRights.require(OrganisationAct.CREATE_PORTFOLIOS);
            case "createObjective" -> organisationRights.require(OrganisationAct.SET_OBJECTIVES);
            case "createProgramme" -> portfolioRights.require(null, PortfolioAct.MANAGE);
            case "changePortfolio" -> {
                if (id != null) portfolioRights.require(registry.portfolio(id).id(), PortfolioAct.MANAGE);
            }
            case "changeProgramme" -> {
                if (id != null) portfolioRights.require(registry.programme(id).portfolio().id(), PortfolioAct.MANAGE);
            }
            default -> { }
        }
    }
}

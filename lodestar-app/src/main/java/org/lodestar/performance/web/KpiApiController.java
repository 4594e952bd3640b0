package org.lodestar.performance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.lodestar.performance.KpiCommand;
import org.lodestar.performance.KpiDrillDown;
import org.lodestar.performance.KpiView;
import org.lodestar.performance.Kpis;
import org.lodestar.platform.AuthorisedFirst;
import org.lodestar.platform.OrganisationAct;
import org.lodestar.platform.OrganisationRights;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/kpis")
@Tag(name = "KPIs", description = "The KPI library: shipped and custom KPIs, their monthly history, targets and ratings, and the projects, requests or risks behind each month's value")
class KpiApiController implements AuthorisedFirst {

    private final Kpis kpis;
    private final OrganisationRights rights;

    KpiApiController(Kpis kpis, OrganisationRights rights) {
        this.kpis = kpis;
        this.rights = rights;
    }

    @Override
    public void authorise(String handler, Map<String, String> path) {
        switch (handler) {
            case "defineKpi", "setKpiTargets" -> rights.require(OrganisationAct.DEFINE_KPIS);
            default -> { }
        }
    }

    @GetMapping
    @Operation(operationId = "listKpis", summary = "Every KPI with its monthly history and the latest value's rating")
    List<KpiView> listKpis() {
        return kpis.dashboard();
    }

    @GetMapping("/measures")
    @Operation(operationId = "listKpiMeasures", summary = "The measures a KPI formula may name, with their descriptions in the reader's language")
    Map<String, String> listKpiMeasures() {
        return kpis.measures();
    }

    @PostMapping
    @Operation(operationId = "defineKpi", summary = "Define a custom KPI from a formula over the measures; its values are computed at once for every month already computed")
    ResponseEntity<KpiView> defineKpi(@RequestBody KpiCommand.Define command) {
        KpiView defined = kpis.define(command);
        return ResponseEntity.created(URI.create("/api/v1/kpis/" + defined.code())).body(defined);
    }

    @GetMapping("/{code}")
    @Operation(operationId = "getKpi", summary = "A KPI's latest computed month: its value and the samples behind it")
    KpiDrillDown getKpi(@PathVariable String code) {
        return kpis.drillDown(code, null);
    }

    @GetMapping("/{code}/months/{period}")
    @Operation(operationId = "getKpiMonth", summary = "A KPI's value in a month (yyyy-MM) and the samples behind it")
    KpiDrillDown getKpiMonth(@PathVariable String code, @PathVariable YearMonth period) {
        return kpis.drillDown(code, period.atDay(1));
    }

    @PutMapping("/{code}/targets")
    @Operation(operationId = "setKpiTargets", summary = "Set a KPI's target, amber limit and owner")
    KpiView setKpiTargets(@PathVariable String code, @RequestBody KpiCommand.Targets command) {
        return kpis.setTargets(code, command);
    }
}

package org.lodestar.performance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.lodestar.performance.internal.Kpi;
import org.lodestar.performance.internal.KpiSeries;
import org.lodestar.performance.internal.KpiStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the KPIs of a month: samples every module's measures over it, stores the samples (what a value is
 * drilled down to) and each KPI's value, replacing the month's earlier computation in one transaction. The
 * scheduled job runs it on one node; it checks no rights, so only the job, the demo and the KPI service's
 * DEFINE_KPIS acts call it.
 */
@Service
public class KpiComputation {

    private static final Logger log = LoggerFactory.getLogger(KpiComputation.class);

    private final List<MeasureSource> sources;
    private final KpiStore kpis;
    private final KpiSeries series;
    private final Clock clock;

    KpiComputation(List<MeasureSource> sources, KpiStore kpis, KpiSeries series, Clock clock) {
        this.sources = List.copyOf(sources);
        this.kpis = kpis;
        this.series = series;
        this.clock = clock;
    }

    /** Every measure the modules sample, by name. */
    public Map<String, Measure> measures() {
        return sources.stream().flatMap(source -> source.measures().stream())
                .sorted(Comparator.comparing(Measure::name))
                .collect(Collectors.toMap(Measure::name, m -> m, (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * Computes the month as of a day within it (its last day once it has passed) and stores it.
     *
     * @return the number of samples taken
     */
    @Transactional
    public int compute(YearMonth month, LocalDate asOf) {
        if (!YearMonth.from(asOf).equals(month)) throw new IllegalArgumentException(asOf + " is not in " + month);
        Set<String> known = measures().keySet();
        List<MeasureSample> samples = new ArrayList<>();
        for (MeasureSource source : sources) {
            for (MeasureSample sample : source.sample(month.atDay(1), asOf)) {
                if (!known.contains(sample.measure())) {
                    throw new IllegalStateException(source + " sampled the measure it does not declare: " + sample.measure());
                }
                samples.add(sample);
            }
        }
        series.replace(month.atDay(1), asOf, Instant.now(clock), samples);
        for (Kpi kpi : kpis.findAll()) putValue(kpi, month.atDay(1));
        return samples.size();
    }

    /**
     * The scheduled round: this month as of today, and the month before as of its last day when it was last
     * computed before it ended (or never), so that a node that was down at a month's end leaves no month short.
     */
    @Transactional
    public void computeCurrent() {
        LocalDate today = LocalDate.now(clock);
        YearMonth previous = YearMonth.from(today).minusMonths(1);
        boolean previousShort = series.period(previous.atDay(1))
                .map(p -> p.asOf().isBefore(previous.atEndOfMonth())).orElse(true);
        if (previousShort) compute(previous, previous.atEndOfMonth());
        int samples = compute(YearMonth.from(today), today);
        log.info("Computed the KPIs of {} from {} measure samples.", YearMonth.from(today), samples);
    }

    /** A KPI's value in every computed period, from the stored samples: for a KPI defined or redefined. */
    void backfill(Kpi kpi) {
        for (KpiSeries.Period period : series.periods()) putValue(kpi, period.period());
    }

    private void putValue(Kpi kpi, LocalDate period) {
        Set<String> known = measures().keySet();
        KpiFormula formula;
        try {
            formula = KpiFormula.parse(kpi.formula(), known::contains);
        } catch (KpiFormula.FormulaException measureGone) {
            series.putValue(kpi.id(), period, null);
            return;
        }
        OptionalDouble value = formula.evaluate(series.values(period, formula.measures()));
        series.putValue(kpi.id(), period, value.isPresent() ? value.getAsDouble() : null);
    }
}

package org.lodestar.benefits.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestar.benefits.BenefitState;
import org.lodestar.benefits.BenefitType;
import org.lodestar.support.PageTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** Every benefit read in bulk is the benefit its repository loads, measurements and all, in the same order. */
class EveryBenefitIntegrationTests extends PageTestSupport {

    @Autowired
    EveryBenefit everyBenefit;

    @Autowired
    BenefitStore store;

    /** Everything a benefit keeps, to compare two readings of it. */
    private record Kept(Long id, long project, String title, BenefitType type, String measure,
                        BigDecimal baselineValue, LocalDate baselineDate, BigDecimal targetValue,
                        LocalDate targetDate, Long owner, BenefitState state, LocalDate handedOverOn, Long version,
                        List<BenefitMeasurement> measurements) {

        static Kept of(Benefit benefit) {
            return new Kept(benefit.id(), benefit.project(), benefit.title(), benefit.type(), benefit.measure(),
                    benefit.baselineValue(), benefit.baselineDate(), benefit.targetValue(), benefit.targetDate(),
                    benefit.owner(), benefit.state(), benefit.handedOverOn(), benefit.version(),
                    benefit.measurementsAsRecorded());
        }
    }

    @Test
    void theDemosBenefitsReadInBulkAreThoseItsRepositoryLoads() {
        List<Kept> loaded = store.findAll().stream().sorted(Comparator.comparing(Benefit::id)).map(Kept::of).toList();

        List<Kept> read = everyBenefit.all().stream().map(Kept::of).toList();

        assertThat(read).isEqualTo(loaded);
        assertThat(read).as("the demo's benefits, measured more than once and handed over")
                .anyMatch(benefit -> benefit.measurements().size() > 1)
                .anyMatch(benefit -> benefit.state() == BenefitState.HANDED_OVER);
    }
}

package org.lodestar.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lodestar.engine.schedule.DependencyType;
import org.lodestar.engine.schedule.LagUnit;
import org.lodestar.platform.InvalidInputException;
import org.lodestar.planning.PredecessorText.Entry;
import org.lodestar.planning.PredecessorText.Lag;

class PredecessorTextTests {

    private final TimeUnits units = TimeUnits.STANDARD;

    @Test
    void readsRowsTypesAndLagsAsMicrosoftProjectWritesThem() {
        List<Entry> entries = PredecessorText.parse("3FS+2d, 5SS, 7ff-1d; 2SF+50%, 4", units);

        assertThat(entries).containsExactly(
                new Entry(3, DependencyType.FS, new Lag(960, LagUnit.WORKING, "d"), "3FS+2d"),
                new Entry(5, DependencyType.SS, Lag.NONE, "5SS"),
                new Entry(7, DependencyType.FF, new Lag(-480, LagUnit.WORKING, "d"), "7ff-1d"),
                new Entry(2, DependencyType.SF, new Lag(5000, LagUnit.PERCENT, "%"), "2SF+50%"),
                new Entry(4, DependencyType.FS, Lag.NONE, "4"));
    }

    @Test
    void elapsedLagsAndLagsWithoutATypeAreFinishToStart() {
        assertThat(PredecessorText.parse("3+2ed", units)).containsExactly(
                new Entry(3, DependencyType.FS, new Lag(2880, LagUnit.ELAPSED, "d"), "3+2ed"));
    }

    @Test
    void blankTextMeansNoPredecessors() {
        assertThat(PredecessorText.parse("  ", units)).isEmpty();
        assertThat(PredecessorText.parse(null, units)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3XX", "FS3", "3FS+", "3FS+2q", "a", "3FS 2d", "-3"})
    void badEntriesAreRefusedWithTheOffendingText(String text) {
        assertThatThrownBy(() -> PredecessorText.parse("1, " + text, units))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> {
                    assertThat(invalid.problems()).singleElement().satisfies(problem -> {
                        assertThat(problem.field()).isEqualTo("predecessors");
                        assertThat(problem.messageKey()).isEqualTo("planning.validation.predecessor");
                        assertThat(problem.arguments()).containsExactly(text);
                    });
                });
    }

    @Test
    void writesEntriesBackAsTheyAreTyped() {
        assertThat(PredecessorText.format(3, DependencyType.FS, new Lag(960, LagUnit.WORKING, "d"), units))
                .isEqualTo("3FS+2d");
        assertThat(PredecessorText.format(4, DependencyType.FS, Lag.NONE, units)).isEqualTo("4");
        assertThat(PredecessorText.format(5, DependencyType.SS, Lag.NONE, units)).isEqualTo("5SS");
        assertThat(PredecessorText.format(7, DependencyType.FF, new Lag(-480, LagUnit.WORKING, "d"), units))
                .isEqualTo("7FF-1d");
        assertThat(PredecessorText.format(2, DependencyType.SF, new Lag(5000, LagUnit.PERCENT, "%"), units))
                .isEqualTo("2SF+50%");
        assertThat(PredecessorText.format(2, DependencyType.FS, new Lag(2880, LagUnit.ELAPSED, "d"), units))
                .isEqualTo("2FS+2ed");
    }
}

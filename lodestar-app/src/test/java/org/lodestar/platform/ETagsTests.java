package org.lodestar.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ETagsTests {

    @Test
    void aVersionRoundTripsThroughItsETag() {
        assertThat(ETags.of(7)).isEqualTo("\"7\"");
        assertThat(ETags.from(ETags.of(7), null)).isEqualTo(7);
    }

    @Test
    void weakAndUnquotedETagsAreAccepted() {
        assertThat(ETags.from("W/\"12\"", null)).isEqualTo(12);
        assertThat(ETags.from(" 3 ", null)).isEqualTo(3);
    }

    @Test
    void theHeaderWinsOverTheBody() {
        assertThat(ETags.from("\"5\"", 4L)).isEqualTo(5);
    }

    @Test
    void anAbsentBlankOrStarHeaderLeavesTheBodysVersion() {
        assertThat(ETags.from(null, 4L)).isEqualTo(4);
        assertThat(ETags.from(" ", 4L)).isEqualTo(4);
        assertThat(ETags.from("*", null)).isNull();
    }

    @Test
    void anETagThatIsNoVersionIsInvalidInputNamingTheHeader() {
        assertThatThrownBy(() -> ETags.from("\"abc\"", 1L)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("If-Match"));
    }

    @Test
    void aRequiredVersionMissingBothWaysIsInvalidInputNamingTheVersion() {
        assertThatThrownBy(() -> ETags.required("*", null)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("version"));
        assertThat(ETags.required(null, 3L)).isEqualTo(3);
    }
}

package org.lodestar.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lodestar.platform.InvalidInputException;

class ETagsTests {

    @Test
    void aVersionRoundTripsThroughItsETag() {
        assertThat(ETags.of(7)).isEqualTo("\"7\"");
        assertThat(ETags.version(ETags.of(7))).isEqualTo(7);
    }

    @Test
    void weakAndUnquotedETagsAreAccepted() {
        assertThat(ETags.version("W/\"12\"")).isEqualTo(12);
        assertThat(ETags.version(" 3 ")).isEqualTo(3);
    }

    @Test
    void anETagThatIsNoVersionIsInvalidInput() {
        assertThatThrownBy(() -> ETags.version("\"abc\"")).isInstanceOf(InvalidInputException.class);
    }
}

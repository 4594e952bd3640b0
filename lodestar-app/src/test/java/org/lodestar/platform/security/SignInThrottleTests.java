package org.lodestar.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTests {

    private final SignInThrottle throttle = new SignInThrottle(null, null, Clock.systemUTC(), 5, 20,
            Duration.ofMinutes(15), Duration.ofHours(1));

    @Test
    void theLockStartsAtThirtySecondsAndDoublesUpToTheLongest() {
        assertThat(throttle.lockFor(0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.lockFor(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.lockFor(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(throttle.lockFor(5)).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.lockFor(1_000)).isEqualTo(Duration.ofMinutes(15));
    }
}

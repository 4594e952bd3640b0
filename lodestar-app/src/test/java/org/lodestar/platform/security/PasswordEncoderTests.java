package org.lodestar.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordEncoderTests {

    @Test
    void passwordsAreHashedWithBcryptAtTheConfiguredCostAndReadAtAnyCost() {
        PasswordEncoder production = new SecurityConfiguration().passwordEncoder(10);
        PasswordEncoder tests = new SecurityConfiguration().passwordEncoder(4);

        String hash = production.encode("correct horse");
        assertThat(hash).startsWith("{bcrypt}$2a$10$");
        assertThat(tests.encode("correct horse")).startsWith("{bcrypt}$2a$04$");
        assertThat(tests.matches("correct horse", hash)).isTrue();
        assertThat(tests.matches("wrong horse", hash)).isFalse();
    }

    @Test
    void aStoredPasswordInAnyOtherFormatIsNeverAccepted() {
        PasswordEncoder encoder = new SecurityConfiguration().passwordEncoder(4);

        assertThatThrownBy(() -> encoder.matches("secret", "{noop}secret")).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.lodestar.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** The one clock of the application; tests replace it to fix "now". */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

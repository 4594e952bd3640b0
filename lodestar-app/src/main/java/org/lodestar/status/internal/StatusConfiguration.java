package org.lodestar.status.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the reminder job on its schedule. */
@Configuration
@EnableScheduling
class StatusConfiguration {
}

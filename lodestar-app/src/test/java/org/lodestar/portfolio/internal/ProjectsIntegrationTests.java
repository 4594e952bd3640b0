package org.lodestar.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lodestar.portfolio.ProjectFixtures;
import org.lodestar.support.Api;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The last line of optimistic locking: when two changes pass the service's version check at the same moment, the
 * conditional update lets only the first one write.
 */
class ProjectsIntegrationTests extends IntegrationTestSupport {

    @Autowired
    Projects projects;

    @LocalServerPort
    int port;

    @Test
    void ofTwoCopiesOfTheSameVersionOnlyTheFirstIsSaved() {
        var created = Api.as(port, "pmo").post("/api/v1/projects", ProjectFixtures.json(ProjectFixtures.newProject("Race", 1)));
        long id = created.json().get("id").asLong();
        Project first = projects.findById(id).orElseThrow();
        Project second = projects.findById(id).orElseThrow();
        long version = first.version();

        first.addMember(1L, true, version, Instant.now());
        projects.save(first);
        second.addMember(2L, false, version, Instant.now());

        assertThatThrownBy(() -> projects.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        Project stored = projects.findById(id).orElseThrow();
        assertThat(stored.version()).isEqualTo(version + 1);
        assertThat(stored.members()).extracting(ProjectMember::appUser).containsExactly(1L);
    }
}

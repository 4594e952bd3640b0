package org.lodestar.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The last line of optimistic locking: when two changes pass the service's version check at the same moment, the
 * conditional update lets only the first one write.
 */
class ProjectsIntegrationTests extends IntegrationTestSupport {

    @Autowired
    Projects projects;

    @Test
    void ofTwoCopiesOfTheSameVersionOnlyTheFirstIsSaved() {
        Project first = projects.findById(5L).orElseThrow();
        Project second = projects.findById(5L).orElseThrow();
        long version = first.version();

        first.addMember(first.manager(), true, version, Instant.now());
        projects.save(first);
        second.removeMember(second.manager(), version, Instant.now());

        assertThatThrownBy(() -> projects.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        Project stored = projects.findById(5L).orElseThrow();
        assertThat(stored.version()).isEqualTo(version + 1);
        assertThat(stored.members()).anyMatch(member -> member.appUser() == first.manager() && member.canEdit());
    }
}

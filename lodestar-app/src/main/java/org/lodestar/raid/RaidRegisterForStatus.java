package org.lodestar.raid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.People;
import org.lodestar.platform.Person;
import org.lodestar.raid.internal.Issue;
import org.lodestar.raid.internal.Issues;
import org.lodestar.raid.internal.Risks;
import org.lodestar.status.ProjectRegister;
import org.lodestar.status.RegisterLine;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The key risks and issues status reports show (status's extension point): the open risks of highest score and the
 * open issues of high or critical priority, at most {@link #EACH} of each. Status checked the reader's rights on the
 * report, which are the register's (both are the project's detail).
 */
@Component
class RaidRegisterForStatus implements ProjectRegister {

    static final int EACH = 5;

    private final Risks risks;
    private final Issues issues;
    private final People people;

    RaidRegisterForStatus(Risks risks, Issues issues, People people) {
        this.risks = risks;
        this.issues = issues;
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegisterLine> keyRisksAndIssues(long project) {
        Map<Long, Person> names = people.byId();
        List<RegisterLine> lines = new ArrayList<>();
        risks.findByProjectAndStateOrderByScoreDescIdAsc(project, RiskState.OPEN.name()).stream().limit(EACH)
                .forEach(risk -> lines.add(new RegisterLine("RISK", risk.title(), Integer.toString(risk.score()),
                        owner(risk.ownerId(), names))));
        issues.findByProjectAndStateOrderByIdAsc(project, IssueState.OPEN.name()).stream()
                .filter(issue -> issue.priority().compareTo(IssuePriority.HIGH) >= 0)
                .sorted(Comparator.comparing(Issue::priority).reversed()).limit(EACH)
                .forEach(issue -> lines.add(new RegisterLine("ISSUE", issue.title(), issue.priority().name(),
                        owner(issue.ownerId(), names))));
        return lines;
    }

    private static String owner(Long id, Map<Long, Person> names) {
        Person person = id == null ? null : names.get(id);
        return person == null ? null : person.displayName();
    }
}

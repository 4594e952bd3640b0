package org.lodestar.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.lodestar.platform.RunAs;
import org.lodestar.planning.Baselines;
import org.lodestar.planning.PlanCommand;
import org.lodestar.planning.PlanView;
import org.lodestar.planning.ProjectPlans;
import org.lodestar.portfolio.ProjectId;
import org.springframework.context.ApplicationContext;

/**
 * Gives generated projects plans through the planning module's whole-plan replace (the path an import or a client's
 * PUT takes): phases of {@value #PHASE} tasks chained finish-to-start, each phase after the one before, and baseline
 * 0 saved; the first project gets the big plan. Plans that have tasks already are left as they are, so a second
 * run adds only what is missing.
 */
final class GeneratedPlans {

    /** Tasks per phase: one summary and its chained tasks. */
    static final int PHASE = 20;

    private final ApplicationContext context;
    private final PrintStream out;

    GeneratedPlans(ApplicationContext context, PrintStream out) {
        this.context = context;
        this.out = out;
    }

    /** Plans of {@code tasks} tasks for every project, {@code bigPlan} tasks for the first one; prints progress. */
    void generate(List<Long> projects, int tasks, int bigPlan) {
        if (projects.isEmpty() || tasks <= 0) return;
        RunAs runAs = context.getBean(RunAs.class);
        ProjectPlans plans = context.getBean(ProjectPlans.class);
        Baselines baselines = context.getBean(Baselines.class);
        Random random = new Random(11);
        long started = System.nanoTime();
        long written = 0;
        int skipped = 0;
        for (int i = 0; i < projects.size(); i++) {
            ProjectId id = new ProjectId(projects.get(i));
            int size = i == 0 ? Math.max(tasks, bigPlan) : tasks;
            boolean made = runAs.call("admin", () -> {
                PlanView stored = plans.plan(id);
                if (!stored.tasks().isEmpty()) return false;
                plans.replace(id, plan(stored, size, random));
                baselines.save(id, 0, "Generated baseline");
                return true;
            });
            if (made) written += size;
            else skipped++;
            if ((i + 1) % 500 == 0 || i + 1 == projects.size()) {
                double seconds = (System.nanoTime() - started) / 1e9;
                out.printf("  plans %,d of %,d (%,d tasks written, %d had tasks), %.0f s, about %.0f s left%n", i + 1,
                        projects.size(), written, skipped, seconds, seconds / (i + 1) * (projects.size() - i - 1));
            }
        }
        out.printf("Planned %,d tasks in %.1f s.%n", written, (System.nanoTime() - started) / 1e9);
    }

    /** A plan of {@code size} rows: phases of one summary and its tasks, chained finish-to-start. */
    static PlanCommand plan(PlanView stored, int size, Random random) {
        List<PlanCommand.Task> rows = new ArrayList<>(size);
        List<PlanCommand.Dependency> links = new ArrayList<>();
        String previous = null;
        for (int row = 0; row < size; row++) {
            String key = "t" + row;
            if (row % PHASE == 0) {
                rows.add(new PlanCommand.Task(null, key, null, "Phase " + (row / PHASE + 1), null, null, null, null,
                        null, null, null, null));
                continue;
            }
            String phase = "t" + (row - row % PHASE);
            rows.add(new PlanCommand.Task(null, key, phase, "Task " + row, (1 + random.nextInt(10)) + "d", null, null,
                    null, null, null, null, null));
            if (previous != null) links.add(new PlanCommand.Dependency(previous, key, "FS", null));
            previous = key;
        }
        return new PlanCommand(stored.start(), null, null, null, rows, links, stored.version());
    }
}

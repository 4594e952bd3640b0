package org.lodestar.engine.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random acyclic task network for property tests, drawn from a seed: leaf tasks (some milestones, some elapsed),
 * a few summary tasks grouping consecutive rows, and links only from earlier to later leaf rows, of every type with
 * lags and leads. {@link #toString()} lists it all, so a failing seed can be read and replayed.
 */
final class RandomNetwork {

    /** What the generator may draw; {@link #ALL} is everything the engine supports without constraints. */
    record Options(boolean elapsedTasks, boolean elapsedLags, boolean percentLags, boolean leads, boolean summaries,
            boolean summaryLinks) {
        static final Options ALL = new Options(true, true, true, true, true, true);
    }

    record Link(int predecessor, int successor, DependencyType type, int lag, LagUnit unit) {
        @Override
        public String toString() {
            return predecessor + "->" + successor + " " + type + (lag == 0 ? "" : " lag " + lag + " " + unit);
        }
    }

    static final LocalDateTime START = LocalDateTime.of(2027, 3, 1, 8, 0); // a Monday

    final long seed;
    final List<LocalDate> holidays = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    final List<Integer> durations = new ArrayList<>();
    final List<Boolean> elapsed = new ArrayList<>();
    final List<Boolean> summary = new ArrayList<>();
    final List<Integer> parent = new ArrayList<>();
    final List<Link> links = new ArrayList<>();

    RandomNetwork(long seed, int size, Options options) {
        this.seed = seed;
        Random random = new Random(seed);
        for (int i = 0, count = random.nextInt(12); i < count; i++) {
            holidays.add(START.toLocalDate().plusDays(random.nextInt(200)));
        }
        int openSummary = -1;
        for (int task = 0; task < size; task++) {
            if (options.summaries() && random.nextInt(8) == 0) {
                add("Summary " + task, 0, false, true, -1);
                openSummary = task;
                continue;
            }
            if (openSummary >= 0 && random.nextInt(6) == 0) openSummary = -1;
            int duration = random.nextInt(10) == 0 ? 0
                    : random.nextBoolean() ? (1 + random.nextInt(6)) * 480 : (1 + random.nextInt(12)) * 60;
            boolean isElapsed = options.elapsedTasks() && duration > 0 && random.nextInt(10) == 0;
            add("Task " + task, duration, isElapsed, false, openSummary);
        }
        for (int successor = 1; successor < size; successor++) {
            if (!linkable(successor, options)) continue;
            for (int k = 0, wanted = random.nextInt(4); k < wanted; k++) {
                int predecessor = random.nextInt(successor);
                if (!linkable(predecessor, options) || parent.get(successor) == predecessor
                        || linked(predecessor, successor)) continue;
                links.add(drawLink(random, predecessor, successor, options));
            }
        }
    }

    /** Leaf tasks always; summary tasks with children when the options allow links on summaries. */
    private boolean linkable(int task, Options options) {
        return !summary.get(task) || options.summaryLinks() && parent.contains(task);
    }

    private void add(String name, int duration, boolean isElapsed, boolean isSummary, int parentRow) {
        names.add(name);
        durations.add(duration);
        elapsed.add(isElapsed);
        summary.add(isSummary);
        parent.add(parentRow);
    }

    private static Link drawLink(Random random, int predecessor, int successor, Options options) {
        DependencyType type = DependencyType.values()[random.nextInt(4)];
        int draw = random.nextInt(10);
        if (draw < 5) return new Link(predecessor, successor, type, 0, LagUnit.WORKING);
        if (draw < 7 || (!options.elapsedLags() && !options.percentLags())) {
            int days = options.leads() ? random.nextInt(6) - 2 : random.nextInt(4) + 1;
            int lag = random.nextBoolean() ? days * 480 : days * 60;
            return new Link(predecessor, successor, type, lag, LagUnit.WORKING);
        }
        if (draw < 9 && options.elapsedLags() || !options.percentLags()) {
            return new Link(predecessor, successor, type, (1 + random.nextInt(60)) * 60, LagUnit.ELAPSED);
        }
        int quarters = options.leads() ? random.nextInt(6) - 1 : random.nextInt(4) + 1;
        return new Link(predecessor, successor, type, quarters * 2500, LagUnit.PERCENT);
    }

    int size() {
        return names.size();
    }

    boolean hasSummaryLinks() {
        return links.stream().anyMatch(link -> summary.get(link.predecessor()) || summary.get(link.successor()));
    }

    boolean linked(int predecessor, int successor) {
        for (Link link : links) {
            if (link.predecessor() == predecessor && link.successor() == successor) return true;
        }
        return false;
    }

    WorkCalendar calendar() {
        WorkCalendar.Builder builder = WorkCalendar.builder("Standard with holidays");
        for (LocalDate holiday : holidays) builder.exception(holiday, holiday);
        return builder.build();
    }

    Plan plan() {
        return plan(links);
    }

    Plan plan(List<Link> withLinks) {
        Plan.Builder builder = Plan.builder(calendar()).start(START);
        for (int task = 0; task < size(); task++) {
            int index = summary.get(task)
                    ? builder.summary(names.get(task))
                    : builder.task(names.get(task), durations.get(task));
            if (parent.get(task) >= 0) builder.parent(index, parent.get(task));
            if (elapsed.get(task)) builder.elapsed(index);
        }
        for (Link link : withLinks) {
            builder.link(link.predecessor(), link.successor(), link.type(), link.lag(), link.unit());
        }
        return builder.build();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("RandomNetwork seed " + seed + ", start " + START + ", holidays "
                + holidays + "\n");
        for (int task = 0; task < size(); task++) {
            text.append("  ").append(task).append(' ').append(names.get(task));
            if (summary.get(task)) text.append(" (summary)");
            else text.append(' ').append(durations.get(task)).append(elapsed.get(task) ? " elapsed min" : " min");
            if (parent.get(task) >= 0) text.append(" in ").append(parent.get(task));
            text.append('\n');
        }
        text.append("  links ").append(links);
        return text.toString();
    }
}

package org.lodestar.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Random;
import org.lodestar.engine.schedule.DependencyType;
import org.lodestar.engine.schedule.LagUnit;
import org.lodestar.engine.schedule.Plan;
import org.lodestar.engine.schedule.WorkCalendar;

/**
 * A seeded random task network shaped like a large programme: blocks of {@value #BLOCK} rows, each a summary task
 * followed by its leaf tasks. A leaf has about two predecessors, always earlier rows (so the network is acyclic), most
 * in its own block and some anywhere before it, so paths cross blocks without being one long chain. Links mix FS, SS,
 * FF and SF with lags and leads in working minutes, elapsed minutes and percentages. The calendar is Monday to Friday
 * with ten holidays a year. 10,000 tasks span about 20 months, 100,000 about five years, 1,000,000 eight.
 *
 * <p>The same network is given to every scheduler under test, as plain arrays here.
 */
final class ScheduleNetwork {

    static final int BLOCK = 500;
    static final LocalDateTime START = LocalDateTime.of(2027, 1, 4, 8, 0);
    static final int MINUTES_PER_DAY = 480;
    static final int FIRST_YEAR = 2027;
    static final int LAST_YEAR = 2045;

    final int size;
    final String[] names;
    final int[] durations;          // minutes; working minutes unless elapsed
    final boolean[] elapsed;
    final boolean[] summary;
    final int[] parent;             // -1 for none
    final int links;
    final int[] predecessor;
    final int[] successor;
    final DependencyType[] type;
    final int[] lag;                // minutes, or hundredths of a percent for PERCENT
    final LagUnit[] lagUnit;

    ScheduleNetwork(int size, long seed) {
        this.size = size;
        Random random = new Random(seed);
        names = new String[size];
        durations = new int[size];
        elapsed = new boolean[size];
        summary = new boolean[size];
        parent = new int[size];
        int capacity = size * 2 + 16;
        int[] from = new int[capacity];
        int[] to = new int[capacity];
        DependencyType[] types = new DependencyType[capacity];
        int[] lags = new int[capacity];
        LagUnit[] units = new LagUnit[capacity];
        int count = 0;
        int[] chosen = new int[3];
        for (int task = 0; task < size; task++) {
            if (task % BLOCK == 0) {
                summary[task] = true;
                parent[task] = -1;
                names[task] = "Work package " + (task / BLOCK + 1);
                continue;
            }
            parent[task] = task - task % BLOCK;
            names[task] = "Task " + task;
            durations[task] = duration(random);
            elapsed[task] = durations[task] > 0 && random.nextInt(50) == 0;
            int firstInBlock = parent[task] + 1;
            int wanted = Math.min(random.nextInt(4) + (random.nextBoolean() ? 1 : 0), 3); // 0..3, 1.9 on average
            int found = 0;
            for (int attempt = 0; attempt < wanted * 3 && found < wanted; attempt++) {
                int candidate = random.nextInt(10) < 8
                        ? (task > firstInBlock ? firstInBlock + random.nextInt(task - firstInBlock) : -1)
                        : (task > 1 ? random.nextInt(task) : -1);
                if (candidate < 0 || summary[candidate] || contains(chosen, found, candidate)) continue;
                chosen[found++] = candidate;
                from[count] = candidate;
                to[count] = task;
                types[count] = type(random);
                drawLag(random, count, lags, units);
                count++;
            }
        }
        links = count;
        predecessor = Arrays.copyOf(from, count);
        successor = Arrays.copyOf(to, count);
        type = Arrays.copyOf(types, count);
        lag = Arrays.copyOf(lags, count);
        lagUnit = Arrays.copyOf(units, count);
    }

    private static int duration(Random random) {
        int draw = random.nextInt(100);
        if (draw < 3) return 0;                                         // milestone
        if (draw < 20) return (1 + random.nextInt(7)) * 60;             // hours
        return (1 + random.nextInt(10)) * MINUTES_PER_DAY;              // days
    }

    private static DependencyType type(Random random) {
        int draw = random.nextInt(100);
        return draw < 70 ? DependencyType.FS : draw < 82 ? DependencyType.SS : draw < 94 ? DependencyType.FF
                : DependencyType.SF;
    }

    private static void drawLag(Random random, int link, int[] lags, LagUnit[] units) {
        int draw = random.nextInt(100);
        if (draw < 60) {
            lags[link] = 0;
            units[link] = LagUnit.WORKING;
        } else if (draw < 80) {
            lags[link] = (random.nextInt(8) - 2) * MINUTES_PER_DAY;    // -2..+5 working days
            units[link] = LagUnit.WORKING;
        } else if (draw < 90) {
            lags[link] = (1 + random.nextInt(72)) * 60;                // 1..72 elapsed hours
            units[link] = LagUnit.ELAPSED;
        } else {
            lags[link] = (random.nextInt(6) - 1) * 2500;               // -25%..+100%
            units[link] = LagUnit.PERCENT;
        }
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) if (values[i] == value) return true;
        return false;
    }

    /** Monday to Friday, 08:00-12:00 and 13:00-17:00, ten holidays in each year the largest network spans. */
    static WorkCalendar calendar() {
        WorkCalendar.Builder builder = WorkCalendar.builder("Standard with holidays");
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            for (LocalDate holiday : holidays(year)) builder.exception(holiday, holiday);
        }
        return builder.build();
    }

    static LocalDate[] holidays(int year) {
        return new LocalDate[] {
            LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 2), LocalDate.of(year, 4, 18), LocalDate.of(year, 5, 1),
            LocalDate.of(year, 5, 8), LocalDate.of(year, 7, 14), LocalDate.of(year, 8, 15), LocalDate.of(year, 11, 11),
            LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26)
        };
    }

    Plan plan() {
        Plan.Builder builder = Plan.builder(calendar()).start(START);
        for (int task = 0; task < size; task++) {
            int index = summary[task] ? builder.summary(names[task]) : builder.task(names[task], durations[task]);
            if (parent[task] >= 0) builder.parent(index, parent[task]);
            if (elapsed[task]) builder.elapsed(index);
        }
        for (int link = 0; link < links; link++) {
            builder.link(predecessor[link], successor[link], type[link], lag[link], lagUnit[link]);
        }
        return builder.build();
    }
}

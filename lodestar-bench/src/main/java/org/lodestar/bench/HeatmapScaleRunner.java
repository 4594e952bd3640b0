package org.lodestar.bench;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The role × month heatmap at portfolio scale: {@code heatmap-scale [--projects 1000] [--people 500] [--runs 100]
 * [--seed 14]}. The bench does not start the application: it fills an in-memory H2 database (PostgreSQL mode) with
 * the columns of V27's {@code project}, {@code resource}, {@code resource_role}, {@code resource_absence} and
 * {@code allocation} tables and their indexes, from a seeded generator (20 roles; each person 1 or 2 roles, a week of
 * absence in one month in three; each project 4 role allocations a month over 12 of the 18 months around the
 * period, one in four named), then times what {@code ResourceAllocations.roleHeatmap} does for the coming 12 months:
 * {@code DemandStore}'s grouped query (its SQL, verbatim), reading the pool (people, roles, absences) and the
 * capacity rule of {@code Utilisation.capacityFte} (working days net of absences over a full-time month, split among
 * the person's roles), on one connection. Beside it, in the same run: the same at a tenth of the size (the baseline)
 * and the drill-down query of one cell. Prints p50, p95 and max in milliseconds after a warm-up.
 */
final class HeatmapScaleRunner {

    private static final int ROLES = 20;
    private static final YearMonth FIRST = YearMonth.of(2027, 1);
    private static final int MONTHS = 12;

    private HeatmapScaleRunner() {
    }

    static int run(List<String> args, PrintStream out) throws Exception {
        int projects = 1000;
        int people = 500;
        int runs = 100;
        long seed = 14;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--projects" -> projects = Integer.parseInt(args.get(++i));
                case "--people" -> people = Integer.parseInt(args.get(++i));
                case "--runs" -> runs = Integer.parseInt(args.get(++i));
                case "--seed" -> seed = Long.parseLong(args.get(++i));
                default -> {
                    out.println("usage: heatmap-scale [--projects N] [--people N] [--runs N] [--seed N]");
                    return 2;
                }
            }
        }
        out.printf("%-44s %9s %8s %8s %8s %8s%n", "measure", "rows", "runs", "p50 ms", "p95 ms", "max ms");
        for (int[] size : new int[][] {{projects / 10, people / 10}, {projects, people}}) {
            try (Connection db = DriverManager.getConnection("jdbc:h2:mem:heatmap" + size[0]
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")) {
                long started = System.nanoTime();
                int allocations = fill(db, size[0], size[1], new Random(seed));
                out.printf("# %d projects, %d people, %d allocations generated in %.1f s%n", size[0], size[1],
                        allocations, (System.nanoTime() - started) / 1e9);
                int[] cells = new int[1];
                time(out, "heatmap " + size[0] + " projects / " + size[1] + " people", runs,
                        () -> cells[0] = heatmap(db), cells);
                time(out, "drill-down of one cell, " + size[0] + " projects", runs, () -> causes(db), new int[] {0});
            }
        }
        return 0;
    }

    interface Work {
        void run() throws Exception;
    }

    private static void time(PrintStream out, String name, int runs, Work work, int[] rows) throws Exception {
        for (int i = 0; i < Math.max(10, runs / 5); i++) work.run();
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        out.printf("%-44s %9d %8d %8.1f %8.1f %8.1f%n", name, rows[0], runs, millis[runs / 2],
                millis[(int) Math.ceil(runs * 0.95) - 1], millis[runs - 1]);
    }

    private static int fill(Connection db, int projects, int people, Random random) throws Exception {
        try (Statement ddl = db.createStatement()) {
            ddl.execute("create table project (id bigint primary key, code varchar(40) not null, name varchar(200) not null,"
                    + " portfolio bigint not null, programme bigint)");
            ddl.execute("create table resource (id bigint primary key, kind varchar(10) not null, name varchar(200) not null,"
                    + " business_unit varchar(120), hours_per_day numeric(17, 2), fte numeric(17, 2), retired boolean not null)");
            ddl.execute("create table resource_role (resource bigint not null references resource (id), role varchar(120) not null,"
                    + " primary key (resource, role))");
            ddl.execute("create table resource_absence (resource bigint not null references resource (id), first_day date not null,"
                    + " last_day date not null, primary key (resource, first_day))");
            ddl.execute("create table allocation (id bigint generated by default as identity primary key,"
                    + " project bigint not null references project (id), role varchar(120) not null,"
                    + " resource bigint references resource (id), month_start date not null, fte numeric(17, 2) not null)");
            ddl.execute("create index allocation_project on allocation (project)");
            ddl.execute("create index allocation_month_role on allocation (month_start, role)");
            ddl.execute("create index allocation_resource on allocation (resource)");
        }
        db.setAutoCommit(false);
        try (PreparedStatement p = db.prepareStatement("insert into project values (?, ?, ?, ?, ?)")) {
            for (int i = 1; i <= projects; i++) {
                p.setLong(1, i);
                p.setString(2, "PRJ-" + i);
                p.setString(3, "Project " + i);
                p.setLong(4, 1 + i % 10);
                p.setObject(5, i % 3 == 0 ? null : (Object) (long) (1 + i % 50));
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement r = db.prepareStatement("insert into resource values (?, 'PERSON', ?, ?, null, ?, false)");
             PreparedStatement roles = db.prepareStatement("insert into resource_role values (?, ?)");
             PreparedStatement away = db.prepareStatement("insert into resource_absence values (?, ?, ?)")) {
            for (int i = 1; i <= people; i++) {
                r.setLong(1, i);
                r.setString(2, "Person " + i);
                r.setString(3, "Unit " + (i % 8));
                r.setBigDecimal(4, i % 5 == 0 ? new BigDecimal("0.5") : BigDecimal.ONE);
                r.addBatch();
                int role = random.nextInt(ROLES);
                roles.setLong(1, i);
                roles.setString(2, "Role " + role);
                roles.addBatch();
                if (i % 2 == 0) {
                    roles.setLong(1, i);
                    roles.setString(2, "Role " + (role + 1) % ROLES);
                    roles.addBatch();
                }
                for (int m = 0; m < MONTHS; m += 3) {
                    LocalDate first = FIRST.plusMonths(m + random.nextInt(3)).atDay(1 + random.nextInt(20));
                    away.setLong(1, i);
                    away.setObject(2, first);
                    away.setObject(3, first.plusDays(6));
                    away.addBatch();
                }
            }
            r.executeBatch();
            roles.executeBatch();
            away.executeBatch();
        }
        int count = 0;
        try (PreparedStatement a = db.prepareStatement(
                "insert into allocation (project, role, resource, month_start, fte) values (?, ?, ?, ?, ?)")) {
            for (int i = 1; i <= projects; i++) {
                int start = random.nextInt(7) - 3;  // 18 months around the period, 12 of them each
                for (int m = start; m < start + 12; m++) {
                    for (int k = 0; k < 4; k++) {
                        a.setLong(1, i);
                        a.setString(2, "Role " + random.nextInt(ROLES));
                        a.setObject(3, random.nextInt(4) == 0 ? (Object) (long) (1 + random.nextInt(people)) : null);
                        a.setObject(4, FIRST.plusMonths(m).atDay(1));
                        a.setBigDecimal(5, BigDecimal.valueOf(1 + random.nextInt(8), 1));
                        a.addBatch();
                        count++;
                    }
                }
                if (i % 100 == 0) a.executeBatch();
            }
            a.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        return count;
    }

    /** DemandStore.byRoleAndMonth, the pool and Utilisation.capacityFte: what the heatmap does. Returns its cells. */
    private static int heatmap(Connection db) throws Exception {
        Map<String, Map<LocalDate, BigDecimal>> demanded = new HashMap<>();
        try (PreparedStatement q = db.prepareStatement("select a.role, a.month_start, sum(a.fte) as fte from allocation a join project p on p.id = a.project"
                + " where a.month_start between ? and ?"
                + " and (cast(? as bigint) is null or p.portfolio = ?)"
                + " and (cast(? as bigint) is null or p.programme = ?)"
                + " group by a.role, a.month_start order by a.role, a.month_start")) {
            q.setObject(1, FIRST.atDay(1));
            q.setObject(2, FIRST.plusMonths(MONTHS - 1).atDay(1));
            for (int i = 3; i <= 6; i++) q.setObject(i, null);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    demanded.computeIfAbsent(rs.getString(1), r -> new HashMap<>())
                            .put(rs.getObject(2, LocalDate.class), rs.getBigDecimal(3));
                }
            }
        }
        // the pool, as Spring Data JDBC reads the aggregate: its rows, then its roles and absences
        record Person(double dailyHours, List<String> roles, List<LocalDate[]> absences) {
        }
        Map<Long, Person> pool = new HashMap<>();
        try (Statement s = db.createStatement()) {
            try (ResultSet rs = s.executeQuery("select id, hours_per_day, fte from resource where kind = 'PERSON' and not retired")) {
                while (rs.next()) {
                    BigDecimal hours = rs.getBigDecimal(2);
                    BigDecimal fte = rs.getBigDecimal(3);
                    pool.put(rs.getLong(1), new Person(hours != null ? hours.doubleValue()
                            : (fte == null ? 1 : fte.doubleValue()) * 8, new ArrayList<>(), new ArrayList<>()));
                }
            }
            try (ResultSet rs = s.executeQuery("select resource, role from resource_role order by resource, role")) {
                while (rs.next()) pool.get(rs.getLong(1)).roles().add(rs.getString(2));
            }
            try (ResultSet rs = s.executeQuery("select resource, first_day, last_day from resource_absence")) {
                while (rs.next()) {
                    pool.get(rs.getLong(1)).absences().add(new LocalDate[] {rs.getObject(2, LocalDate.class),
                            rs.getObject(3, LocalDate.class)});
                }
            }
        }
        Set<DayOfWeek> weekend = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        Map<String, double[]> capacity = new HashMap<>();
        for (Person person : pool.values()) {
            if (person.roles().isEmpty()) continue;
            for (String role : person.roles()) {
                double[] byMonth = capacity.computeIfAbsent(role, r -> new double[MONTHS]);
                for (int m = 0; m < MONTHS; m++) {
                    LocalDate first = FIRST.plusMonths(m).atDay(1);
                    LocalDate last = first.plusMonths(1).minusDays(1);
                    int working = 0;
                    int present = 0;
                    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                        if (weekend.contains(day.getDayOfWeek())) continue;
                        working++;
                        LocalDate d = day;
                        if (person.absences().stream().noneMatch(a -> !d.isBefore(a[0]) && !d.isAfter(a[1]))) present++;
                    }
                    byMonth[m] += present * person.dailyHours() / (working * 8.0) / person.roles().size();
                }
            }
        }
        Set<String> roles = new TreeSet<>(demanded.keySet());
        roles.addAll(capacity.keySet());
        int cells = 0;
        for (String role : roles) {
            for (int m = 0; m < MONTHS; m++) {
                BigDecimal d = demanded.getOrDefault(role, Map.of()).getOrDefault(FIRST.plusMonths(m).atDay(1),
                        BigDecimal.ZERO);
                double[] c = capacity.get(role);
                BigDecimal cap = BigDecimal.valueOf(c == null ? 0 : c[m]).setScale(2, java.math.RoundingMode.HALF_UP);
                if (cap.signum() > 0) d.multiply(BigDecimal.valueOf(100)).divide(cap, 0, java.math.RoundingMode.HALF_UP);
                cells++;
            }
        }
        return cells;
    }

    /** DemandStore.projectsOf for one cell. */
    private static void causes(Connection db) throws Exception {
        try (PreparedStatement q = db.prepareStatement("select p.id, p.code, p.name, sum(a.fte) as fte from allocation a join project p"
                + " on p.id = a.project where a.role = ? and a.month_start = ?"
                + " and (cast(? as bigint) is null or p.portfolio = ?)"
                + " and (cast(? as bigint) is null or p.programme = ?)"
                + " group by p.id, p.code, p.name order by sum(a.fte) desc, p.code")) {
            q.setString(1, "Role 3");
            q.setObject(2, FIRST.plusMonths(5).atDay(1));
            for (int i = 3; i <= 6; i++) q.setObject(i, null);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) rs.getLong(1);
            }
        }
    }
}

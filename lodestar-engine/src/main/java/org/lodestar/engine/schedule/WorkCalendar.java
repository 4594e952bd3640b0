package org.lodestar.engine.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * When work happens: a working week (periods per weekday) and exceptions (holidays, changed or extra hours).
 *
 * <p>Built once, the calendar is compiled into a table of the working minutes done before each day from 1900 to
 * 2199, so converting an instant to "working minutes so far" is one array read plus a walk over at most a few
 * periods, and the way back is one index read plus a short scan. Every scheduling step is a pair of these.
 */
public final class WorkCalendar {

    /** A working period within a day; {@code to} may be {@link LocalTime#MIDNIGHT} meaning the end of the day. */
    public record WorkingTime(LocalTime from, LocalTime to) {
        public WorkingTime {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!to.equals(LocalTime.MIDNIGHT) && !to.isAfter(from)) {
                throw new IllegalArgumentException("A working period must end after it starts: " + from + "-" + to);
            }
        }

        public static WorkingTime of(String from, String to) {
            return new WorkingTime(LocalTime.parse(from), to.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(to));
        }

        int fromMinute() {
            return from.getHour() * 60 + from.getMinute();
        }

        int toMinute() {
            return to.equals(LocalTime.MIDNIGHT) ? TimeAxis.MINUTES_PER_DAY : to.getHour() * 60 + to.getMinute();
        }
    }

    private static final List<WorkingTime> STANDARD_DAY =
            List.of(WorkingTime.of("08:00", "12:00"), WorkingTime.of("13:00", "17:00"));
    /** Work minutes per entry of {@link #dayOfWork}; about a working day so that the scan after it is short. */
    private static final int WORK_BLOCK_SHIFT = 8;

    private final String name;
    private final int minutesPerDay;
    private final int minutesPerWeek;
    private final int daysPerMonth;
    private final Map<DayOfWeek, List<WorkingTime>> week;
    private final List<ExceptionPeriod> exceptions;

    /** Working periods as minute-of-day pairs [from0, to0, from1, to1, ...], one array per distinct day shape. */
    private final int[][] shapes;
    /** Shape index of each day since the origin. */
    private final short[] dayShape;
    /** Working minutes done before each day; one longer than the number of days. */
    private final int[] workBefore;
    /** For each block of work, the last day on which the block's first minute is not yet done. */
    private final int[] dayOfWork;

    private record ExceptionPeriod(LocalDate from, LocalDate to, List<WorkingTime> periods) {
    }

    private WorkCalendar(Builder builder) {
        this.name = builder.name;
        this.minutesPerDay = builder.minutesPerDay;
        this.minutesPerWeek = builder.minutesPerWeek;
        this.daysPerMonth = builder.daysPerMonth;
        this.week = new EnumMap<>(builder.week);
        this.exceptions = List.copyOf(builder.exceptions);

        List<int[]> shapeList = new ArrayList<>();
        Map<List<WorkingTime>, Short> shapeIndex = new java.util.HashMap<>();
        short[] weekdayShape = new short[7];
        for (DayOfWeek day : DayOfWeek.values()) {
            weekdayShape[day.ordinal()] = shapeOf(week.get(day), shapeList, shapeIndex);
        }
        dayShape = new short[TimeAxis.DAYS];
        int originWeekday = TimeAxis.ORIGIN_DAY.getDayOfWeek().ordinal();
        for (int d = 0; d < dayShape.length; d++) {
            dayShape[d] = weekdayShape[(originWeekday + d) % 7];
        }
        for (ExceptionPeriod exception : exceptions) {
            short shape = shapeOf(exception.periods(), shapeList, shapeIndex);
            int first = Math.max(0, TimeAxis.day(exception.from()));
            int last = Math.min(dayShape.length - 1, TimeAxis.day(exception.to()));
            for (int d = first; d <= last; d++) {
                dayShape[d] = shape;
            }
        }
        shapes = shapeList.toArray(int[][]::new);

        int[] shapeMinutes = new int[shapes.length];
        for (int s = 0; s < shapes.length; s++) {
            for (int p = 0; p < shapes[s].length; p += 2) {
                shapeMinutes[s] += shapes[s][p + 1] - shapes[s][p];
            }
        }
        workBefore = new int[dayShape.length + 1];
        for (int d = 0; d < dayShape.length; d++) {
            workBefore[d + 1] = workBefore[d] + shapeMinutes[dayShape[d]];
        }
        int total = workBefore[dayShape.length];
        dayOfWork = new int[(total >>> WORK_BLOCK_SHIFT) + 1];
        int d = 0;
        for (int b = 0; b < dayOfWork.length; b++) {
            int firstMinute = (b << WORK_BLOCK_SHIFT) + 1;
            while (d + 1 < dayShape.length && workBefore[d + 1] < firstMinute) {
                d++;
            }
            dayOfWork[b] = d;
        }
    }

    private static short shapeOf(List<WorkingTime> periods, List<int[]> shapes, Map<List<WorkingTime>, Short> index) {
        List<WorkingTime> sorted = new ArrayList<>(periods);
        sorted.sort((a, b) -> Integer.compare(a.fromMinute(), b.fromMinute()));
        Short known = index.get(sorted);
        if (known != null) {
            return known;
        }
        int[] shape = new int[sorted.size() * 2];
        for (int i = 0; i < sorted.size(); i++) {
            shape[2 * i] = sorted.get(i).fromMinute();
            shape[2 * i + 1] = sorted.get(i).toMinute();
            if (i > 0 && shape[2 * i] < shape[2 * i - 1]) {
                throw new IllegalArgumentException("Working periods overlap: " + sorted);
            }
        }
        if (shapes.size() == Short.MAX_VALUE) {
            throw new IllegalArgumentException("Too many different working days in one calendar");
        }
        short id = (short) shapes.size();
        shapes.add(shape);
        index.put(List.copyOf(sorted), id);
        return id;
    }

    /** Monday to Friday, 08:00-12:00 and 13:00-17:00; 8 hours a day, 40 a week, 20 days a month. */
    public static WorkCalendar standard() {
        return builder("Standard").build();
    }

    /** A builder that starts from the standard week. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public int minutesPerDay() {
        return minutesPerDay;
    }

    public int minutesPerWeek() {
        return minutesPerWeek;
    }

    public int daysPerMonth() {
        return daysPerMonth;
    }

    public List<WorkingTime> workingTimes(DayOfWeek day) {
        return week.get(day);
    }


    /** Minutes of a typed duration, e.g. 2 days is 960 minutes on the standard calendar. */
    public int minutes(double amount, DurationUnit unit) {
        double minutes = switch (unit) {
            case MINUTES -> amount;
            case HOURS -> amount * 60;
            case DAYS -> amount * minutesPerDay;
            case WEEKS -> amount * minutesPerWeek;
            case MONTHS -> amount * daysPerMonth * minutesPerDay;
        };
        return (int) Math.round(minutes);
    }

    public double amount(int minutes, DurationUnit unit) {
        return switch (unit) {
            case MINUTES -> minutes;
            case HOURS -> minutes / 60.0;
            case DAYS -> minutes / (double) minutesPerDay;
            case WEEKS -> minutes / (double) minutesPerWeek;
            case MONTHS -> minutes / (double) (daysPerMonth * minutesPerDay);
        };
    }

    public boolean isWorking(LocalDate day) {
        return shapes[dayShape[dayIndex(day)]].length > 0;
    }

    public List<WorkingTime> workingTimes(LocalDate day) {
        int[] shape = shapes[dayShape[dayIndex(day)]];
        List<WorkingTime> periods = new ArrayList<>(shape.length / 2);
        for (int p = 0; p < shape.length; p += 2) {
            periods.add(new WorkingTime(LocalTime.MIN.plusMinutes(shape[p]),
                    shape[p + 1] == TimeAxis.MINUTES_PER_DAY ? LocalTime.MIDNIGHT : LocalTime.MIN.plusMinutes(shape[p + 1])));
        }
        return periods;
    }

    private static int dayIndex(LocalDate day) {
        int index = TimeAxis.day(day);
        if (index < 0 || index >= TimeAxis.DAYS) {
            throw new IllegalArgumentException("Date " + day + " is outside the years 1900 to 2199");
        }
        return index;
    }

    /** The earliest instant at which {@code workingMinutes} of work started at {@code instant} are done. */
    public int addWorking(int instant, int workingMinutes) {
        return finishOf(work(instant) + workingMinutes);
    }

    /** Working minutes from one instant to another; negative when {@code to} is before {@code from}. */
    public int workingMinutesBetween(int from, int to) {
        return work(to) - work(from);
    }

    /** Working minutes done from the origin up to the instant. */
    int work(int instant) {
        int day = instant / TimeAxis.MINUTES_PER_DAY;
        if (instant < 0 || day >= dayShape.length) {
            throw new IllegalArgumentException("Instant outside the years 1900 to 2199: " + instant);
        }
        int minute = instant - day * TimeAxis.MINUTES_PER_DAY;
        int done = workBefore[day];
        int[] shape = shapes[dayShape[day]];
        for (int p = 0; p < shape.length; p += 2) {
            if (minute <= shape[p]) {
                break;
            }
            done += Math.min(minute, shape[p + 1]) - shape[p];
        }
        return done;
    }

    /** The earliest instant at which {@code work} minutes are done: a finish, at the end of a working period. */
    int finishOf(int work) {
        if (work <= 0) {
            return 0;
        }
        int block = (work - 1) >>> WORK_BLOCK_SHIFT;
        if (block >= dayOfWork.length || work > workBefore[dayShape.length]) {
            throw new IllegalArgumentException("Calendar " + name + " has no working time left before 2200");
        }
        int day = dayOfWork[block];
        while (workBefore[day + 1] < work) {
            day++;
        }
        int remaining = work - workBefore[day];
        int[] shape = shapes[dayShape[day]];
        for (int p = 0; ; p += 2) {
            int length = shape[p + 1] - shape[p];
            if (remaining <= length) {
                return day * TimeAxis.MINUTES_PER_DAY + shape[p] + remaining;
            }
            remaining -= length;
        }
    }

    /** The latest instant at which exactly {@code work} minutes are done: a start, at the next working minute. */
    int startOf(int work) {
        return finishOf(work + 1) - 1;
    }

    @Override
    public String toString() {
        return "WorkCalendar[" + name + "]";
    }

    public static final class Builder {
        private final String name;
        private final Map<DayOfWeek, List<WorkingTime>> week = new EnumMap<>(DayOfWeek.class);
        private final List<ExceptionPeriod> exceptions = new ArrayList<>();
        private int minutesPerDay = 480;
        private int minutesPerWeek = 2400;
        private int daysPerMonth = 20;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
            for (DayOfWeek day : DayOfWeek.values()) {
                week.put(day, day.getValue() <= 5 ? STANDARD_DAY : List.of());
            }
        }

        /** The working periods of a weekday; none makes it a non-working day. */
        public Builder workingTimes(DayOfWeek day, WorkingTime... periods) {
            week.put(day, List.of(periods));
            return this;
        }

        /** Days from {@code from} to {@code to} inclusive work these periods instead; none makes them holidays. */
        public Builder exception(LocalDate from, LocalDate to, WorkingTime... periods) {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("An exception must end on or after its start: " + from + " to " + to);
            }
            exceptions.add(new ExceptionPeriod(from, to, List.of(periods)));
            return this;
        }

        public Builder holiday(LocalDate day) {
            return exception(day, day);
        }

        public Builder minutesPerDay(int minutes) {
            this.minutesPerDay = positive(minutes, "minutes per day");
            return this;
        }

        public Builder minutesPerWeek(int minutes) {
            this.minutesPerWeek = positive(minutes, "minutes per week");
            return this;
        }

        public Builder daysPerMonth(int days) {
            this.daysPerMonth = positive(days, "days per month");
            return this;
        }

        private static int positive(int value, String what) {
            if (value <= 0) {
                throw new IllegalArgumentException("The " + what + " must be positive: " + value);
            }
            return value;
        }

        public WorkCalendar build() {
            return new WorkCalendar(this);
        }
    }
}

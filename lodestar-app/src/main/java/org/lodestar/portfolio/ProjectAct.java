package org.lodestar.portfolio;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The acts of a project's life and the one table of which state allows which: an act not allowed from the
 * project's state is refused (409). {@link #MOVE} keeps the state; every other act ends in its {@link #to()}.
 */
public enum ProjectAct {
    /** A cancelled proposal is put forward again. */
    PROPOSE("propose", EnumSet.of(ProjectState.CANCELLED), ProjectState.PROPOSED),
    /** A proposal is approved and starts. */
    ACTIVATE("activate", EnumSet.of(ProjectState.PROPOSED), ProjectState.ACTIVE),
    PUT_ON_HOLD("put-on-hold", EnumSet.of(ProjectState.ACTIVE), ProjectState.ON_HOLD),
    RESUME("resume", EnumSet.of(ProjectState.ON_HOLD), ProjectState.ACTIVE),
    /** The project delivered (or stopped on purpose after running): its records stay as they are. */
    CLOSE("close", EnumSet.of(ProjectState.ACTIVE, ProjectState.ON_HOLD), ProjectState.CLOSED),
    /** The project is abandoned before it delivered. */
    CANCEL("cancel", EnumSet.of(ProjectState.PROPOSED, ProjectState.ACTIVE, ProjectState.ON_HOLD),
            ProjectState.CANCELLED),
    /** The project changes portfolio or programme; a closed or cancelled one stays where it ran. */
    MOVE("move", EnumSet.of(ProjectState.PROPOSED, ProjectState.ACTIVE, ProjectState.ON_HOLD), null);

    private final String path;
    private final Set<ProjectState> from;
    private final ProjectState to;

    ProjectAct(String path, Set<ProjectState> from, ProjectState to) {
        this.path = path;
        this.from = from;
        this.to = to;
    }

    /** The act's segment in the API ({@code POST /api/v1/projects/{id}/put-on-hold}) and page routes. */
    public String path() {
        return path;
    }

    /** The state the act ends in; null for {@link #MOVE}, which keeps the state. */
    public ProjectState to() {
        return to;
    }

    public boolean allowedFrom(ProjectState state) {
        return from.contains(state);
    }

    /** The acts the table allows from {@code state}, in declaration order. */
    public static List<ProjectAct> allowedFrom(ProjectState state, boolean withMove) {
        return Arrays.stream(values()).filter(act -> act.allowedFrom(state) && (withMove || act != MOVE)).toList();
    }

    /** The act that takes a project from {@code from} to {@code to}, if the table has one. */
    public static Optional<ProjectAct> between(ProjectState from, ProjectState to) {
        return Arrays.stream(values()).filter(act -> act.to == to && act.allowedFrom(from)).findFirst();
    }

    /** The act of an API path segment ({@code put-on-hold}), if there is one. */
    public static Optional<ProjectAct> ofPath(String path) {
        return Arrays.stream(values()).filter(act -> act.path.equals(path)).findFirst();
    }

    public String messageKey() {
        return "project.act." + name();
    }
}

package org.lodestar.platform;

import java.time.LocalDate;
import java.util.List;

/**
 * A module's part of each person's to-dos (reports due, requests and gates to decide, timesheets to approve): a
 * bean implementing it is asked, for the person signed in, what waits for them today. It answers only what that
 * person may act on (their rights are the module's to apply), and nothing for someone it has nothing for.
 */
public interface ToDoSource {

    List<ToDo> toDos(Actor actor, LocalDate today);
}

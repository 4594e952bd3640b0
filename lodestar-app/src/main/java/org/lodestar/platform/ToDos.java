package org.lodestar.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The to-dos of the person signed in, gathered from every module's {@link ToDoSource}: overdue first, then by the
 * day they are due (undated last). All of them: each source answers only what waits for this person.
 */
@Service
public class ToDos {

    private final ObjectProvider<ToDoSource> sources;
    private final CurrentUser currentUser;
    private final Clock clock;

    ToDos(ObjectProvider<ToDoSource> sources, CurrentUser currentUser, Clock clock) {
        this.sources = sources;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ToDo> mine() {
        Actor actor = currentUser.actor();
        LocalDate today = LocalDate.now(clock);
        List<ToDo> all = new ArrayList<>();
        sources.orderedStream().forEach(source -> all.addAll(source.toDos(actor, today)));
        all.sort(Comparator.comparing(ToDo::overdue).reversed()
                .thenComparing(ToDo::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return List.copyOf(all);
    }
}

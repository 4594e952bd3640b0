package org.lodestar.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.lodestar.support.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class AuditedChangesIntegrationTests extends IntegrationTestSupport {

    private static final AtomicLong IDS = new AtomicLong(900_000);

    @Autowired
    AuditedChanges changes;

    @Autowired
    AuditTrail audit;

    @Autowired
    PlatformTransactionManager transactions;

    /** A record kept in memory, saved as a copy with the next version, as Spring Data JDBC does. */
    static final class Note {
        Long id;
        long version;
        String title;
        String body;

        Note(Long id, long version, String title, String body) {
            this.id = id;
            this.version = version;
            this.title = title;
            this.body = body;
        }
    }

    private final Map<Long, Note> stored = new HashMap<>();

    private final AuditedChanges.Kind<Note> notes = new AuditedChanges.Kind<>("test-note",
            id -> Optional.ofNullable(stored.get(id)).map(note -> new Note(note.id, note.version, note.title, note.body)),
            note -> {
                Note saved = new Note(note.id == null ? IDS.incrementAndGet() : note.id,
                        note.id == null ? 0 : note.version + 1, note.title, note.body);
                stored.put(saved.id, saved);
                return saved;
            },
            note -> note.id, note -> note.version, note -> note.title, AuditedChangesIntegrationTests::snapshot);

    private static Map<String, String> snapshot(Note note) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("title", note.title);
        snapshot.put("body", note.body);
        return snapshot;
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }

    @Test
    void aChangeFromTheStoredVersionIsSavedAndOnlyItsChangedFieldsAreAudited() {
        Note created = inTransaction(() -> changes.create(notes, new Note(null, 0, "Kick-off", "Agenda")));

        Note changed = inTransaction(() -> changes.change(notes, changes.load(notes, created.id), 0L)
                .apply(note -> note.body = "Agenda and minutes"));

        assertThat(changed.version).isEqualTo(1);
        assertThat(stored.get(created.id).body).isEqualTo("Agenda and minutes");
        var history = audit.history("test-note", created.id);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).action()).isEqualTo(AuditEvent.Action.UPDATE);
        assertThat(history.get(0).changes()).containsExactly(new FieldChange("body", "Agenda", "Agenda and minutes"));
        assertThat(history.get(1).action()).isEqualTo(AuditEvent.Action.CREATE);
    }

    @Test
    void aStaleOrMissingVersionIsRefusedBeforeTheActAndNothingIsWritten() {
        Note created = inTransaction(() -> changes.create(notes, new Note(null, 0, "Review", "Draft")));
        inTransaction(() -> changes.change(notes, changes.load(notes, created.id), 0L).apply(note -> note.body = "v1"));

        assertThatThrownBy(() -> inTransaction(() -> changes.change(notes, changes.load(notes, created.id), 0L)
                .apply(note -> note.body = "lost update"))).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> inTransaction(() -> changes.change(notes, changes.load(notes, created.id), null)
                .apply(note -> note.body = "no version"))).isInstanceOf(InvalidInputException.class);

        assertThat(stored.get(created.id).body).isEqualTo("v1");
        assertThat(audit.history("test-note", created.id)).hasSize(2);
    }

    @Test
    void writingOutsideATransactionIsRefusedBeforeAnythingIsSaved() {
        int before = stored.size();
        assertThatThrownBy(() -> changes.create(notes, new Note(null, 0, "Loose", "")))
                .isInstanceOf(IllegalTransactionStateException.class);
        Note created = inTransaction(() -> changes.create(notes, new Note(null, 0, "Bound", "")));
        AuditedChanges.Change<Note> change = changes.change(notes, changes.load(notes, created.id), 0L);

        assertThatThrownBy(() -> change.apply(note -> note.body = "loose")).isInstanceOf(IllegalTransactionStateException.class);
        assertThat(stored).hasSize(before + 1);
        assertThat(stored.get(created.id).body).isEmpty();
    }

    @Test
    void anUnknownIdIsNotFound() {
        assertThatThrownBy(() -> changes.load(notes, 42)).isInstanceOf(NotFoundException.class);
    }
}

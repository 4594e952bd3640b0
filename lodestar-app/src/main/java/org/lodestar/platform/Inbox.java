package org.lodestar.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lodestar.platform.internal.NoticeMailer;
import org.lodestar.platform.internal.NoticeStore;
import org.lodestar.platform.internal.NoticeTexts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Everyone's notices: modules send them (from listeners to their events, after the change committed), each
 * recipient reads theirs in the app and gets them by mail, both in their language. Notices are stored as a message
 * key and arguments, so the same notice reads in English for one person and Japanese for another.
 */
@Service
public class Inbox {

    static final String AUDIT_TYPE = "notice";

    private final NoticeStore store;
    private final NoticeMailer mailer;
    private final NoticeTexts texts;
    private final People people;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    Inbox(NoticeStore store, NoticeMailer mailer, NoticeTexts texts, People people, AuditTrail audit,
          CurrentUser currentUser, Clock clock) {
        this.audit = audit;
        this.store = store;
        this.mailer = mailer;
        this.texts = texts;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Stores the notice for each enabled recipient (once each) and mails it to those with an address, in their
     * preferred language. Recipients who are unknown or disabled are left out. A notice with a {@code onceKey}
     * already sent is not sent again. The notice is stored in the caller's transaction and mailed once it has
     * committed (at once without one), so a change that is rolled back tells nobody. A failed mail is logged,
     * never thrown.
     *
     * @return how many people were notified
     */
    @Transactional
    public int send(Collection<UserId> recipients, Notice notice) {
        if (notice.onceKey() != null && store.sent(notice.onceKey())) return 0;
        Map<Long, Person> everyone = people.byId();
        Instant now = Instant.now(clock);
        int sent = 0;
        for (long recipient : recipients.stream().map(UserId::value).distinct().toList()) {
            Person person = everyone.get(recipient);
            if (person == null || !person.enabled()) continue;
            store.add(recipient, notice, now);
            afterCommit(() -> mailer.send(person, notice));
            sent++;
        }
        return sent;
    }

    /** Whether a notice with this once-key went out. */
    @Transactional(readOnly = true)
    public boolean sent(String onceKey) {
        return store.sent(onceKey);
    }

    /** The reader's latest notices, newest first, at most {@code limit}, in the request's language. */
    @Transactional(readOnly = true)
    public List<InboxItem> mine(int limit) {
        return rendered(store.of(currentUser.actor().id().value(), null, limit));
    }

    /** The reader's latest notices about one kind of record ({@code projectRequest}), newest first. */
    @Transactional(readOnly = true)
    public List<InboxItem> mineAbout(String topic, int limit) {
        return rendered(store.of(currentUser.actor().id().value(), topic, limit));
    }

    /** How many of the reader's notices are unread; 0 for nobody signed in. */
    @Transactional(readOnly = true)
    public long unread() {
        return currentUser.find().map(actor -> store.unread(actor.id().value())).orElse(0L);
    }

    /** Marks all the reader's notices read. */
    @Transactional
    public void markAllRead() {
        store.markRead(currentUser.actor().id().value(), null, null, Instant.now(clock));
    }

    /** Marks one of the reader's notices read; another person's notice is not found. */
    @Transactional
    public void markRead(long id) {
        if (!store.markRead(currentUser.actor().id().value(), id, null, Instant.now(clock))) {
            throw new NotFoundException("notice " + id);
        }
    }

    /** The reader has seen the record: their notices about it are read. */
    @Transactional
    public void markReadAbout(String topic, long topicId) {
        currentUser.find().ifPresent(actor -> store.markRead(actor.id().value(), null,
                new NoticeStore.Topic(topic, topicId), Instant.now(clock)));
    }

    /**
     * Withdraws every notice about a record that is gone (their links would lead nowhere), one audit entry
     * ({@code notice}) each saying to whom it went and why it was withdrawn; how many. Runs in the caller's
     * transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int withdrawAbout(String topic, long topicId, String reason) {
        NoticeStore.Topic about = new NoticeStore.Topic(topic, topicId);
        List<NoticeStore.Addressed> notices = store.about(about);
        Map<Long, Person> everyone = people.byId();
        for (NoticeStore.Addressed notice : notices) {
            Person person = everyone.get(notice.recipient());
            Map<String, String> snapshot = new LinkedHashMap<>();
            snapshot.put("recipient", person == null ? "#" + notice.recipient() : person.displayName());
            snapshot.put("message", notice.messageKey());
            snapshot.put("reason", reason);
            audit.deleted(AUDIT_TYPE, notice.id(), topic + " " + topicId + " " + notice.messageKey(), snapshot);
        }
        store.deleteAbout(about);
        return notices.size();
    }

    private static void afterCommit(Runnable mail) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            mail.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                mail.run();
            }
        });
    }

    private List<InboxItem> rendered(List<NoticeStore.Stored> stored) {
        Locale locale = LocaleContextHolder.getLocale();
        return stored.stream().map(notice -> new InboxItem(notice.id(), notice.messageKey(), notice.arguments(),
                texts.line(notice.messageKey(), notice.arguments(), locale), notice.link(), notice.topic(),
                notice.topicId(), notice.createdAt(), notice.read())).toList();
    }
}

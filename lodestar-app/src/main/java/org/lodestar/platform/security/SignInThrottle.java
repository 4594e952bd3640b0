package org.lodestar.platform.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.lodestar.platform.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password and token guessing (OWASP ASVS V2.2.1): failed sign-ins are counted per account and per
 * client address in the database, so that every node sees the same count. After {@code account-failures} failures
 * in a row an account is locked, and a client address after {@code address-failures}, for 30 s, doubling with each
 * further failure up to {@code longest-lock}. While locked, sign-ins are refused before any password is checked,
 * the right one too; the lock expires by itself, and an administrator can lift it. A success clears the account's
 * count; a quiet {@code window} clears any. Unknown usernames count against the address only, so that guessing
 * names fills no table. Each lock, and each lift, is in the audit trail.
 */
@Service
public class SignInThrottle {

    static final String AUDIT_TYPE = "signInLock";
    private static final Duration FIRST_LOCK = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final int accountFailures;
    private final int addressFailures;
    private final Duration longestLock;
    private final Duration window;

    SignInThrottle(JdbcClient jdbc, AuditTrail audit, Clock clock,
                   @Value("${lodestar.sign-in.account-failures}") int accountFailures,
                   @Value("${lodestar.sign-in.address-failures}") int addressFailures,
                   @Value("${lodestar.sign-in.longest-lock}") Duration longestLock,
                   @Value("${lodestar.sign-in.window}") Duration window) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.accountFailures = accountFailures;
        this.addressFailures = addressFailures;
        this.longestLock = longestLock;
        this.window = window;
    }

    /** Thrown when the account or the client address is locked; says for how long. */
    public static final class Locked extends org.springframework.security.authentication.LockedException {
        private final Duration retryAfter;

        Locked(Duration retryAfter) {
            super("too many failed sign-ins");
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** Refuses a sign-in while its account (if named) or its client address is locked. */
    @Transactional(readOnly = true)
    public void check(String username, String address) {
        Instant now = clock.instant();
        Optional<Instant> until = lockedUntil(account(username)).filter(now::isBefore);
        Optional<Instant> addressUntil = lockedUntil(address(address)).filter(now::isBefore);
        Instant latest = until.orElse(null);
        if (addressUntil.isPresent() && (latest == null || addressUntil.get().isAfter(latest))) latest = addressUntil.get();
        if (latest != null) throw new Locked(Duration.between(now, latest).plusSeconds(1).withNanos(0));
    }

    /** Counts a failure against the client address, and against the account when it exists. */
    @Transactional
    public void failed(String existingUsername, String address) {
        if (existingUsername != null) count(account(existingUsername), accountFailures);
        count(address(address), addressFailures);
    }

    @Transactional
    public void succeeded(String username) {
        jdbc.sql("delete from sign_in_throttle where subject = :subject").param("subject", account(username)).update();
    }

    /** An administrator's lift of an account's lock (and count); false when there was none. Audited. */
    @Transactional
    public boolean lift(String username) {
        String subject = account(username);
        Optional<Map<String, Object>> row = jdbc.sql("select id, failures, locked_until from sign_in_throttle "
                + "where subject = :subject").param("subject", subject).query().listOfRows().stream().findFirst();
        if (row.isEmpty()) return false;
        jdbc.sql("delete from sign_in_throttle where subject = :subject").param("subject", subject).update();
        long id = ((Number) row.get().get("id")).longValue();
        Object until = row.get().get("locked_until");
        audit.deleted(AUDIT_TYPE, id, "lifted " + subject, snapshot(subject,
                ((Number) row.get().get("failures")).intValue(), until == null ? null : toInstant(until)));
        return true;
    }

    /** When an account's lock ends, if it is locked now. */
    @Transactional(readOnly = true)
    public Optional<Instant> accountLockedUntil(String username) {
        return lockedUntil(account(username)).filter(clock.instant()::isBefore);
    }

    private void count(String subject, int threshold) {
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        Timestamp windowStart = Timestamp.from(now.minus(window));
        String bump = "update sign_in_throttle set failures = case when last_failure < :windowStart then 1 "
                + "else failures + 1 end, last_failure = :at where subject = :subject";
        if (jdbc.sql(bump).param("windowStart", windowStart).param("at", at).param("subject", subject).update() == 0) {
            try {
                jdbc.sql("insert into sign_in_throttle (subject, failures, last_failure) values (:subject, 1, :at)")
                        .param("subject", subject).param("at", at).update();
            } catch (DuplicateKeyException anotherNodeCountedFirst) {
                jdbc.sql(bump).param("windowStart", windowStart).param("at", at).param("subject", subject).update();
            }
        }
        Map<String, Object> row = jdbc.sql("select id, failures, locked_until from sign_in_throttle "
                + "where subject = :subject").param("subject", subject).query().singleRow();
        int failures = ((Number) row.get("failures")).intValue();
        if (failures < threshold) return;
        Instant until = now.plus(lockFor(failures - threshold));
        jdbc.sql("update sign_in_throttle set locked_until = :until where subject = :subject")
                .param("until", Timestamp.from(until)).param("subject", subject).update();
        long id = ((Number) row.get("id")).longValue();
        Object before = row.get("locked_until");
        if (failures == threshold || before == null) {
            audit.created(AUDIT_TYPE, id, "locked " + subject, snapshot(subject, failures, until));
        } else {
            audit.updated(AUDIT_TYPE, id, "locked " + subject, snapshot(subject, failures - 1, toInstant(before)),
                    snapshot(subject, failures, until));
        }
    }

    /** 30 s for the failure that reaches the threshold, doubling for each one after, up to the longest lock. */
    Duration lockFor(int failuresPastThreshold) {
        Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(failuresPastThreshold, 20));
        return lock.compareTo(longestLock) > 0 ? longestLock : lock;
    }

    private Optional<Instant> lockedUntil(String subject) {
        if (subject == null) return Optional.empty();
        return jdbc.sql("select locked_until from sign_in_throttle where subject = :subject")
                .param("subject", subject).query().singleColumn().stream().filter(java.util.Objects::nonNull)
                .map(SignInThrottle::toInstant).findFirst();
    }

    private static Instant toInstant(Object timestamp) {
        if (timestamp instanceof Timestamp sql) return sql.toInstant();
        if (timestamp instanceof java.time.OffsetDateTime offset) return offset.toInstant();
        return Instant.parse(timestamp.toString());
    }

    private static Map<String, String> snapshot(String subject, int failures, Instant until) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("subject", subject);
        snapshot.put("failures", Integer.toString(failures));
        if (until != null) snapshot.put("lockedUntil", until.toString());
        return snapshot;
    }

    private static String account(String username) {
        return username == null || username.isBlank() ? null : "account:" + username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static String address(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}

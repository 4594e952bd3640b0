package org.lodestar.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: a user creates and revokes their own. The secret is shown once, at creation; only its
 * SHA-256 hash is stored (a token is random and long, so a fast hash is enough, unlike a password).
 */
@Service
public class ApiTokens {

    /** Every secret starts with this, so that leaked tokens are easy to find in logs and code. */
    public static final String SECRET_PREFIX = "lst_";
    private static final SecureRandom RANDOM = new SecureRandom();

    static final String AUDIT_TYPE = "apiToken";

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** A token of the signed-in user as listed to them; never the secret. */
    public record Token(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        public boolean active() {
            return revokedAt == null;
        }
    }

    /** The result of creating a token: the only time the secret is available. */
    public record CreatedToken(Token token, String secret) {
    }

    /** Creates a token named by the user (1 to 80 characters); the answer holds its secret. */
    @Transactional
    public CreatedToken create(String name) {
        Actor actor = currentUser.actor();
        if (name == null || name.isBlank() || name.strip().length() > 80) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("name", "validation.tokenName")));
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String prefix = secret.substring(0, 10);
        Instant now = Instant.now(clock);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into api_token (app_user, name, token_hash, prefix, created_at) "
                        + "values (:user, :name, :hash, :prefix, :now)")
                .param("user", actor.id().value()).param("name", name.strip()).param("hash", hash(secret))
                .param("prefix", prefix).param("now", Timestamp.from(now))
                .update(key, "id");
        Token token = new Token(key.getKey().longValue(), name.strip(), prefix, now, null, null);
        audit.created(AUDIT_TYPE, token.id(), token.name(), Map.of("name", token.name(), "prefix", prefix));
        return new CreatedToken(token, secret);
    }

    @Transactional(readOnly = true)
    public List<Token> mine() {
        return jdbc.sql("select id, name, prefix, created_at, last_used_at, revoked_at from api_token "
                        + "where app_user = :user order by id desc")
                .param("user", currentUser.actor().id().value())
                .query((rs, row) -> new Token(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4)),
                        instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))))
                .list();
    }

    /** Revokes one of the signed-in user's tokens; another user's token is "not found". */
    @Transactional
    public void revoke(long tokenId) {
        int updated = jdbc.sql("update api_token set revoked_at = :now "
                        + "where id = :id and app_user = :user and revoked_at is null")
                .param("now", Timestamp.from(Instant.now(clock))).param("id", tokenId)
                .param("user", currentUser.actor().id().value())
                .update();
        if (updated == 0) throw new NotFoundException("token " + tokenId);
        auditRevoked(tokenId);
    }

    /**
     * Revokes every active token of a person whose password changed: a token is a standing password, and whoever
     * changes a password because it leaked expects every door it opened to close. One audit entry a token.
     */
    void revokeAllOf(long user) {
        List<Long> active = jdbc.sql("select id from api_token where app_user = :user and revoked_at is null")
                .param("user", user).query(Long.class).list();
        jdbc.sql("update api_token set revoked_at = :now where app_user = :user and revoked_at is null")
                .param("now", Timestamp.from(Instant.now(clock))).param("user", user).update();
        active.forEach(this::auditRevoked);
    }

    private void auditRevoked(long tokenId) {
        audit.updated(AUDIT_TYPE, tokenId, "token " + tokenId, Map.of("active", "true"), Map.of("active", "false"));
    }

    /**
     * The user id an active token belongs to, noting when it was last used (to the minute); empty for unknown or
     * revoked tokens.
     */
    @Transactional
    public Optional<Long> authenticate(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX)) return Optional.empty();
        String hash = hash(secret);
        Optional<Long> user = jdbc.sql("select app_user from api_token where token_hash = :hash and revoked_at is null")
                .param("hash", hash).query(Long.class).optional();
        // at most one write a minute per token, not one per call
        Instant now = Instant.now(clock);
        user.ifPresent(id -> jdbc.sql("update api_token set last_used_at = :now where token_hash = :hash"
                        + " and (last_used_at is null or last_used_at < :minuteAgo)")
                .param("now", Timestamp.from(now)).param("hash", hash)
                .param("minuteAgo", Timestamp.from(now.minusSeconds(60))).update());
        return user;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

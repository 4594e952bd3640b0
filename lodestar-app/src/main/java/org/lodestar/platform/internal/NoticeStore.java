package org.lodestar.platform.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestar.platform.Notice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** People's notices ({@code notice}) and their arguments ({@code notice_argument}). */
@Repository
public class NoticeStore {

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A record a notice is about. */
    public record Topic(String type, long id) {
    }

    /** A notice as stored. */
    public record Stored(long id, String messageKey, List<String> arguments, String link, String topic, Long topicId,
                         Instant createdAt, boolean read) {
    }

    public void add(long recipient, Notice notice, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into notice (recipient, message_key, link, topic, topic_id, once_key, created_at) "
                        + "values (:recipient, :key, :link, :topic, :topicId, :once, :at)")
                .param("recipient", recipient).param("key", notice.messageKey()).param("link", notice.link())
                .param("topic", notice.topic()).param("topicId", notice.topicId()).param("once", notice.onceKey())
                .param("at", Timestamp.from(now)).update(key, "id");
        long id = key.getKey().longValue();
        for (int position = 0; position < notice.arguments().size(); position++) {
            jdbc.sql("insert into notice_argument (notice, position, argument_value) values (:notice, :position, :value)")
                    .param("notice", id).param("position", position).param("value", notice.arguments().get(position))
                    .update();
        }
    }

    /** Whether a notice with this once-key was sent to anybody. */
    public boolean sent(String onceKey) {
        return jdbc.sql("select count(*) from notice where once_key = :once").param("once", onceKey)
                .query(Long.class).single() > 0;
    }

    /** The recipient's latest notices (about one kind of record when {@code topic} is given), newest first. */
    public List<Stored> of(long recipient, String topic, int limit) {
        List<Stored> notices = jdbc.sql("select id, message_key, link, topic, topic_id, created_at, read_at from notice "
                        + "where recipient = :recipient" + (topic == null ? "" : " and topic = :topic")
                        + " order by created_at desc, id desc limit :limit")
                .param("recipient", recipient).param("limit", limit).params(topic == null ? Map.of() : Map.of("topic", topic))
                .query((rs, row) -> new Stored(rs.getLong(1), rs.getString(2), List.of(), rs.getString(3),
                        rs.getString(4), rs.getObject(5, Long.class), rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7) != null))
                .list();
        if (notices.isEmpty()) return notices;
        Map<Long, List<String>> arguments = new LinkedHashMap<>();
        jdbc.sql("select notice, argument_value from notice_argument where notice in (:ids) order by notice, position")
                .param("ids", notices.stream().map(Stored::id).toList())
                .query(rs -> {
                    String value = rs.getString(2);
                    arguments.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(value == null ? "" : value);
                });
        return notices.stream().map(notice -> new Stored(notice.id(), notice.messageKey(),
                arguments.getOrDefault(notice.id(), List.of()), notice.link(), notice.topic(), notice.topicId(),
                notice.createdAt(), notice.read())).toList();
    }

    public long unread(long recipient) {
        return jdbc.sql("select count(*) from notice where recipient = :recipient and read_at is null")
                .param("recipient", recipient).query(Long.class).single();
    }

    /**
     * Marks the recipient's unread notices read: all of them, the one with this id, or those about this topic.
     * Whether the one notice is the recipient's (it may have been read already).
     */
    public boolean markRead(long recipient, Long id, Topic topic, Instant now) {
        StringBuilder sql = new StringBuilder("update notice set read_at = :now where recipient = :recipient "
                + "and read_at is null");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("now", Timestamp.from(now));
        parameters.put("recipient", recipient);
        if (id != null) {
            sql.append(" and id = :id");
            parameters.put("id", id);
        }
        if (topic != null) {
            sql.append(" and topic = :topic and topic_id = :topicId");
            parameters.put("topic", topic.type());
            parameters.put("topicId", topic.id());
        }
        jdbc.sql(sql.toString()).params(parameters).update();
        if (id == null) return true;
        return jdbc.sql("select count(*) from notice where id = :id and recipient = :recipient")
                .param("id", id).param("recipient", recipient).query(Long.class).single() > 0;
    }

    /** A notice about a record, as its audit entry names it. */
    public record Addressed(long id, long recipient, String messageKey) {
    }

    /** The notices about one record, whoever received them. */
    public List<Addressed> about(Topic topic) {
        return jdbc.sql("select id, recipient, message_key from notice where topic = :type and topic_id = :id order by id")
                .param("type", topic.type()).param("id", topic.id())
                .query((rs, row) -> new Addressed(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
    }

    /** Deletes the notices about one record (their arguments go with them). */
    public void deleteAbout(Topic topic) {
        jdbc.sql("delete from notice where topic = :type and topic_id = :id")
                .param("type", topic.type()).param("id", topic.id()).update();
    }
}

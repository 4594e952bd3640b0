package org.lodestar.intake.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lodestar.intake.Attachment;
import org.lodestar.intake.AttachmentContent;
import org.lodestar.intake.RequestComment;
import org.lodestar.intake.RequestState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What belongs to requests outside their aggregate: comments, attachments, the rows of the queues, and the
 * scenarios' candidates.
 */
@Repository
public class IntakeRecords {

    private final JdbcClient jdbc;

    IntakeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A request as the to-do list needs it, without its aggregate's collections. */
    public record OpenRequest(long id, String code, String title, RequestState state, Instant stateSince,
                              long requester, Long portfolio) {
    }

    /** The requests in these states, oldest in its state first (then by id), in one query. */
    public List<OpenRequest> inStates(List<RequestState> states) {
        return jdbc.sql("select id, code, title, state, state_since, requester, portfolio from project_request "
                        + "where state in (:states) order by state_since, id")
                .param("states", states.stream().map(RequestState::name).toList())
                .query((rs, row) -> new OpenRequest(rs.getLong(1), rs.getString(2), rs.getString(3),
                        RequestState.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant(), rs.getLong(6),
                        rs.getObject(7, Long.class)))
                .list();
    }

    /** The stored values of a field on the requests of a type, by request code in code order. */
    public java.util.Map<String, String> fieldValues(long type, String fieldKey) {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        jdbc.sql("select r.code, v.field_value from project_request_value v "
                        + "join project_request r on r.id = v.project_request "
                        + "where r.request_type = :type and v.field_key = :key order by r.code")
                .param("type", type).param("key", fieldKey)
                .query(rs -> {
                    values.put(rs.getString(1), rs.getString(2));
                });
        return values;
    }

    public void comment(long request, long author, Instant at, String kind, String body) {
        jdbc.sql("insert into project_request_comment (project_request, author, written_at, kind, body) "
                        + "values (:request, :author, :at, :kind, :body)")
                .param("request", request).param("author", author).param("at", Timestamp.from(at))
                .param("kind", kind).param("body", body).update();
    }

    public List<RequestComment> comments(long request) {
        return jdbc.sql("select u.display_name, c.written_at, c.kind, c.body from project_request_comment c "
                        + "join app_user u on u.id = c.author where c.project_request = :request order by c.id")
                .param("request", request)
                .query((rs, row) -> new RequestComment(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        rs.getString(3), rs.getString(4)))
                .list();
    }

    public long attach(long request, String fieldKey, String fileName, String contentType, byte[] content,
                       long uploadedBy, Instant at) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into project_request_attachment (project_request, field_key, file_name, content_type, "
                        + "size_bytes, content, uploaded_by, uploaded_at) "
                        + "values (:request, :field, :name, :type, :size, :content, :by, :at)")
                .param("request", request).param("field", fieldKey).param("name", fileName)
                .param("type", contentType).param("size", (long) content.length).param("content", content)
                .param("by", uploadedBy).param("at", Timestamp.from(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    public List<Attachment> attachments(long request) {
        return jdbc.sql("select a.id, a.field_key, a.file_name, a.content_type, a.size_bytes, u.display_name, "
                        + "a.uploaded_at from project_request_attachment a join app_user u on u.id = a.uploaded_by "
                        + "where a.project_request = :request order by a.id")
                .param("request", request)
                .query((rs, row) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    public Optional<AttachmentContent> attachment(long request, long attachment) {
        return jdbc.sql("select file_name, content_type, content from project_request_attachment "
                        + "where id = :id and project_request = :request")
                .param("id", attachment).param("request", request)
                .query((rs, row) -> new AttachmentContent(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    /** Removes an attachment of the request; false when the request has no such attachment. */
    public boolean removeAttachment(long request, long attachment) {
        return jdbc.sql("delete from project_request_attachment where id = :id and project_request = :request")
                .param("id", attachment).param("request", request).update() > 0;
    }

    /** Rows of requests in the given states (all when empty), optionally of one requester, oldest in state first. */
    public List<Row> rows(List<RequestState> states, Long requester) {
        return rows(states, requester, false);
    }

    /**
     * Rows of requests in the given states (all when empty) as one reader may list them, oldest in state first:
     * the reader's own, and with {@code othersButDrafts} everyone else's except their drafts.
     */
    public List<Row> visible(List<RequestState> states, long reader, boolean othersButDrafts) {
        return rows(states, reader, othersButDrafts);
    }

    private List<Row> rows(List<RequestState> states, Long requester, boolean orOthersButDrafts) {
        StringBuilder sql = new StringBuilder("select r.id, r.code, r.title, t.name, u.display_name, r.state, "
                + "r.state_since, r.budget, r.currency, t.mandatory from project_request r "
                + "join request_type t on t.id = r.request_type join app_user u on u.id = r.requester where 1 = 1");
        var parameters = new java.util.LinkedHashMap<String, Object>();
        if (!states.isEmpty()) {
            sql.append(" and r.state in (:states)");
            parameters.put("states", states.stream().map(Enum::name).toList());
        }
        if (requester != null) {
            sql.append(orOthersButDrafts ? " and (r.requester = :requester or r.state <> 'DRAFT')"
                    : " and r.requester = :requester");
            parameters.put("requester", requester);
        }
        sql.append(" order by r.state_since, r.id");
        return jdbc.sql(sql.toString()).params(parameters).query(IntakeRecords::row).list();
    }

    /**
     * A request as a scenario weighs it: its type's mandatory flag, category, currency and financials, with its
     * cash flows by quarter and its role demand in the aggregate's orders (quarter; role, then quarter).
     */
    public record Candidate(long id, String code, String title, boolean mandatory, String category, String currency,
                            BigDecimal discountRate, List<RequestQuarter> quarters, List<RequestDemand> demands) {
    }

    /**
     * The requests in these states as scenarios' candidates, ordered by code: three queries for any number of
     * requests, where loading their aggregates takes four more queries per request.
     */
    public List<Candidate> candidates(List<RequestState> states) {
        record Head(long id, String code, String title, boolean mandatory, String category, String currency,
                    BigDecimal discountRate) {
        }
        List<String> names = states.stream().map(Enum::name).toList();
        List<Head> heads = jdbc.sql("select r.id, r.code, r.title, t.mandatory, r.category, r.currency, "
                        + "r.discount_rate from project_request r join request_type t on t.id = r.request_type "
                        + "where r.state in (:states)").param("states", names)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getString(5), rs.getString(6), rs.getBigDecimal(7))).list();
        String ofCandidates = " join project_request r on r.id = c.project_request where r.state in (:states)";
        Map<Long, List<RequestQuarter>> quarters = new HashMap<>();
        jdbc.sql("select c.project_request, c.quarter_no, c.cost, c.benefit from project_request_quarter c"
                        + ofCandidates).param("states", names)
                .query(rs -> {
                    quarters.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new RequestQuarter(rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4)));
                });
        Map<Long, List<RequestDemand>> demands = new HashMap<>();
        jdbc.sql("select c.project_request, c.role_name, c.quarter_no, c.fte from project_request_demand c"
                        + ofCandidates).param("states", names)
                .query(rs -> {
                    demands.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new RequestDemand(rs.getString(2), rs.getInt(3), rs.getBigDecimal(4)));
                });
        // sorted here as the aggregate sorts them: a database's collation may order roles otherwise
        return heads.stream().sorted(Comparator.comparing(Head::code))
                .map(head -> new Candidate(head.id(), head.code(), head.title(), head.mandatory(), head.category(),
                        head.currency(), head.discountRate(),
                        quarters.getOrDefault(head.id(), List.of()).stream()
                                .sorted(Comparator.comparingInt(RequestQuarter::quarter)).toList(),
                        demands.getOrDefault(head.id(), List.of()).stream()
                                .sorted(Comparator.comparing(RequestDemand::role).thenComparingInt(RequestDemand::quarter))
                                .toList()))
                .toList();
    }

    private static Row row(ResultSet rs, int number) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                RequestState.valueOf(rs.getString(6)), rs.getTimestamp(7).toInstant(), rs.getBigDecimal(8),
                rs.getString(9), rs.getBoolean(10));
    }

    /**
     * A request as the queues list it; the type's name may be a message key. {@code mandatory}: its type must be
     * funded in scenarios.
     */
    public record Row(long id, String code, String title, String typeName, String requester, RequestState state,
                      Instant stateSince, java.math.BigDecimal budget, String currency, boolean mandatory) {
    }
}

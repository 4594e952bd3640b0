package org.lodestar.methodology.internal;

import java.time.Instant;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lifecycles and their versions as stored ({@code lifecycle}, {@code lifecycle_phase}, {@code lifecycle_item}):
 * texts as stored (message keys for the shipped lifecycles). A version, once stored, is never changed: the PMO
 * stores a new one.
 */
@Component
public class LifecycleStore {

    private final JdbcClient jdbc;

    LifecycleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record StoredLifecycle(long id, String code, String name, String description, String entryGate,
                                  int currentVersion, long version) {
    }

    public record StoredPhase(int position, String key, String name, String guidance, String registryPhase,
                              String gateCode, String gateName, String gateFrom, List<StoredItem> items) {
    }

    public record StoredItem(int phasePosition, int position, String kind, String key, String name,
                             String mandatoryFrom) {
    }

    public List<StoredLifecycle> all() {
        return jdbc.sql("select id, code, name, description, entry_gate, current_version, version from lifecycle "
                        + "order by id")
                .query((rs, row) -> new StoredLifecycle(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getInt(6), rs.getLong(7)))
                .list();
    }

    public Optional<StoredLifecycle> find(long id) {
        return all().stream().filter(lifecycle -> lifecycle.id() == id).findFirst();
    }

    /** The phases of one version with their items, in order; empty when there is no such version. */
    public List<StoredPhase> phases(long lifecycle, int version) {
        Map<Integer, List<StoredItem>> items = new LinkedHashMap<>();
        jdbc.sql("select phase_position, position, kind, item_key, name, mandatory_from from lifecycle_item "
                        + "where lifecycle = :l and lifecycle_version = :v order by phase_position, kind, position")
                .param("l", lifecycle).param("v", version)
                .query((rs, row) -> new StoredItem(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list().forEach(item -> items.computeIfAbsent(item.phasePosition(), p -> new ArrayList<>()).add(item));
        return jdbc.sql("select position, phase_key, name, guidance, registry_phase, gate_code, gate_name, gate_from "
                        + "from lifecycle_phase where lifecycle = :l and lifecycle_version = :v order by position")
                .param("l", lifecycle).param("v", version)
                .query((rs, row) -> new StoredPhase(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        items.getOrDefault(rs.getInt(1), List.of())))
                .list();
    }

    /**
     * Stores {@code phases} as the next version of the lifecycle and makes it current, if the lifecycle is still at
     * {@code fromVersion}; false when someone was first.
     */
    public boolean storeVersion(long lifecycle, long fromVersion, int number, List<StoredPhase> phases, Instant now) {
        int updated = jdbc.sql("update lifecycle set current_version = :n, version = version + 1, updated_at = :t "
                        + "where id = :l and version = :v")
                .param("n", number).param("t", Timestamp.from(now)).param("l", lifecycle).param("v", fromVersion)
                .update();
        if (updated != 1) return false;
        for (StoredPhase phase : phases) {
            jdbc.sql("insert into lifecycle_phase (lifecycle, lifecycle_version, position, phase_key, name, guidance, "
                            + "registry_phase, gate_code, gate_name, gate_from, created_at) "
                            + "values (:l, :n, :p, :k, :name, :g, :r, :gc, :gn, :gf, :t)")
                    .param("l", lifecycle).param("n", number).param("p", phase.position()).param("k", phase.key())
                    .param("name", phase.name()).param("g", phase.guidance()).param("r", phase.registryPhase())
                    .param("gc", phase.gateCode()).param("gn", phase.gateName()).param("gf", phase.gateFrom())
                    .param("t", Timestamp.from(now)).update();
            for (StoredItem item : phase.items()) {
                jdbc.sql("insert into lifecycle_item (lifecycle, lifecycle_version, phase_position, position, kind, "
                                + "item_key, name, mandatory_from) values (:l, :n, :pp, :p, :kind, :k, :name, :m)")
                        .param("l", lifecycle).param("n", number).param("pp", item.phasePosition())
                        .param("p", item.position()).param("kind", item.kind()).param("k", item.key())
                        .param("name", item.name()).param("m", item.mandatoryFrom()).update();
            }
        }
        return true;
    }
}

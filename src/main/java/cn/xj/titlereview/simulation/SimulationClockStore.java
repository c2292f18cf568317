package cn.xj.titlereview.simulation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The simulation clock kept in the database (table {@code simulation_clock}, one row): written on
 * every step of a move, read at start-up and by every node that follows another's moves.
 */
@Repository
@Profile("simulation")
class SimulationClockStore {

    private static final int ROW = 1;

    private final JdbcTemplate jdbc;

    SimulationClockStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Instant> read() {
        List<Long> values = jdbc.queryForList("SELECT clock_ms FROM simulation_clock WHERE id = ?", Long.class, ROW);
        return values.stream().findFirst().map(Instant::ofEpochMilli);
    }

    void write(Instant clock, String movedBy) {
        long now = System.currentTimeMillis();
        int updated = jdbc.update("UPDATE simulation_clock SET clock_ms = ?, moved_at = ?, moved_by = ? WHERE id = ?",
                clock.toEpochMilli(), now, movedBy, ROW);
        if (updated == 0) {
            try {
                jdbc.update("INSERT INTO simulation_clock (id, clock_ms, moved_at, moved_by) VALUES (?, ?, ?, ?)",
                        ROW, clock.toEpochMilli(), now, movedBy);
            } catch (org.springframework.dao.DuplicateKeyException e) {
                // another node inserted the row a moment ago: the later move wins, as on every other step
                jdbc.update("UPDATE simulation_clock SET clock_ms = ?, moved_at = ?, moved_by = ? WHERE id = ?",
                        clock.toEpochMilli(), now, movedBy, ROW);
            }
        }
    }
}

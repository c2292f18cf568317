package cn.xj.titlereview.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.xj.titlereview.support.H2IntegrationTest;

/**
 * Every node keeps to the simulation clock of the database: a move writes it, a move made on
 * another node (the row changed under this one) reaches this node's engine clock, and a clock
 * this node set by hand stays as long as the row does not change.
 */
@H2IntegrationTest
class SimulationClockKeeperH2Test {

    @Autowired
    SimulationClockService clock;
    @Autowired
    SimulationClockKeeper keeper;
    @Autowired
    SimulationClockStore store;

    @AfterEach
    void backToRealTime() {
        ClockUtil.reset();
    }

    @Test
    void aMoveIsWrittenAndAMoveOnAnotherNodeIsFollowed() {
        Instant moved = Instant.parse("2024-09-02T02:00:00Z");
        clock.moveTo(moved);
        assertThat(store.read()).contains(moved);

        Instant elsewhere = Instant.parse("2024-09-09T02:00:00Z");
        store.write(elsewhere, "another-node");
        keeper.follow();
        assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(elsewhere);

        Instant byHand = Instant.parse("2030-01-01T00:00:00Z");
        ClockUtil.setCurrentTime(Date.from(byHand));
        keeper.follow();
        assertThat(ClockUtil.getCurrentTime().toInstant()).as("an unchanged row moves nothing").isEqualTo(byHand);
    }
}

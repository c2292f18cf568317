-- The simulation clock (profile simulation): where the last move left the engine clock, so that a
-- restart or a second node continues the simulated campaign instead of jumping back to real time.
-- One row; instants as epoch milliseconds, free of any server or session time zone.

CREATE TABLE simulation_clock (
    id         INTEGER      NOT NULL,
    clock_ms   BIGINT       NOT NULL,
    moved_at   BIGINT       NOT NULL,
    moved_by   VARCHAR(64),
    CONSTRAINT pk_simulation_clock PRIMARY KEY (id)
);

-- Migration 5: indicator results, their history, and the cycles that computed them.
--
-- History keeps each figure as it changed, not a copy per cycle: a cycle writes a new version of a
-- (indicator, service, period, breakdown) only when its numbers or status differ from the current
-- version, and marks the old one superseded. A figure revised by a late extract is therefore
-- visible as two versions with the time each took effect; a year of 15-minute cycles over
-- unchanged data adds cycle rows only.

CREATE TABLE yotqa.cycles (
    cycle_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    as_of date NOT NULL,
    started_at timestamptz NOT NULL,
    finished_at timestamptz NOT NULL,
    -- What the cycle computed from: data, settings and catalogue (see Store/DataSignature).
    fingerprint text NOT NULL,
    settings jsonb NOT NULL,
    -- False when the data had not changed, so the previous cycle's results stand.
    computed boolean NOT NULL,
    reused_cycle_id bigint REFERENCES yotqa.cycles,
    indicator_count integer NOT NULL,
    failed_count integer NOT NULL,
    value_count integer NOT NULL,
    -- Versions this cycle wrote (new figures and revisions).
    changed_count integer NOT NULL
);

CREATE INDEX cycles_fingerprint ON yotqa.cycles (fingerprint, cycle_id DESC) WHERE computed;

-- One row per indicator per computed cycle: how it went, for the API's cycle list and for knowing
-- which periods a cycle covered.
CREATE TABLE yotqa.cycle_indicators (
    cycle_id bigint NOT NULL REFERENCES yotqa.cycles ON DELETE CASCADE,
    indicator text NOT NULL,
    ok boolean NOT NULL,
    sqlstate text,
    error text,
    milliseconds integer NOT NULL,
    -- The earliest period the indicator reported in this cycle (NULL when it failed).
    first_period_start date,
    PRIMARY KEY (cycle_id, indicator)
);

CREATE TABLE yotqa.indicator_values (
    version_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    indicator text NOT NULL,
    -- NULL on the data-quality row of records that reach no service.
    service_id text,
    period_start date NOT NULL,
    period_end date NOT NULL,
    breakdown text,
    numerator double precision,
    denominator double precision,
    value double precision,
    status text NOT NULL CHECK (status IN ('ok', 'insufficient_data', 'provisional')),
    -- The cycle that first computed this version, its as-of date, and when the version took effect.
    cycle_id bigint NOT NULL REFERENCES yotqa.cycles,
    as_of date NOT NULL,
    valid_from timestamptz NOT NULL,
    -- Set when a later cycle computed a different figure, or no longer reported the row.
    superseded_at timestamptz,
    superseded_by bigint REFERENCES yotqa.cycles
);

-- At most one current version per figure. coalesce() because a NULL service or breakdown is a key.
CREATE UNIQUE INDEX indicator_values_current
    ON yotqa.indicator_values (indicator, coalesce(service_id, ''), period_start, coalesce(breakdown, ''))
    WHERE superseded_at IS NULL;

CREATE INDEX indicator_values_history
    ON yotqa.indicator_values (indicator, service_id, period_start, valid_from);

-- Migration 6: risk alerts, their history, silences, and the record counts behind data-quality shares.
--
-- An alert's identity is (service, indicator, kind); each time it fires after having resolved is a
-- new occurrence. At most one occurrence of an identity is open (pending, firing or acknowledged).
-- A pending occurrence is one whose condition has not yet held for alerts.fire_after cycles: it is
-- kept so the count survives a restart, and deleted if the condition clears before it fires.
-- Every change of state of a fired occurrence is an event; the history of an alert is its events.

CREATE TABLE yotqa.silences (
    silence_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- NULL: every service (then indicator is set) / every indicator (then service_id is set).
    service_id text,
    indicator text,
    reason text NOT NULL CHECK (reason <> ''),
    author text NOT NULL CHECK (author <> ''),
    starts_at timestamptz NOT NULL DEFAULT now(),
    -- Mandatory: a silence always ends.
    ends_at timestamptz NOT NULL,
    -- Set when somebody ends it early.
    ended_at timestamptz,
    ended_by text,
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK (service_id IS NOT NULL OR indicator IS NOT NULL),
    CHECK (ends_at > starts_at)
);

CREATE TABLE yotqa.alerts (
    alert_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_id text,
    indicator text,
    kind text NOT NULL CHECK (kind IN ('threshold', 'spc_concern', 'assurance_fail', 'stale_data',
                                       'data_quality', 'compute_failed', 'calendar_ending')),
    occurrence integer NOT NULL CHECK (occurrence >= 1),
    state text NOT NULL CHECK (state IN ('pending', 'firing', 'acknowledged', 'resolved')),
    severity text NOT NULL CHECK (severity IN ('critical', 'warning')),
    -- The latest cause: what held when the condition was last seen.
    cause text NOT NULL,
    held_cycles integer NOT NULL,
    clear_cycles integer NOT NULL,
    -- When the occurrence entered its current state.
    since timestamptz NOT NULL,
    fired_at timestamptz,
    acknowledged_by text,
    acknowledged_at timestamptz,
    acknowledgement_note text,
    resolved_at timestamptz,
    -- Why an open alert sends nothing for now: a silence, or stale data.
    suppressed_by_silence bigint REFERENCES yotqa.silences,
    suppressed_by_stale_data boolean NOT NULL DEFAULT false,
    -- The last cycle that judged it.
    cycle_id bigint REFERENCES yotqa.cycles,
    CHECK (state = 'pending' OR fired_at IS NOT NULL),
    CHECK ((state = 'acknowledged') = (acknowledged_at IS NOT NULL) OR state = 'resolved')
);

CREATE UNIQUE INDEX alerts_occurrence
    ON yotqa.alerts (coalesce(service_id, ''), coalesce(indicator, ''), kind, occurrence);
CREATE UNIQUE INDEX alerts_open
    ON yotqa.alerts (coalesce(service_id, ''), coalesce(indicator, ''), kind) WHERE state <> 'resolved';
CREATE INDEX alerts_state ON yotqa.alerts (state, since);

CREATE TABLE yotqa.alert_events (
    event_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    alert_id bigint NOT NULL REFERENCES yotqa.alerts,
    at timestamptz NOT NULL,
    -- The cycle that caused it; NULL for a person's action.
    cycle_id bigint REFERENCES yotqa.cycles,
    change text NOT NULL CHECK (change IN ('fired', 'acknowledged', 'resolved', 'severity_changed',
                                           'suppressed', 'unsuppressed')),
    state text NOT NULL,
    cause text NOT NULL,
    actor text
);

CREATE INDEX alert_events_alert ON yotqa.alert_events (alert_id, event_id);

-- Each computed cycle's record count per service, so a reused cycle judges the same share.
CREATE TABLE yotqa.cycle_records (
    cycle_id bigint NOT NULL REFERENCES yotqa.cycles ON DELETE CASCADE,
    service_id text NOT NULL,
    records bigint NOT NULL,
    PRIMARY KEY (cycle_id, service_id)
);

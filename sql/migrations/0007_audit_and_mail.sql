-- Migration 7: the audit log of people's actions through the API, and the email outbox with its
-- delivery attempts.
--
-- The audit log records who did what to which thing: acknowledging an alert, creating or ending a
-- silence, drilling down into a figure, triggering a cycle. It is written beside the action and
-- only ever appended to.
--
-- The outbox holds every message whole, as it will be sent, so a retry sends the same bytes and the
-- same Message-ID. A message is pending until it is sent or given up on; each try at delivering it
-- is a row of deliveries with the server's reply.

CREATE TABLE yotqa.audit_log (
    audit_id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    -- The API token's name.
    actor text NOT NULL,
    -- acknowledge, silence_create, silence_end, drill_down, cycle_trigger, …
    action text NOT NULL,
    -- What it acted on: "alert 12", "silence 3",
    -- "indicator ot_initial_assessment service torbay period 2026-07-01", …
    target text NOT NULL,
    detail text NOT NULL DEFAULT ''
);

CREATE INDEX audit_log_at ON yotqa.audit_log (at);

CREATE TABLE yotqa.outbox (
    message_id bigserial PRIMARY KEY,
    -- The Message-ID header, so replies and retries refer to one message.
    header_message_id text NOT NULL UNIQUE,
    -- NULL for a message about no one alert (a digest, a test).
    alert_id bigint REFERENCES yotqa.alerts,
    kind text NOT NULL CHECK (kind IN ('alert', 'reminder', 'escalation', 'resolved', 'digest',
                                       'delivery_failure', 'test')),
    recipients text[] NOT NULL,
    subject text NOT NULL,
    -- The whole RFC 5322 message, headers and body.
    message text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
    attempts integer NOT NULL DEFAULT 0,
    -- When a pending message is next due a try.
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    sent_at timestamptz,
    -- The server's last reply, for a message that failed or is waiting to be retried.
    last_reply text
);

CREATE INDEX outbox_due ON yotqa.outbox (next_attempt_at) WHERE state = 'pending';

CREATE TABLE yotqa.deliveries (
    delivery_id bigserial PRIMARY KEY,
    message_id bigint NOT NULL REFERENCES yotqa.outbox,
    attempted_at timestamptz NOT NULL DEFAULT now(),
    -- retry: a temporary failure, the message stays pending; failed: given up on.
    outcome text NOT NULL CHECK (outcome IN ('sent', 'retry', 'failed')),
    smtp_reply text NOT NULL DEFAULT ''
);

CREATE INDEX deliveries_attempted_at ON yotqa.deliveries (attempted_at);

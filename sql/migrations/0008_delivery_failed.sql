-- Migration 8: email that cannot be delivered raises an alert of its own (kind delivery_failed),
-- and the outbox is looked up by alert, to decide reminders and escalations.
--
-- A message is claimed for delivery by moving its next_attempt_at forward by a lease longer than
-- any SMTP conversation, in a transaction of its own; a process that dies mid-send leaves the
-- message pending, and it is tried again when the lease runs out. So no message is lost, and two
-- senders never hold the same message at once.

ALTER TABLE yotqa.alerts DROP CONSTRAINT alerts_kind_check;
ALTER TABLE yotqa.alerts ADD CONSTRAINT alerts_kind_check
    CHECK (kind IN ('threshold', 'spc_concern', 'assurance_fail', 'stale_data', 'data_quality',
                    'compute_failed', 'calendar_ending', 'delivery_failed'));

CREATE INDEX outbox_alert ON yotqa.outbox (alert_id, kind) WHERE alert_id IS NOT NULL;

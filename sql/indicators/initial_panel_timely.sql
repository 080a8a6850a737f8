-- id: initial_panel_timely
-- title: Initial referral order panels on time
-- direction: higher
-- period: quarter
-- measure: percent
-- green: 85
-- red: 70
-- description: Of the referral orders that started in the quarter, the share whose initial referral order
-- description: panel met on time (by default within 20 working days of the start). An order counts once its
-- description: deadline has passed or the panel has met; one with none recorded by its deadline is late.
--
-- Unit: an intervention of a kind the rule initial_panel_timely of the setting yotqa.deadlines
-- lists (by default referral_order, 20 working days), in the quarter in which its clock
-- (start_on) started, counted once its deadline has passed or its initial_panel milestone is
-- done; numerator 1 when the earliest valid initial_panel is on or before the due day.
--
-- Left out (see base_deadline_units in sql/base.sql): an unknown or null kind (rule 1); an
-- intervention whose end_on is before its start_on (rule 2), or whose start_on or end_on is
-- after the as-of date (rule 3): its clock is start_on (by default). A milestone row before start_on
-- (rule 2), after the as-of date (rule 3) or of an unknown kind (rule 1) is dropped and the
-- intervention judged on its other rows, so it may become late; an orphan row (rule 4) counts
-- for nothing. An intervention in no service of yot.services reaches no row (rule 4).
--
-- The due day, the earliest valid milestone, the rows left out and the quarter (the one the clock
-- started in) are those of base_deadline_units and base_deadline_rows in sql/base.sql, shared by
-- the five deadline indicators; the rule's kinds and days come from config.
SELECT service_id, period_start, period_end, breakdown, unit_id, numerator, denominator
FROM base_deadline_rows
WHERE indicator = 'initial_panel_timely'

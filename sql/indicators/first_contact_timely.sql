-- id: first_contact_timely
-- title: First contact on time
-- direction: higher
-- period: quarter
-- measure: percent
-- description: Of the referral orders and youth rehabilitation orders that started in the quarter, the share
-- description: whose first contact with the child was made on time (by default within 5 working days of the
-- description: start). An order counts once its deadline has passed or the contact is made; one with no contact
-- description: recorded by its deadline counts as late.
--
-- Unit: an intervention of a kind the rule first_contact_timely of the setting yotqa.deadlines
-- lists (by default referral_order and youth_rehabilitation_order, 5 working days each), in the
-- quarter in which its clock (start_on) started, counted once its deadline has passed or its
-- first_contact milestone is done; numerator 1 when the earliest valid first_contact is on or
-- before the due day.
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
WHERE indicator = 'first_contact_timely'

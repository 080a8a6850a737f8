-- id: plan_timely
-- title: Intervention plans on time
-- direction: higher
-- period: quarter
-- measure: percent
-- description: Of the referral orders, youth rehabilitation orders and detention and training orders that
-- description: started in the quarter, the share whose intervention plan was written on time (by default within
-- description: 20 working days of the start for a referral order, 15 for the others). An order counts once its
-- description: deadline has passed or the plan is written; one with none recorded by its deadline is late.
--
-- Unit: an intervention of a kind the rule plan_timely of the setting yotqa.deadlines lists (by
-- default referral_order 20 working days, youth_rehabilitation_order and
-- detention_training_order 15), in the quarter in which its clock (start_on) started, counted
-- once its deadline has passed or its intervention_plan milestone is done; numerator 1 when the
-- earliest valid intervention_plan is on or before the due day.
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
WHERE indicator = 'plan_timely'

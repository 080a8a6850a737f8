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
-- The due day, the earliest valid milestone and the rows left out are base_deadline_units' (shared
-- by the five deadline indicators), and the rule's kinds and days come from config. A unit's
-- quarter is the one its clock started in, found by arithmetic; the bounds on clock_start (scalar
-- subqueries, computed once) are applied where yot.interventions is read, and keep the reported
-- quarters only.
WITH quarters AS (
    SELECT q.period_start, q.period_end
    FROM yotqa.quarters(yotqa.as_of(), yotqa.setting_integer('quarters')) AS q
)
SELECT s.service_id, q.period_start, q.period_end, NULL::text AS breakdown, NULL::text AS unit_id,
       0::numeric AS numerator, 0::numeric AS denominator
FROM yot.services AS s, quarters AS q
UNION ALL
SELECT u.service_id, u.period_start, (u.period_start + interval '3 months')::date - 1, NULL, u.intervention_id,
       CASE WHEN u.on_time THEN 1 ELSE 0 END, 1
FROM (
    SELECT d.service_id, d.intervention_id, d.on_time,
           date_trunc('quarter', d.clock_start::timestamp)::date AS period_start
    FROM base_deadline_units AS d
    WHERE d.indicator = 'plan_timely'
      AND d.counted
      AND d.clock_start BETWEEN (SELECT min(quarters.period_start) FROM quarters)
                            AND (SELECT max(quarters.period_end) FROM quarters)
) AS u
JOIN yot.services AS s ON s.service_id = u.service_id

-- id: reviews_in_date
-- title: Reviews in date
-- direction: higher
-- period: quarter
-- measure: percent
-- green: 90
-- red: 80
-- description: Of the referral orders, youth rehabilitation orders and detention and training orders open
-- description: at the end of the quarter that had run for at least three months, the share whose initial
-- description: assessment or a review was done in the three months up to the quarter's end.
--
-- Unit: at the quarter's end D, an intervention of kind referral_order, youth_rehabilitation_order
-- or detention_training_order open on D (start_on <= D and end_on null or after D) with start_on
-- on or before D - 3 months (PostgreSQL's month arithmetic: 2023-06-30 - 3 months = 2023-03-30);
-- numerator 1 when an initial_assessment or a review was done in the closed window
-- [D - 3 months, D]. Every review counts, not only the earliest of its kind.
--
-- Left out: an unknown or null kind (rule 1); an intervention whose end_on is before its start_on
-- (rule 2) or whose start_on or end_on is after the as-of date (rule 3). A milestone row of an
-- unknown kind (rule 1) or done after the as-of date (rule 3) is dropped, and an orphan (rule 4)
-- joins nothing. A row before its intervention's start_on (rule 2) cannot fall in the window, as
-- start_on <= D - 3 months. An intervention in no service of yot.services reaches no row (rule 4).
--
-- Each order is joined to the quarter ends of the reporting window (12 by default; not one per
-- service), after a first cut to the orders that can be open on one of them; its initial_assessment
-- and review rows are joined by intervention and window, and counted.
WITH quarters AS (
    SELECT q.period_start, q.period_end, (q.period_end - interval '3 months')::date AS window_start
    FROM yotqa.quarters(yotqa.as_of(), yotqa.setting_integer('quarters')) AS q
),
open_orders AS (
    SELECT i.service_id, i.intervention_id, q.period_start, q.period_end, q.window_start
    FROM base_interventions AS i
    JOIN quarters AS q
      ON i.start_on <= q.window_start AND (i.end_on IS NULL OR i.end_on > q.period_end)
    WHERE i.kind IN ('referral_order', 'youth_rehabilitation_order', 'detention_training_order')
      AND i.start_on <= (SELECT max(quarters.window_start) FROM quarters)
      AND (i.end_on IS NULL OR i.end_on > (SELECT min(quarters.period_end) FROM quarters))
      AND i.dates_valid
)
SELECT s.service_id, q.period_start, q.period_end, NULL::text AS breakdown, NULL::text AS unit_id,
       0::numeric AS numerator, 0::numeric AS denominator
FROM yot.services AS s, quarters AS q
UNION ALL
SELECT o.service_id, o.period_start, o.period_end, NULL, o.intervention_id,
       CASE WHEN count(m.milestone_id) > 0 THEN 1 ELSE 0 END, 1
FROM open_orders AS o
JOIN yot.services AS s ON s.service_id = o.service_id
-- An initial_assessment or review in the window [D - 3 months, D]; every row counts.
LEFT JOIN yot.milestones AS m
  ON m.intervention_id = o.intervention_id
 AND m.kind IN ('initial_assessment', 'review')
 AND m.done_on BETWEEN o.window_start AND o.period_end
 AND m.done_on >= (SELECT min(quarters.window_start) FROM quarters)
 AND m.done_on <= (SELECT yotqa.as_of())
GROUP BY o.service_id, o.period_start, o.period_end, o.intervention_id

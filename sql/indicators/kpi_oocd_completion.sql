-- id: kpi_oocd_completion
-- title: Out-of-court disposals completed
-- direction: higher
-- period: quarter
-- measure: percent
-- green: 90
-- red: 80
-- description: Of the out-of-court disposals (community resolutions, youth cautions and youth
-- description: conditional cautions) that ended in the quarter with a recorded reason, the share
-- description: that ended because they were completed (a YJB key performance indicator, from local
-- description: case data).
--
-- Unit: an out-of-court intervention whose end_on falls in the quarter and whose end_reason is
-- recorded, in its own service. Its own population, not E(P): no outcome_status row is needed.
-- Left out: an end_reason not recorded (NULL: not in the denominator) or outside the list
-- (rule 1); end_on before start_on (rule 2), or start_on or end_on after the as-of date (rule 3);
-- an unknown or NULL kind has no tier (rule 1); a service_id not in yot.services reaches no
-- service (rule 4). A quarter starts where date_trunc('quarter') does, so an intervention finds
-- its quarter by equality; the bound on end_on (an InitPlan, worked out once) drops earlier ones.
WITH quarters AS (
    SELECT q.period_start, q.period_end
    FROM yotqa.quarters(yotqa.as_of(), yotqa.setting_integer('quarters')) AS q
)
SELECT s.service_id, q.period_start, q.period_end, NULL::text AS breakdown, NULL::text AS unit_id,
       0::numeric AS numerator, 0::numeric AS denominator
FROM yot.services AS s
CROSS JOIN quarters AS q
UNION ALL
SELECT s.service_id, q.period_start, q.period_end, NULL, i.intervention_id,
       CASE WHEN i.end_reason = 'completed' THEN 1 ELSE 0 END, 1
FROM base_interventions AS i
JOIN quarters AS q ON q.period_start = date_trunc('quarter', i.end_on::timestamp)::date
JOIN yot.services AS s ON s.service_id = i.service_id
WHERE i.tier = 'out_of_court'
  AND i.end_reason IS NOT NULL
  AND i.end_reason_known
  AND i.dates_valid
  AND i.end_on >= (SELECT min(f.period_start) FROM quarters AS f)

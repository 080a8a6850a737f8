-- id: kpi_victim_rj
-- title: Victims engaged in restorative justice
-- direction: higher
-- period: quarter
-- measure: percent
-- green: 30
-- red: 15
-- description: Of the victims of the interventions that ended in the quarter who agreed to be
-- description: contacted, the share who took part in restorative justice (a YJB key performance
-- description: indicator, from local case data).
--
-- Unit: a victim (victim_id) consented_to_contact true, linked to an intervention of any kind
-- (bail supervision, remand and an unknown kind included: the catalogue keeps victims) whose
-- end_on falls in the quarter, in the intervention's service. Numerator: rj_engaged true (NULL
-- counts as not engaged). Left out: consent not given or not recorded (NULL); an intervention
-- whose end_on is before its start_on (rule 2), or whose start_on or end_on is after the as-of
-- date (rule 3); a victim of a missing intervention (rule 4), or of one whose service_id is not
-- in yot.services, reaches no service. A quarter starts where date_trunc('quarter') does, so the
-- intervention finds its quarter by equality.
WITH quarters AS (
    SELECT q.period_start, q.period_end
    FROM yotqa.quarters(yotqa.as_of(), yotqa.setting_integer('quarters')) AS q
)
SELECT s.service_id, q.period_start, q.period_end, NULL::text AS breakdown, NULL::text AS unit_id,
       0::numeric AS numerator, 0::numeric AS denominator
FROM yot.services AS s
CROSS JOIN quarters AS q
UNION ALL
SELECT s.service_id, q.period_start, q.period_end, NULL, v.victim_id,
       CASE WHEN v.rj_engaged THEN 1 ELSE 0 END, 1
FROM yot.victims AS v
JOIN base_interventions AS i ON i.intervention_id = v.intervention_id
JOIN quarters AS q ON q.period_start = date_trunc('quarter', i.end_on::timestamp)::date
JOIN yot.services AS s ON s.service_id = i.service_id
WHERE v.consented_to_contact
  AND i.dates_valid
  AND i.end_on >= (SELECT min(f.period_start) FROM quarters AS f)

-- id: open_caseload
-- title: Open caseload
-- direction: neutral
-- period: month
-- measure: count
-- description: The number of interventions of every kind open at the end of the month: context for
-- description: the other figures, never rated.
--
-- Unit: an intervention open on the month's last day D (start_on <= D and end_on is null or after
-- D). Left out: an intervention that ends before it starts (rule 2) or whose start_on or end_on is
-- after the as-of date (rule 3). An unknown kind is kept: caseload counts every kind.
WITH settings AS (
    SELECT current_setting('yotqa.as_of')::date AS as_of, current_setting('yotqa.months')::integer AS n
),
periods AS (
    SELECT s.service_id, m.period_start, m.period_end
    FROM yot.services AS s, settings, yotqa.months(settings.as_of, settings.n) AS m
),
interventions AS (
    SELECT i.intervention_id, i.service_id, i.start_on, i.end_on
    FROM yot.interventions AS i, settings
    WHERE (i.end_on < i.start_on) IS NOT TRUE
      AND (i.start_on > settings.as_of) IS NOT TRUE
      AND (i.end_on > settings.as_of) IS NOT TRUE
)
SELECT p.service_id, p.period_start, p.period_end, NULL::text AS breakdown, NULL::text AS unit_id,
       0::numeric AS numerator, NULL::numeric AS denominator
FROM periods AS p
UNION ALL
SELECT p.service_id, p.period_start, p.period_end, NULL, i.intervention_id, 1, NULL
FROM periods AS p
JOIN interventions AS i
  ON i.service_id = p.service_id AND i.start_on <= p.period_end AND (i.end_on IS NULL OR i.end_on > p.period_end)

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
--
-- Each intervention yields the months it is open at the end of, inside the window: from the month
-- of start_on (whose last day is on or after start_on) to the month before the one end_on falls
-- in (the last month whose last day is before end_on).
WITH months AS (
    SELECT period_start, period_end
    FROM yotqa.months(yotqa.as_of(), yotqa.setting_integer('months'))
),
window_bounds AS (
    SELECT min(period_start) AS first_month, max(period_start) AS last_month, min(period_end) AS first_end,
           max(period_end) AS last_end
    FROM months
)
SELECT s.service_id, m.period_start, m.period_end, NULL::text AS breakdown, NULL::text AS unit_id,
       0::numeric AS numerator, NULL::numeric AS denominator
FROM yot.services AS s, months AS m
UNION ALL
SELECT i.service_id, month::date, (month + interval '1 month')::date - 1, NULL, i.intervention_id, 1, NULL
FROM base_interventions AS i, window_bounds AS w,
     generate_series(
         greatest(date_trunc('month', i.start_on), w.first_month),
         least(coalesce(date_trunc('month', i.end_on) - interval '1 month', w.last_month), w.last_month),
         interval '1 month') AS month
WHERE i.dates_valid AND i.start_on <= w.last_end AND (i.end_on IS NULL OR i.end_on > w.first_end)

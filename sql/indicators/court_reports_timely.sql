-- id: court_reports_timely
-- title: Court reports on time
-- direction: higher
-- period: quarter
-- measure: percent
-- green: 90
-- red: 75
-- description: Of the pre-sentence and other court reports due in the quarter, the share submitted on
-- description: or before the day they were due. A report not yet submitted counts as late.
--
-- Unit: a court report whose due_on falls in the quarter. Left out: a report submitted before it
-- was requested (rule 2), or whose requested_on or submitted_on is after the as-of date (rule 3);
-- due_on is planned by nature, so a future due date breaks no rule.
WITH settings AS (
    SELECT current_setting('yotqa.as_of')::date AS as_of, current_setting('yotqa.quarters')::integer AS n
),
periods AS (
    SELECT s.service_id, q.period_start, q.period_end
    FROM yot.services AS s, settings, yotqa.quarters(settings.as_of, settings.n) AS q
),
reports AS (
    SELECT r.report_id, r.service_id, r.due_on, r.submitted_on
    FROM yot.court_reports AS r, settings
    WHERE (r.submitted_on < r.requested_on) IS NOT TRUE
      AND (r.requested_on > settings.as_of) IS NOT TRUE
      AND (r.submitted_on > settings.as_of) IS NOT TRUE
)
SELECT p.service_id, p.period_start, p.period_end, NULL::text AS breakdown, NULL::text AS unit_id,
       0::numeric AS numerator, 0::numeric AS denominator
FROM periods AS p
UNION ALL
SELECT p.service_id, p.period_start, p.period_end, NULL, r.report_id,
       CASE WHEN r.submitted_on <= r.due_on THEN 1 ELSE 0 END, 1
FROM periods AS p
JOIN reports AS r ON r.service_id = p.service_id AND r.due_on BETWEEN p.period_start AND p.period_end

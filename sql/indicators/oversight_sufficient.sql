-- id: oversight_sufficient
-- title: Case audits finding management oversight sufficient
-- direction: higher
-- period: quarter
-- measure: percent
-- green: 80
-- red: 60
-- description: Of the case audits carried out in the quarter that judged management oversight, the
-- description: share that found it sufficient.
--
-- Unit: a case audit dated in the quarter whose oversight_sufficient is recorded (true or false),
-- in the service of its intervention. Left out: an audit with oversight_sufficient not recorded
-- (NULL: not in the denominator); an audit dated after the as-of date (rule 3); an audit of a
-- missing intervention, or of an intervention whose service_id is not in yot.services, reaches no
-- service (rule 4). An unknown rating (rule 1) leaves only audits_good_or_better: the oversight
-- judgement does not depend on the rating, so such an audit is kept here.
WITH settings AS (
    SELECT current_setting('yotqa.as_of')::date AS as_of, current_setting('yotqa.quarters')::integer AS n
),
quarters AS MATERIALIZED (
    SELECT q.period_start, q.period_end FROM settings, yotqa.quarters(settings.as_of, settings.n) AS q
),
-- The reported span, worked out once: only its audits need any per-row work.
span AS (
    SELECT settings.as_of, min(q.period_start) AS first_day, max(q.period_end) AS last_day
    FROM settings, quarters AS q
    GROUP BY settings.as_of
),
-- Each counted audit, with its service and quarter. Quarters start where date_trunc('quarter')
-- does (financial quarters share the calendar quarters' boundaries), so an audit's quarter is
-- worked out from its date, with no join to the periods; the date is truncated as a timestamp
-- without time zone (the same day, without time-zone work per row). Within the span every
-- quarter is a reported one.
audits AS (
    SELECT a.audit_id, i.service_id, date_trunc('quarter', a.audited_on::timestamp)::date AS period_start,
           CASE WHEN a.oversight_sufficient THEN 1 ELSE 0 END AS sufficient
    FROM yot.case_audits AS a
    JOIN yot.interventions AS i ON i.intervention_id = a.intervention_id
    JOIN yot.services AS s ON s.service_id = i.service_id, span
    WHERE a.oversight_sufficient IS NOT NULL
      AND a.audited_on <= span.as_of
      AND a.audited_on BETWEEN span.first_day AND span.last_day
)
SELECT s.service_id, q.period_start, q.period_end, NULL::text AS breakdown, NULL::text AS unit_id,
       0::numeric AS numerator, 0::numeric AS denominator
FROM yot.services AS s, quarters AS q
UNION ALL
SELECT a.service_id, a.period_start, (a.period_start + interval '3 months' - interval '1 day')::date, NULL,
       a.audit_id, a.sufficient, 1
FROM audits AS a

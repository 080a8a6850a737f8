-- id: audits_good_or_better
-- title: Case audits rated good or better
-- direction: higher
-- period: quarter
-- measure: percent
-- green: 70
-- red: 50
-- description: Of the case audits carried out in the quarter that gave a rating, the share rated
-- description: outstanding or good.
--
-- Unit: a case audit dated in the quarter with a rating, in the service of its intervention.
-- Left out: an audit dated after the as-of date (rule 3) or with a rating outside the list
-- (rule 1); an audit of a missing intervention reaches no service (rule 4).
WITH settings AS (
    SELECT current_setting('yotqa.as_of')::date AS as_of, current_setting('yotqa.quarters')::integer AS n
),
periods AS (
    SELECT s.service_id, q.period_start, q.period_end
    FROM yot.services AS s, settings, yotqa.quarters(settings.as_of, settings.n) AS q
),
audits AS (
    SELECT a.audit_id, i.service_id, a.audited_on, a.rating
    FROM yot.case_audits AS a
    JOIN yot.interventions AS i ON i.intervention_id = a.intervention_id, settings
    WHERE a.rating IN ('outstanding', 'good', 'requires_improvement', 'inadequate')
      AND a.audited_on <= settings.as_of
)
SELECT p.service_id, p.period_start, p.period_end, NULL::text AS breakdown, NULL::text AS unit_id,
       0::numeric AS numerator, 0::numeric AS denominator
FROM periods AS p
UNION ALL
SELECT p.service_id, p.period_start, p.period_end, NULL, a.audit_id,
       CASE WHEN a.rating IN ('outstanding', 'good') THEN 1 ELSE 0 END, 1
FROM periods AS p
JOIN audits AS a ON a.service_id = p.service_id AND a.audited_on BETWEEN p.period_start AND p.period_end

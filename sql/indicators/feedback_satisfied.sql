-- id: feedback_satisfied
-- title: Feedback satisfied
-- direction: higher
-- period: quarter
-- measure: percent
-- green: 80
-- red: 65
-- description: Of the feedback received in the quarter from children, parents and carers, and
-- description: victims that gave a score from 1 (very dissatisfied) to 5 (very satisfied), the share
-- description: scoring 4 or 5. Also broken down by who responded.
-- breakdown: respondent
--
-- Unit: a feedback record received in the quarter with a score, in its own service. Left out: a
-- record without a score (NULL: not in the denominator); a score outside 1–5 (rule 6); a record
-- received after the as-of date (rule 3); a record whose service_id is not in yot.services reaches
-- no service (rule 4). A respondent outside the list (rule 1), or not recorded, leaves only the
-- breakdown: the record is counted in the total and in no respondent row.
WITH settings AS (
    SELECT current_setting('yotqa.as_of')::date AS as_of, current_setting('yotqa.quarters')::integer AS n
),
quarters AS MATERIALIZED (
    SELECT q.period_start, q.period_end FROM settings, yotqa.quarters(settings.as_of, settings.n) AS q
),
-- The reported span, worked out once: only its records need any per-row work.
span AS (
    SELECT settings.as_of, min(q.period_start) AS first_day, max(q.period_end) AS last_day
    FROM settings, quarters AS q
    GROUP BY settings.as_of
),
-- Each counted record, with its quarter. Quarters start where date_trunc('quarter') does
-- (financial quarters share the calendar quarters' boundaries), so a record's quarter is worked
-- out from its date, with no join to the periods; the date is truncated as a timestamp without
-- time zone (the same day, without time-zone work per row). Within the span every quarter is a
-- reported one.
feedback AS (
    SELECT f.feedback_id, f.service_id, date_trunc('quarter', f.received_on::timestamp)::date AS period_start,
           CASE WHEN f.score >= 4 THEN 1 ELSE 0 END AS satisfied,
           CASE WHEN f.respondent IN ('child', 'parent_carer', 'victim') THEN 'respondent=' || f.respondent END
               AS respondent
    FROM yot.feedback AS f
    JOIN yot.services AS s ON s.service_id = f.service_id, span
    WHERE f.score BETWEEN 1 AND 5
      AND f.received_on <= span.as_of
      AND f.received_on BETWEEN span.first_day AND span.last_day
)
SELECT s.service_id, q.period_start, q.period_end, b.breakdown, NULL::text AS unit_id,
       0::numeric AS numerator, 0::numeric AS denominator
FROM yot.services AS s, quarters AS q,
     (VALUES (NULL::text), ('respondent=child'), ('respondent=parent_carer'), ('respondent=victim')) AS b (breakdown)
UNION ALL
-- Each record on the total row and, when its respondent is known, on its respondent's row.
SELECT f.service_id, f.period_start, (f.period_start + interval '3 months' - interval '1 day')::date, b.breakdown,
       f.feedback_id, f.satisfied, 1
FROM feedback AS f
CROSS JOIN LATERAL (VALUES (NULL::text, true), (f.respondent, f.respondent IS NOT NULL)) AS b (breakdown, kept)
WHERE b.kept

-- id: practitioners_over_limit
-- title: Practitioners over the caseload limit
-- direction: lower
-- period: month
-- measure: count
-- green: 0
-- red: 3
-- description: At the end of each month, the number of the service's case-holding practitioners whose
-- description: open allocated interventions (of any service) number more than the caseload limit
-- description: (12 unless the council sets another).
--
-- Unit: a case-holding practitioner of the service employed on the month's last day D (started_on
-- <= D, left_on null or after D: one who left on D is not employed) holding more than
-- yotqa.setting_integer('caseload_limit') interventions open and allocated to them on D; unit_id
-- practitioner_id, numerator 1. A practitioner holding exactly the limit is not over it. The
-- interventions counted are those of any service whose case_manager_id is the practitioner,
-- open on D (start_on <= D, end_on null or after D) and allocated on D (allocated_on <= D; a null
-- allocated_on is not allocated). Left out of the count: an intervention that ends before it
-- starts (rule 2) or whose start_on or end_on is after the as-of date (rule 3), as
-- base_interventions.dates_valid, and one whose allocated_on is after the as-of date (rule 3),
-- as base_interventions.allocation_valid (a missing case manager has no practitioner to count
-- against). An unknown kind is kept. The practitioner's fte plays no part.
--
-- Speed: months are assigned by arithmetic (month k = year × 12 + month − 1; a record open from
-- s until e, e excluded, is open at the end of months k(s) … k(e) − 1, clipped to the window),
-- not by a range join against every practitioner × month; the bounds are read once, as scalar
-- subqueries, instead of base_interventions' per-row yotqa.as_of() calls. See caseload_per_fte.
WITH bounds AS NOT MATERIALIZED (
    SELECT as_of, last_k - n + 1 AS first_k, last_k,
           make_date((last_k - n + 1) / 12, (last_k - n + 1) % 12 + 1, 1) AS first_start
    FROM (SELECT yotqa.as_of() AS as_of, yotqa.setting_integer('months') AS n,
                 (date_part('year', yotqa.as_of() + 1) * 12 + date_part('month', yotqa.as_of() + 1) - 2)::integer
                     AS last_k) AS s
),
-- Each allocated intervention, once for every month-end of the window at which it is open and
-- allocated: from the later of start_on and allocated_on until end_on.
held AS (
    SELECT a.case_manager_id, a.k
    FROM (SELECT i.case_manager_id,
                 generate_series(
                     greatest((SELECT first_k FROM bounds),
                              (date_part('year', greatest(i.start_on, i.allocated_on)) * 12
                               + date_part('month', greatest(i.start_on, i.allocated_on)) - 1)::integer),
                     least((SELECT last_k FROM bounds),
                           (date_part('year', i.end_on) * 12 + date_part('month', i.end_on) - 2)::integer)) AS k
          FROM yot.interventions AS i
          WHERE i.case_manager_id IS NOT NULL
            AND i.start_on <= (SELECT as_of FROM bounds)
            AND (i.end_on IS NULL OR (i.end_on >= i.start_on AND i.end_on <= (SELECT as_of FROM bounds)))
            AND i.allocated_on <= (SELECT as_of FROM bounds)
            AND (i.end_on IS NULL OR i.end_on > (SELECT first_start FROM bounds))) AS a
),
caseloads AS (
    SELECT h.case_manager_id, h.k, count(*) AS cases
    FROM held AS h
    GROUP BY h.case_manager_id, h.k
),
-- Each case-holding practitioner, once for every month-end of the window at which they are
-- employed: from started_on until left_on.
employed AS (
    SELECT e.practitioner_id, e.service_id, e.k
    FROM (SELECT p.practitioner_id, p.service_id,
                 generate_series(
                     greatest((SELECT first_k FROM bounds),
                              (date_part('year', p.started_on) * 12 + date_part('month', p.started_on) - 1)::integer),
                     least((SELECT last_k FROM bounds),
                           (date_part('year', p.left_on) * 12 + date_part('month', p.left_on) - 2)::integer)) AS k
          FROM yot.practitioners AS p
          WHERE p.case_holding AND p.started_on IS NOT NULL
            AND p.service_id IN (SELECT service_id FROM yot.services)) AS e
    WHERE e.k >= (SELECT first_k FROM bounds) AND e.k <= (SELECT last_k FROM bounds)
)
SELECT s.service_id, m.period_start, m.period_end, NULL::text AS breakdown, NULL::text AS unit_id,
       0::numeric AS numerator, NULL::numeric AS denominator
FROM yot.services AS s
CROSS JOIN yotqa.months((SELECT as_of FROM bounds), yotqa.setting_integer('months')) AS m
UNION ALL
SELECT e.service_id, make_date(e.k / 12, e.k % 12 + 1, 1), make_date((e.k + 1) / 12, (e.k + 1) % 12 + 1, 1) - 1,
       NULL, e.practitioner_id, 1, NULL
FROM employed AS e
JOIN caseloads AS c ON c.case_manager_id = e.practitioner_id AND c.k = e.k
WHERE c.cases > yotqa.setting_integer('caseload_limit')

-- id: caseload_per_fte
-- title: Caseload per full-time equivalent practitioner
-- direction: lower
-- period: month
-- measure: ratio
-- green: 10
-- red: 13
-- small_numbers: exempt
-- description: At the end of each month, the interventions of the service that are open and allocated
-- description: to a case manager (whoever holds them), divided by the full-time equivalent of the
-- description: service's case-holding practitioners employed that day.
--
-- Units, at the month's last day D:
-- * an intervention of the service open on D (start_on <= D, end_on null or after D) and allocated
--   on D (case_manager_id not null and allocated_on <= D): unit_id intervention_id, numerator 1,
--   denominator 0. It counts in the intervention's service, whoever its case manager is. A case
--   manager with a null allocated_on is not allocated. Left out: an intervention that ends before
--   it starts (rule 2) or whose start_on or end_on is after the as-of date (rule 3), as
--   base_interventions.dates_valid; one whose allocated_on is after the as-of date (rule 3) or
--   whose case manager is missing (rule 4), as base_interventions.allocation_valid. An unknown
--   kind is kept: caseload counts every kind.
-- * a case-holding practitioner of the service employed on D (started_on <= D, left_on null or
--   after D, so one who left on D is not employed): unit_id practitioner_id, numerator 0,
--   denominator fte. An fte outside (0, 1.5] (rule 6) leaves the FTE sum only.
-- The small-number rule does not apply (FTE is not a count): the value is insufficient_data only
-- when no FTE is employed (the denominator is 0).
--
-- Speed. Months are assigned by arithmetic, not by a range join against every service × month:
-- month k = year × 12 + month − 1, and a record open from date s until date e (e excluded) is
-- open at the end of months k(s) … k(e) − 1, clipped to the reported window, which
-- generate_series lists. The flags of base_interventions are written out here rather than
-- used, because base.sql calls yotqa.as_of() once per row (about 0.4 µs a call, several per
-- intervention) and checks the case manager with a per-row subplan; here the bounds are read
-- once, as scalar subqueries, and the case manager is checked by a join. The rules are the same.
WITH bounds AS NOT MATERIALIZED (
    SELECT as_of, last_k - n + 1 AS first_k, last_k,
           make_date((last_k - n + 1) / 12, (last_k - n + 1) % 12 + 1, 1) AS first_start
    FROM (SELECT yotqa.as_of() AS as_of, yotqa.setting_integer('months') AS n,
                 (date_part('year', yotqa.as_of() + 1) * 12 + date_part('month', yotqa.as_of() + 1) - 2)::integer
                     AS last_k) AS s
),
-- Open and allocated from the later of start_on and allocated_on, until end_on.
allocated AS (
    SELECT i.intervention_id, i.service_id,
           greatest((SELECT first_k FROM bounds),
                    (date_part('year', greatest(i.start_on, i.allocated_on)) * 12
                     + date_part('month', greatest(i.start_on, i.allocated_on)) - 1)::integer) AS from_k,
           least((SELECT last_k FROM bounds),
                 (date_part('year', i.end_on) * 12 + date_part('month', i.end_on) - 2)::integer) AS to_k
    FROM yot.interventions AS i
    JOIN yot.practitioners AS cm ON cm.practitioner_id = i.case_manager_id
    WHERE i.start_on <= (SELECT as_of FROM bounds)
      AND (i.end_on IS NULL OR (i.end_on >= i.start_on AND i.end_on <= (SELECT as_of FROM bounds)))
      AND i.allocated_on <= (SELECT as_of FROM bounds)
      AND (i.end_on IS NULL OR i.end_on > (SELECT first_start FROM bounds))
      AND i.service_id IN (SELECT service_id FROM yot.services)
),
-- Employed from started_on until left_on.
employed AS (
    SELECT p.practitioner_id, p.service_id, p.fte,
           greatest((SELECT first_k FROM bounds),
                    (date_part('year', p.started_on) * 12 + date_part('month', p.started_on) - 1)::integer) AS from_k,
           least((SELECT last_k FROM bounds),
                 (date_part('year', p.left_on) * 12 + date_part('month', p.left_on) - 2)::integer) AS to_k
    FROM yot.practitioners AS p
    WHERE p.case_holding AND p.fte > 0 AND p.fte <= 1.5 AND p.started_on IS NOT NULL
      AND p.service_id IN (SELECT service_id FROM yot.services)
),
units AS (
    SELECT a.service_id, a.intervention_id AS unit_id, 1 AS numerator, 0::numeric AS denominator,
           generate_series(a.from_k, a.to_k) AS k
    FROM allocated AS a
    UNION ALL
    SELECT e.service_id, e.practitioner_id, 0, e.fte, generate_series(e.from_k, e.to_k)
    FROM employed AS e
)
SELECT s.service_id, m.period_start, m.period_end, NULL::text AS breakdown, NULL::text AS unit_id,
       0::numeric AS numerator, 0::numeric AS denominator
FROM yot.services AS s
CROSS JOIN yotqa.months((SELECT as_of FROM bounds), yotqa.setting_integer('months')) AS m
UNION ALL
SELECT u.service_id, make_date(u.k / 12, u.k % 12 + 1, 1), make_date((u.k + 1) / 12, (u.k + 1) % 12 + 1, 1) - 1,
       NULL, u.unit_id, u.numerator, u.denominator
FROM units AS u
-- Always true (the series are clipped to the window); written so that the planner, which
-- cannot see how many months generate_series yields, estimates a few rows per record, not 1000.
WHERE u.k >= (SELECT first_k FROM bounds) AND u.k <= (SELECT last_k FROM bounds)

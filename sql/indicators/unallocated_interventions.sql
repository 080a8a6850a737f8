-- id: unallocated_interventions
-- title: Interventions waiting for a case manager
-- direction: lower
-- period: month
-- measure: count
-- green: 0
-- red: 5
-- description: At the end of each month, the number of the service's open interventions that had no
-- description: case manager allocated although at least five working days had passed since they
-- description: started.
--
-- Unit: an intervention of the service open on the month's last day D (start_on <= D, end_on null
-- or after D), not allocated on D (case_manager_id null, allocated_on null, or allocated_on after
-- D: a case manager with a null allocated_on is not allocated), with D on or after the 5th working
-- day after start_on (counting from the day after start_on, skipping weekends and bank holidays,
-- yotqa.calendar); unit_id intervention_id, numerator 1. Left out: an intervention that ends
-- before it starts (rule 2) or whose start_on or end_on is after the as-of date (rule 3), as
-- base_interventions.dates_valid; one whose allocated_on is after the as-of date (rule 3) or
-- whose case manager is missing (rule 4): its allocation cannot be judged
-- (base_interventions.allocation_valid). An unknown kind is kept: caseload counts every kind.
--
-- Speed: months are assigned by arithmetic (month k = year × 12 + month − 1): an intervention is
-- counted at the end of months k(5th working day) … min(k(end_on), k(allocated_on)) − 1, clipped
-- to the window, which generate_series lists; a month-end D is on or after a day W exactly when
-- k(D) >= k(W). The 5th working day comes from an equality join on yotqa.calendar's ordinals
-- (yotqa.working_day_after, which skips weekends only, outside the calendar's span). The bounds
-- are read once, as scalar subqueries, instead of base_interventions' per-row yotqa.as_of()
-- calls; see caseload_per_fte.
WITH bounds AS NOT MATERIALIZED (
    SELECT as_of, last_k - n + 1 AS first_k, last_k
    FROM (SELECT yotqa.as_of() AS as_of, yotqa.setting_integer('months') AS n,
                 (date_part('year', yotqa.as_of() + 1) * 12 + date_part('month', yotqa.as_of() + 1) - 2)::integer
                     AS last_k) AS s
),
-- Interventions with valid dates and a judgeable allocation, with the last month of the window
-- at whose end they are open and unallocated: before the month of end_on and, when a case
-- manager and allocated_on are both recorded, before the month of allocated_on (least() skips
-- a NULL, so a missing end or allocation sets no limit).
spans AS (
    SELECT i.intervention_id, i.service_id, i.start_on,
           (date_part('year', i.start_on) * 12 + date_part('month', i.start_on) - 1)::integer AS start_k,
           least((SELECT last_k FROM bounds),
                 (date_part('year', i.end_on) * 12 + date_part('month', i.end_on) - 2)::integer,
                 CASE WHEN i.case_manager_id IS NOT NULL
                      THEN (date_part('year', i.allocated_on) * 12 + date_part('month', i.allocated_on) - 2)::integer
                 END) AS to_k
    FROM yot.interventions AS i
    LEFT JOIN yot.practitioners AS cm ON cm.practitioner_id = i.case_manager_id
    WHERE i.start_on <= (SELECT as_of FROM bounds)
      AND (i.end_on IS NULL OR (i.end_on >= i.start_on AND i.end_on <= (SELECT as_of FROM bounds)))
      AND (i.allocated_on IS NULL OR i.allocated_on <= (SELECT as_of FROM bounds))
      AND (i.case_manager_id IS NULL OR cm.practitioner_id IS NOT NULL)
      AND i.service_id IN (SELECT service_id FROM yot.services)
),
-- Only those unallocated at some month-end of the window need their 5th working day.
waiting AS (
    SELECT s.intervention_id, s.service_id, s.to_k, coalesce(c5.day, yotqa.working_day_after(s.start_on, 5)) AS fifth
    FROM spans AS s
    LEFT JOIN yotqa.calendar AS c0 ON c0.day = s.start_on
    LEFT JOIN yotqa.calendar AS c5 ON c5.working AND c5.ordinal = c0.ordinal + 5
    WHERE s.to_k >= s.start_k AND s.to_k >= (SELECT first_k FROM bounds)
),
units AS (
    SELECT w.intervention_id, w.service_id,
           generate_series(greatest((SELECT first_k FROM bounds),
                                    (date_part('year', w.fifth) * 12 + date_part('month', w.fifth) - 1)::integer),
                           w.to_k) AS k
    FROM waiting AS w
)
SELECT s.service_id, m.period_start, m.period_end, NULL::text AS breakdown, NULL::text AS unit_id,
       0::numeric AS numerator, NULL::numeric AS denominator
FROM yot.services AS s
CROSS JOIN yotqa.months((SELECT as_of FROM bounds), yotqa.setting_integer('months')) AS m
UNION ALL
SELECT u.service_id, make_date(u.k / 12, u.k % 12 + 1, 1), make_date((u.k + 1) / 12, (u.k + 1) % 12 + 1, 1) - 1,
       NULL, u.intervention_id, 1, NULL
FROM units AS u

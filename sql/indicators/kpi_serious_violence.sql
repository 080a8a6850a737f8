-- id: kpi_serious_violence
-- title: Children with a proven serious violence offence
-- direction: lower
-- period: quarter
-- measure: percent
-- green: 4
-- red: 6
-- description: Of the children the service worked with in the quarter (an intervention of any kind
-- description: open on any day of it), the share with a serious violence offence proven in the
-- description: quarter: violence against the person, robbery or drugs, with a gravity score of 5 or
-- description: more (a YJB key performance indicator, from local case data, not the Police National
-- description: Computer).
--
-- Unit: a child (unit_id = child_id), counted once per service and quarter, in the service of
-- the intervention: a child with open interventions in two services is counted in each.
-- Denominator: children with an intervention of any kind (an unknown or NULL kind included, as
-- the catalogue says) open on any day of the quarter: start_on <= the quarter's end and (end_on
-- is NULL or end_on > max(start_on, the quarter's start)). Numerator: those of them with a proven
-- offence (base_proven_offences) whose outcome_on falls in the quarter, gravity 5–8 and category
-- violence_against_the_person, robbery or drugs. Age plays no part: a child who turns 18 is still
-- counted. Left out of the denominator: an intervention whose end_on is before its start_on
-- (rule 2), or whose start_on or end_on is after the as-of date (rule 3); one whose child is
-- missing (rule 4); one whose service_id is not in yot.services reaches no service. Left out of
-- the numerator only: an offence with a gravity outside 1–8 (rule 6), or not recorded; an offence
-- not proven (an unknown outcome, rule 1, or an outcome_on after the as-of date, rule 3).
--
-- Performance: no range join, and no DISTINCT over a million (child, quarter) rows. Quarters are
-- numbered year × 4 + (month − 1) / 3 (financial quarters start where calendar quarters do, so
-- consecutive quarters differ by 1) and the reported ones become bits 0 (the earliest) to n − 1
-- of a bigint: the config allows at most 40 quarters, and 62 would fit. An intervention is open on a day of quarter P exactly when P lies between the quarter
-- of its start_on and the quarter of the day before its end_on (end_on > start_on and end_on >
-- P's start, i.e. end_on − 1 >= P's start), so each intervention yields a run of bits by
-- arithmetic; the runs of a (service, child) are OR-ed in one pass, and so are the quarters of a
-- child's serious offences. The unit rows are then the set bits, joined to the reported quarters
-- by a bit test. The window's bounds are scalar subqueries (InitPlans, worked out once), so the scan
-- drops interventions outside it before the validation tests run. (The LIMIT only tells the
-- planner how many rows yotqa.quarters returns: it then expects about as many unit rows as there
-- are, and sums them by hashing, not by sorting them.)
WITH quarters AS NOT MATERIALIZED (
    SELECT q.period_start, q.period_end,
           date_part('year', q.period_start)::integer * 4 + (date_part('month', q.period_start)::integer - 1) / 3
               AS quarter_no
    FROM yotqa.quarters(yotqa.as_of(), yotqa.setting_integer('quarters')) AS q
    LIMIT yotqa.setting_integer('quarters')
),
span AS NOT MATERIALIZED (
    SELECT min(q.quarter_no) AS first_no, max(q.quarter_no) AS last_no,
           min(q.period_start) AS first_day, max(q.period_end) AS last_day
    FROM quarters AS q
),
-- Each intervention open on a day of the window: the first (lo) and last (hi) reported quarter it
-- is open in, as bit numbers.
open_runs AS (
    SELECT i.service_id, i.child_id,
           greatest(date_part('year', i.start_on)::integer * 4 + (date_part('month', i.start_on)::integer - 1) / 3,
                    w.first_no) - w.first_no AS lo,
           least(CASE WHEN i.end_on IS NULL THEN w.last_no
                      ELSE date_part('year', i.end_on - 1)::integer * 4
                           + (date_part('month', i.end_on - 1)::integer - 1) / 3 END,
                 w.last_no) - w.first_no AS hi
    FROM span AS w, base_interventions AS i
    WHERE i.start_on <= (SELECT b.last_day FROM span AS b)
      AND (i.end_on IS NULL OR i.end_on > (SELECT b.first_day FROM span AS b))
      AND (i.end_on IS NULL OR i.end_on > i.start_on)
      AND i.dates_valid
      AND i.child_exists
),
-- Each (service, child): the reported quarters it was open in, as bits.
open_children AS (
    SELECT r.service_id, r.child_id, bit_or((1::bigint << (r.hi + 1)) - (1::bigint << r.lo)) AS open_bits
    FROM open_runs AS r
    GROUP BY r.service_id, r.child_id
),
-- Each child: the reported quarters in which a serious violence offence of theirs was proven.
serious AS (
    SELECT o.child_id,
           bit_or(1::bigint << (date_part('year', o.outcome_on)::integer * 4
                                + (date_part('month', o.outcome_on)::integer - 1) / 3 - w.first_no)) AS serious_bits
    FROM span AS w
    JOIN base_proven_offences AS o ON o.outcome_on BETWEEN w.first_day AND w.last_day
    WHERE o.gravity BETWEEN 5 AND 8
      AND o.category IN ('violence_against_the_person', 'robbery', 'drugs')
    GROUP BY o.child_id
),
-- The serious quarters joined per (service, child), before the quarters are spread out (OFFSET 0
-- keeps the planner from joining a million rows instead of a few hundred thousand).
children AS (
    SELECT c.service_id, c.child_id, c.open_bits, coalesce(v.serious_bits, 0) AS serious_bits
    FROM open_children AS c
    LEFT JOIN serious AS v ON v.child_id = c.child_id
    OFFSET 0
)
SELECT s.service_id, q.period_start, q.period_end, NULL::text AS breakdown, NULL::text AS unit_id,
       0::numeric AS numerator, 0::numeric AS denominator
FROM yot.services AS s
CROSS JOIN quarters AS q
UNION ALL
-- One unit row per (service, child, quarter) whose bit is set. The engine reports only the
-- services of yot.services, so one of another service_id reaches no service (rule 4).
SELECT c.service_id, q.period_start, q.period_end, NULL, c.child_id,
       ((c.serious_bits >> (q.quarter_no - w.first_no)) & 1)::numeric, 1
FROM children AS c
CROSS JOIN span AS w
JOIN quarters AS q ON ((c.open_bits >> (q.quarter_no - w.first_no)) & 1)::integer::boolean

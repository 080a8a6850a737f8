-- id: reoffending_frequency
-- title: Reoffences per reoffender (local proxy)
-- direction: lower
-- period: cohort_quarter
-- measure: ratio
-- green: 1.5
-- red: 1.8
-- provisional_months: 18
-- description: Of the children aged 10 to 17 who were cautioned, convicted or released from custody in
-- description: the quarter and then reoffended, the average number of further proven offences each
-- description: committed within 12 months (proven within 18 months); two offences dealt with at one
-- description: hearing count as two. The figure is provisional until 18 months after the quarter's
-- description: end, while later offences can still be proven. A local proxy, from case data, of the
-- description: national figure, which comes from the Police National Computer.
--
-- Value = reoffences ÷ reoffenders, in children.service_id (offences have no service). Units,
-- chosen so that a drill-down lists the records themselves:
-- * a reoffence: unit_id offence_id, numerator 1, denominator 0. Reoffences are counted as
--   offences: two offences proven at one hearing are two reoffences.
-- * a reoffender, a child of the cohort with at least one reoffence: unit_id child_id,
--   numerator 0, denominator 1.
-- So a drill-down against the figure (numerator above 0) lists the reoffences, and the full list
-- adds the reoffenders. (The drill-down groups by unit_id: it assumes, as case systems do, that
-- an offence_id is never also a child_id.)
-- The cohort of P: children with an index event in P, aged 10–17 (PostgreSQL's age()) on the
-- index date, which is the child's earliest index event in P. A child is in a cohort once, and
-- may be in the cohorts of several quarters. Index events:
-- * the outcome_on of a proven offence (outcome youth_caution, youth_conditional_caution or
--   conviction and outcome_on not after the as-of date, as base_proven_offences);
-- * the released_on of a custody-tier intervention (detention_training_order, other_custody).
--   Left out: a released_on after the as-of date (rule 3, base_interventions.released_valid), an
--   intervention whose child is missing (rule 4), an unknown or null kind (rule 1), and an
--   intervention that ends before it starts or whose start_on or end_on is after the as-of date
--   (rules 2 and 3, base_interventions.dates_valid).
-- A reoffence: a proven offence of the child with index < committed_on <= index + 12 months and
-- outcome_on <= index + 18 months (PostgreSQL's month arithmetic, day clamped to the month's
-- length). An offence committed on the index date is not one (the test is strict); an offence
-- committed after the as-of date cannot be one (rule 3, base_proven_offences.committed_valid).
-- Left out of the cohort: a child whose born_on is null or breaks rule 3 (after the as-of date,
-- or making the child younger than 8 or older than 25 at one of their interventions' start_on),
-- as base_children.born_on_valid.
-- The engine marks a cohort provisional while the as-of date is on or before its quarter's end +
-- 18 months (provisional_months: 18).
--
-- The cohort is defined here and, identically, in reoffending_binary.sql: the two differ only in
-- their arithmetic, and may share it later.
-- Speed: the sets of base.sql are written out here rather than used: base.sql calls
-- yotqa.as_of() once per row (about 0.4 µs a call, over 1.4M offences), while here the as-of date
-- is read once, as a scalar subquery. The rules applied are the same. Index events are grouped by
-- child and quarter (quarter q = year × 4 + (month − 1) / 3) in one aggregate, and reoffences are
-- found by an equality join on child_id. age() is taken on timestamps rather than on timestamptz
-- (the same whole years, without the time zone work: three times faster). yotqa.quarters is read
-- through LIMIT n, which changes nothing but tells the planner how many rows come out (it assumes
-- 1000 of a function).
WITH bounds AS NOT MATERIALIZED (
    SELECT yotqa.as_of() AS as_of
),
-- The reoffences of each index date. The tests that keep a child out of the cohort (age, born_on,
-- service, the quarter) come after this join: the planner cannot estimate them, and placed
-- before it they would make it guess a handful of rows and pick nested loops over the offences.
pairs AS (
    SELECT x.child_id, x.q, x.index_on, p.offence_id
    FROM base_reoffending_index AS x
    JOIN base_reoffending_proven AS p
      ON p.child_id = x.child_id
     AND p.committed_on > x.index_on
     AND p.committed_on <= x.committed_by
     AND p.outcome_on <= x.proven_by
),
-- Those whose child is in the cohort: aged 10–17 on the index date, born_on valid, in a service
-- on record.
reoffences AS MATERIALIZED (
    SELECT c.service_id, k.period_start, k.period_end, r.child_id, r.offence_id
    FROM pairs AS r
    JOIN base_reoffending_cohorts AS k ON k.q = r.q
    JOIN yot.children AS c ON c.child_id = r.child_id
    WHERE c.born_on <= (SELECT as_of FROM bounds)
      AND date_part('year', age(r.index_on::timestamp, c.born_on::timestamp)) IN (10, 11, 12, 13, 14, 15, 16, 17)
      AND c.service_id IN (SELECT service_id FROM yot.services)
      AND c.child_id NOT IN (SELECT child_id FROM base_misdated_children)
)
SELECT s.service_id, k.period_start, k.period_end, NULL::text AS breakdown, NULL::text AS unit_id,
       0::numeric AS numerator, 0::numeric AS denominator
FROM yot.services AS s
CROSS JOIN base_reoffending_cohorts AS k
UNION ALL
SELECT r.service_id, r.period_start, r.period_end, NULL, r.offence_id, 1, 0
FROM reoffences AS r
UNION ALL
SELECT DISTINCT r.service_id, r.period_start, r.period_end, NULL, r.child_id, 0, 1
FROM reoffences AS r

-- id: first_time_entrants
-- title: First-time entrants (local proxy)
-- direction: lower
-- period: rolling_year
-- measure: per_100000
-- green: 700
-- red: 850
-- description: Children whose first ever proven offence (caution, conditional caution or conviction)
-- description: was dealt with in the 12 months to the end of the quarter, aged 10 to 17 at the time,
-- description: per 100,000 children aged 10 to 17 living in the area. A local proxy, from case data,
-- description: of the national figure, which comes from the Police National Computer.
--
-- Rows carry the window: period_start = the quarter's end − 12 months + 1 day, period_end = the
-- quarter's end, for the last N complete quarters.
-- Units:
-- * a child, in children.service_id (offences have no service), whose earliest outcome_on over
--   all their proven offences falls in the window, and who was 10–17 on that date by
--   PostgreSQL's age(): unit_id child_id, numerator 1, denominator 0. A proven offence has outcome
--   youth_caution, youth_conditional_caution or conviction and an outcome_on not after the as-of
--   date (as base_proven_offences): an unknown outcome (rule 1) or an outcome_on after the as-of
--   date (rule 3) is not proven, so it can neither make nor move a first offence. Left out: a
--   child whose born_on is null or breaks rule 3 (after the as-of date, or making the child
--   younger than 8 or older than 25 at one of their interventions' start_on), as
--   base_children.born_on_valid.
-- * the population, one row per service and window (base_rolling_population): unit_id NULL,
--   numerator 0, denominator population_10_17 of the latest year not after the year of the
--   window's end whose population_10_17 is above 0 (a row <= 0 breaks rule 6 and is skipped). No
--   such year leaves the denominator 0: value NULL, insufficient_data. This row is also the
--   window's skeleton.
--
-- Speed: the sets of base.sql are written out here rather than used: base.sql calls
-- yotqa.as_of() once per row (about 0.4 µs a call, over 1.4M offences), while here the as-of date
-- is read once, as a scalar subquery. The rules applied are the same. First offences come from
-- one aggregate over the offences, and each is placed in the windows that hold it by a join
-- against the N windows alone (not services × windows). age() is taken on timestamps rather than
-- on timestamptz (the same whole years, without the time zone work: three times faster).
WITH bounds AS NOT MATERIALIZED (
    SELECT yotqa.as_of() AS as_of, yotqa.setting_integer('quarters') AS n
),
-- The windows (base_rolling_windows), worked out once for the query.
windows AS (
    SELECT * FROM base_rolling_windows
),
-- Each child's first proven offence, kept when it falls in the oldest window or later.
firsts AS (
    SELECT o.child_id, min(o.outcome_on) AS first_on
    FROM yot.offences AS o
    WHERE o.outcome IN ('youth_caution', 'youth_conditional_caution', 'conviction')
      AND o.outcome_on <= (SELECT as_of FROM bounds)
    GROUP BY o.child_id
    HAVING min(o.outcome_on) >= (SELECT (date_trunc('quarter', as_of + 1) - make_interval(months => 3 * n + 9))::date
                                 FROM bounds)
),
-- Those aged 10–17 on the day, with a born_on that is not null, not after the as-of date and not
-- misdated. (The ages are listed rather than written BETWEEN, which the planner reads as a narrow
-- range and so underestimates the entrants.)
entrants AS (
    SELECT c.child_id, c.service_id, f.first_on
    FROM firsts AS f
    JOIN yot.children AS c ON c.child_id = f.child_id
    WHERE c.born_on <= (SELECT as_of FROM bounds)
      AND date_part('year', age(f.first_on::timestamp, c.born_on::timestamp)) IN (10, 11, 12, 13, 14, 15, 16, 17)
      AND c.service_id IN (SELECT service_id FROM yot.services)
      AND c.child_id NOT IN (SELECT child_id FROM base_misdated_children)
)
-- One population row per service and window, also the skeleton (base_rolling_population).
SELECT * FROM base_rolling_population
UNION ALL
SELECT e.service_id, w.period_start, w.period_end, NULL, e.child_id, 1, 0
FROM entrants AS e
JOIN windows AS w ON e.first_on >= w.period_start AND e.first_on <= w.period_end

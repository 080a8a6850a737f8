-- id: custody_rate
-- title: Custodial sentences per 1,000 children (local proxy)
-- direction: lower
-- period: rolling_year
-- measure: per_1000
-- green: 0.8
-- red: 1
-- description: Custodial sentences (detention and training orders and other custody) that began in the
-- description: 12 months to the end of the quarter, per 1,000 children aged 10 to 17 living in the
-- description: area. It counts sentences, not children: a child sentenced twice counts twice. A local
-- description: proxy, from case data, of the national figure.
--
-- Rows carry the window: period_start = the quarter's end − 12 months + 1 day, period_end = the
-- quarter's end, for the last N complete quarters.
-- Units:
-- * an intervention of the custody tier (detention_training_order, other_custody) whose start_on
--   falls in the window, in the intervention's service: unit_id intervention_id, numerator 1,
--   denominator 0. Left out: an unknown or null kind (rule 1: it cannot be placed in a tier, as
--   base_interventions.kind_known), and an intervention that ends before it starts (rule 2) or
--   whose start_on or end_on is after the as-of date (rule 3), as base_interventions.dates_valid.
-- * the population, one row per service and window (base_rolling_population): unit_id NULL,
--   numerator 0, denominator population_10_17 of the latest year not after the year of the
--   window's end whose population_10_17 is above 0 (a row <= 0 breaks rule 6 and is skipped). No
--   such year leaves the denominator 0: value NULL, insufficient_data. This row is also the
--   window's skeleton.
--
-- Speed: an intervention is placed in the four windows that hold its start_on (those ending at the
-- end of its quarter and of the three quarters after) by an equality join on period_end. The
-- as-of date is read once, as a scalar subquery, rather than through base_interventions, which
-- calls yotqa.as_of() once per row.
WITH bounds AS NOT MATERIALIZED (
    SELECT yotqa.as_of() AS as_of
),
-- The windows (base_rolling_windows), worked out once for the query.
windows AS (
    SELECT * FROM base_rolling_windows
),
sentences AS (
    SELECT i.intervention_id, i.service_id,
           (date_part('year', i.start_on) * 4 + (date_part('month', i.start_on) - 1)::integer / 3)::integer
               + generate_series(1, 4) AS next_q
    FROM yot.interventions AS i
    WHERE i.kind IN ('detention_training_order', 'other_custody')
      AND i.start_on <= (SELECT as_of FROM bounds)
      AND (i.end_on IS NULL OR (i.end_on >= i.start_on AND i.end_on <= (SELECT as_of FROM bounds)))
      AND i.service_id IN (SELECT service_id FROM yot.services)
)
-- One population row per service and window, also the skeleton (base_rolling_population).
SELECT * FROM base_rolling_population
UNION ALL
SELECT c.service_id, w.period_start, w.period_end, NULL, c.intervention_id, 1, 0
FROM sentences AS c
-- next_q numbers the quarter after a window's last: its first day − 1 is the window's end.
JOIN windows AS w ON w.period_end = make_date(c.next_q / 4, c.next_q % 4 * 3 + 1, 1) - 1

-- id: kpi_accommodation
-- title: Suitable accommodation at the end of an intervention
-- direction: higher
-- period: quarter
-- measure: percent
-- green: 90
-- red: 85
-- description: Of the children whose intervention ended in the quarter and whose accommodation at
-- description: the end was recorded, the share in suitable accommodation (a YJB key performance
-- description: indicator, from local case data). Bail supervision and remand are not counted. Also
-- description: broken down by tier (out of court, court, custody, prevention).
-- breakdown: tier
--
-- Unit: a member of E(P) (see base_kpi_units in sql/base.sql), in the service of its
-- intervention, on the total and under its tier. Denominator: accommodation_suitable recorded at
-- 'end' (not NULL: not recorded is left out); numerator: accommodation_suitable true. Left out, through E(P): bail
-- supervision and remand; an unknown or NULL kind (rule 1); an intervention without an
-- outcome_status row at 'end' (rule 5); end_on before start_on (rule 2), or start_on or end_on
-- after the as-of date (rule 3).
SELECT u.service_id, u.period_start, u.period_end, u.breakdown, u.intervention_id AS unit_id,
       CASE WHEN u.accommodation_suitable THEN 1 ELSE 0 END::numeric AS numerator,
       CASE WHEN u.intervention_id IS NULL THEN 0 ELSE 1 END::numeric AS denominator
FROM base_kpi_units AS u
WHERE u.intervention_id IS NULL OR u.accommodation_suitable IS NOT NULL

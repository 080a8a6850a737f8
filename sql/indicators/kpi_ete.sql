-- id: kpi_ete
-- title: Suitable education, training or employment at the end of an intervention
-- direction: higher
-- period: quarter
-- measure: percent
-- green: 75
-- red: 65
-- description: Of the children whose intervention ended in the quarter and whose education, training
-- description: or employment at the end was recorded, the share in a suitable place (a YJB key
-- description: performance indicator, from local case data). Bail supervision and remand are not
-- description: counted. Also broken down by tier (out of court, court, custody, prevention).
-- breakdown: tier
--
-- Unit: a member of E(P) (see base_kpi_units in sql/base.sql), in the service of its
-- intervention, on the total and under its tier. Denominator: ete_suitable recorded at 'end' (not
-- NULL: not recorded is left out); numerator: ete_suitable true. Left out, through E(P): bail
-- supervision and remand; an unknown or NULL kind (rule 1); an intervention without an
-- outcome_status row at 'end' (rule 5); end_on before start_on (rule 2), or start_on or end_on
-- after the as-of date (rule 3).
SELECT u.service_id, u.period_start, u.period_end, u.breakdown, u.intervention_id AS unit_id,
       CASE WHEN u.ete_suitable THEN 1 ELSE 0 END::numeric AS numerator,
       CASE WHEN u.intervention_id IS NULL THEN 0 ELSE 1 END::numeric AS denominator
FROM base_kpi_units AS u
WHERE u.intervention_id IS NULL OR u.ete_suitable IS NOT NULL

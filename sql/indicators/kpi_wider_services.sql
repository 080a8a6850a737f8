-- id: kpi_wider_services
-- title: Children known to wider services
-- direction: neutral
-- period: quarter
-- measure: percent
-- description: Of the children whose intervention ended in the quarter, the share known at the end
-- description: to early help, as a child in need, under a child protection plan, or looked after (a
-- description: YJB key performance indicator, from local case data): context for the other figures,
-- description: never rated. Bail supervision and remand are not counted. Also broken down by tier
-- description: (out of court, court, custody, prevention).
-- breakdown: tier
--
-- Unit: a member of E(P) (see base_kpi_units in sql/base.sql), in the service of its
-- intervention, on the total and under its tier. Denominator: every member of E(P), whatever it
-- recorded; numerator: any of early_help, child_in_need, child_protection or looked_after true at
-- 'end' (NULL counts as not true). Left out, through E(P): bail supervision and remand; an unknown
-- or NULL kind (rule 1); an intervention without an outcome_status row at 'end' (rule 5); end_on
-- before start_on (rule 2), or start_on or end_on after the as-of date (rule 3).
SELECT u.service_id, u.period_start, u.period_end, u.breakdown, u.intervention_id AS unit_id,
       CASE WHEN u.early_help OR u.child_in_need OR u.child_protection OR u.looked_after THEN 1 ELSE 0 END::numeric
           AS numerator,
       CASE WHEN u.intervention_id IS NULL THEN 0 ELSE 1 END::numeric AS denominator
FROM base_kpi_units AS u

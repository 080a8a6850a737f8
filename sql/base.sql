-- The base sets every indicator may use, as common table expressions.
--
-- The engine puts these in front of each indicator's query (WITH <these> SELECT … FROM (<the
-- indicator's query>)), so an indicator file may name them like tables. They apply the data
-- contract's validation rules once, so that every indicator leaves a broken record out the same
-- way (see "Which indicators a broken record leaves" in the catalogue). They are NOT MATERIALIZED:
-- the planner inlines them, so a set or a column an indicator does not use costs nothing.
-- Settings come from yotqa.as_of() and yotqa.setting_integer(name).

-- Every intervention, with its tier and flags saying which of its fields break a rule.
base_interventions AS NOT MATERIALIZED (
    SELECT i.*,
           yotqa.tier(i.kind) AS tier,
           -- Rule 1: a kind in the list (a NULL kind is not known either).
           yotqa.tier(i.kind) IS NOT NULL AS kind_known,
           -- Rules 2 and 3 on the dates every period test uses.
           (i.end_on < i.start_on) IS NOT TRUE
               AND (i.start_on > yotqa.as_of()) IS NOT TRUE
               AND (i.end_on > yotqa.as_of()) IS NOT TRUE AS dates_valid,
           -- The out-of-court clock: referred_on present and not in the future.
           i.referred_on IS NOT NULL AND i.referred_on <= yotqa.as_of() AS referred_valid,
           -- Allocation is judged only when its fields break no rule (rules 3 and 4).
           (i.allocated_on > yotqa.as_of()) IS NOT TRUE
               AND (i.case_manager_id IS NULL
                    OR EXISTS (SELECT 1 FROM yot.practitioners AS p WHERE p.practitioner_id = i.case_manager_id))
               AS allocation_valid,
           EXISTS (SELECT 1 FROM yot.children AS c WHERE c.child_id = i.child_id) AS child_exists,
           (i.released_on > yotqa.as_of()) IS NOT TRUE AS released_valid,
           i.end_reason IS NULL OR i.end_reason IN ('completed', 'breached', 'revoked', 'transferred', 'other')
               AS end_reason_known
    FROM yot.interventions AS i
),

-- E(P)'s members before the period test: interventions of a known kind other than bail
-- supervision and remand, with valid dates, that ended and have an outcome_status row at 'end'.
-- An indicator keeps those whose end_on falls in its period.
base_kpi_population AS NOT MATERIALIZED (
    SELECT i.intervention_id, i.service_id, i.child_id, i.kind, i.tier, i.end_on, i.end_reason,
           o.recorded_on, o.accommodation_suitable, o.ete_suitable, o.school_age, o.send_identified, o.send_plan,
           o.mh_need, o.mh_offered, o.mh_attended, o.sm_need, o.sm_offered, o.sm_attended,
           o.early_help, o.child_in_need, o.child_protection, o.looked_after
    FROM base_interventions AS i
    JOIN yot.outcome_status AS o ON o.intervention_id = i.intervention_id AND o.at = 'end'
    WHERE i.kind_known AND i.kind NOT IN ('bail_supervision', 'remand') AND i.dates_valid AND i.end_on IS NOT NULL
),

-- Proven offences: a proven outcome with an outcome_on not after the as-of date; committed_valid
-- is false when committed_on is after the as-of date (such an offence cannot be a reoffence).
base_proven_offences AS NOT MATERIALIZED (
    SELECT o.*, (o.committed_on > yotqa.as_of()) IS NOT TRUE AS committed_valid
    FROM yot.offences AS o
    WHERE o.outcome IN ('youth_caution', 'youth_conditional_caution', 'conviction')
      AND o.outcome_on IS NOT NULL AND o.outcome_on <= yotqa.as_of()
),

-- Children, with born_on_valid false when born_on breaks rule 3 (after the as-of date, or making
-- the child younger than 8 or older than 25 at an intervention's start_on) or is missing.
base_children AS NOT MATERIALIZED (
    SELECT c.*,
           c.born_on IS NOT NULL
               AND c.born_on <= yotqa.as_of()
               AND NOT EXISTS (
                   SELECT 1 FROM yot.interventions AS i
                   WHERE i.child_id = c.child_id AND i.start_on IS NOT NULL
                     AND extract(year FROM age(i.start_on, c.born_on)) NOT BETWEEN 8 AND 25) AS born_on_valid
    FROM yot.children AS c
)

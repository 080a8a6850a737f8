-- The base sets every indicator may use, as common table expressions.
--
-- The engine puts these in front of each indicator's query (WITH <these> SELECT … FROM (<the
-- indicator's query>)), so an indicator file may name them like tables. They apply the data
-- contract's validation rules once, so that every indicator leaves a broken record out the same
-- way (see "Which indicators a broken record leaves" in the catalogue). They are NOT MATERIALIZED:
-- the planner inlines them, so a set or a column an indicator does not use costs nothing.
-- Settings come from (SELECT yotqa.as_of()) and yotqa.setting_integer(name).

-- Every intervention, with its tier and flags saying which of its fields break a rule.
base_interventions AS NOT MATERIALIZED (
    SELECT i.*,
           yotqa.tier(i.kind) AS tier,
           -- Rule 1: a kind in the list (a NULL kind is not known either).
           yotqa.tier(i.kind) IS NOT NULL AS kind_known,
           -- Rules 2 and 3 on the dates every period test uses.
           (i.end_on < i.start_on) IS NOT TRUE
               AND (i.start_on > (SELECT yotqa.as_of())) IS NOT TRUE
               AND (i.end_on > (SELECT yotqa.as_of())) IS NOT TRUE AS dates_valid,
           -- The out-of-court clock: referred_on present and not in the future.
           i.referred_on IS NOT NULL AND i.referred_on <= (SELECT yotqa.as_of()) AS referred_valid,
           -- Allocation is judged only when its fields break no rule (rules 3 and 4).
           (i.allocated_on > (SELECT yotqa.as_of())) IS NOT TRUE
               AND (i.case_manager_id IS NULL
                    OR EXISTS (SELECT 1 FROM yot.practitioners AS p WHERE p.practitioner_id = i.case_manager_id))
               AS allocation_valid,
           EXISTS (SELECT 1 FROM yot.children AS c WHERE c.child_id = i.child_id) AS child_exists,
           (i.released_on > (SELECT yotqa.as_of())) IS NOT TRUE AS released_valid,
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
    SELECT o.*, (o.committed_on > (SELECT yotqa.as_of())) IS NOT TRUE AS committed_valid
    FROM yot.offences AS o
    WHERE o.outcome IN ('youth_caution', 'youth_conditional_caution', 'conviction')
      AND o.outcome_on IS NOT NULL AND o.outcome_on <= (SELECT yotqa.as_of())
),

-- Children whose born_on makes them younger than 8 or older than 25 at one of their
-- interventions' start_on (rule 3, as base_children.born_on_valid). The day count is a cheap
-- necessary condition (less than 8 years is less than 8 × 366 days; 26 years are at least
-- 26 × 365 days), so that age() is computed for a few rows rather than for every intervention.
base_misdated_children AS NOT MATERIALIZED (
    SELECT DISTINCT i.child_id
    FROM yot.interventions AS i
    JOIN yot.children AS c ON c.child_id = i.child_id
    WHERE (i.start_on - c.born_on < 8 * 366 OR i.start_on - c.born_on >= 26 * 365)
      AND date_part('year', age(i.start_on::timestamp, c.born_on::timestamp)) NOT BETWEEN 8 AND 25
),

-- Children, with born_on_valid false when born_on breaks rule 3 (after the as-of date, or making
-- the child younger than 8 or older than 25 at an intervention's start_on) or is missing.
base_children AS NOT MATERIALIZED (
    SELECT c.*,
           c.born_on IS NOT NULL AND c.born_on <= (SELECT yotqa.as_of())
               AND c.child_id NOT IN (SELECT child_id FROM base_misdated_children) AS born_on_valid
    FROM yot.children AS c
)
,

-- The units of the six key performance indicators built on E(P) (kpi_accommodation, kpi_ete,
-- kpi_send_plan, kpi_mental_health, kpi_substance_misuse, kpi_wider_services), so that their
-- periods, tier breakdown and skeleton are written once. A member of E(P) whose end_on falls in
-- one of the reported quarters appears twice in its service and quarter, with its intervention_id
-- and its outcome_status values at 'end': once on the total (breakdown NULL) and once under its
-- tier (tier=out_of_court|court|custody|prevention; bail supervision and remand are not in E(P),
-- so no member has tier 'other'). Each indicator picks its denominator and numerator from those
-- values. The skeleton rows, one per service in yot.services × quarter × breakdown (the total
-- included), have a NULL intervention_id and NULL values. A member whose service_id is not in
-- yot.services reaches no service (rule 4).
-- A financial quarter starts where date_trunc('quarter') does, so a member's quarter is worked
-- out from its end_on, not joined; the reported span's bounds are scalar subqueries, worked out
-- once. (The LIMIT only tells the planner how many rows yotqa.quarters returns.)
base_kpi_units AS NOT MATERIALIZED (
    SELECT s.service_id, q.period_start, q.period_end, b.breakdown, NULL::text AS intervention_id,
           NULL::boolean AS accommodation_suitable, NULL::boolean AS ete_suitable,
           NULL::boolean AS send_identified, NULL::boolean AS send_plan,
           NULL::boolean AS mh_need, NULL::boolean AS mh_attended, NULL::boolean AS sm_need,
           NULL::boolean AS sm_attended, NULL::boolean AS early_help, NULL::boolean AS child_in_need,
           NULL::boolean AS child_protection, NULL::boolean AS looked_after
    FROM yot.services AS s
    CROSS JOIN (SELECT * FROM yotqa.quarters((SELECT yotqa.as_of()), yotqa.setting_integer('quarters'))
                LIMIT yotqa.setting_integer('quarters')) AS q
    CROSS JOIN (VALUES (NULL::text), ('tier=out_of_court'), ('tier=court'), ('tier=custody'), ('tier=prevention'))
        AS b (breakdown)
    UNION ALL
    SELECT p.service_id, p.period_start::date, (p.period_start + interval '3 months - 1 day')::date,
           b.breakdown, p.intervention_id,
           p.accommodation_suitable, p.ete_suitable, p.send_identified, p.send_plan,
           p.mh_need, p.mh_attended, p.sm_need, p.sm_attended,
           p.early_help, p.child_in_need, p.child_protection, p.looked_after
    FROM (SELECT k.*, date_trunc('quarter', k.end_on::timestamp) AS period_start
          FROM base_kpi_population AS k
          WHERE k.end_on >= (SELECT min(f.period_start)
                             FROM yotqa.quarters((SELECT yotqa.as_of()), yotqa.setting_integer('quarters')) AS f)
         ) AS p
    CROSS JOIN LATERAL (VALUES (NULL::text), ('tier=' || p.tier)) AS b (breakdown)
    WHERE p.period_start <= (SELECT max(f.period_start)
                             FROM yotqa.quarters((SELECT yotqa.as_of()), yotqa.setting_integer('quarters')) AS f)
      AND EXISTS (SELECT 1 FROM yot.services AS s WHERE s.service_id = p.service_id)
)
,

-- Deadline units, shared by the five deadline indicators of the catalogue's timeliness table: one
-- row per deadline rule of the setting yotqa.deadlines (its key is the indicator's id) and
-- intervention the rule applies to (its kind is listed in the rule's days), with
--   clock_start  the rule's clock: start_on, or referred_on;
--   due_on       the Nth working day after clock_start, counted from the day after it (N = the
--                rule's days for the kind), from yotqa.calendar by ordinal; outside the calendar's
--                span yotqa.working_day_after skips weekends only;
--   done_on      the earliest valid done_on of the rule's milestone kind (several rows may exist);
--   counted      the deadline has passed (due_on before the as-of date: on the due day itself the
--                work can still be done) or the milestone is done;
--   on_time      done on or before due_on (a missing milestone past its deadline is late).
-- Left out: an intervention of an unknown or null kind (rule 1: only known kinds of a rule's days
-- are joined); one without a clock (an out-of-court intervention without referred_on); under a
-- start_on clock, one whose dates break rule 2 or 3 (end_on < start_on; start_on or end_on after
-- the as-of date); under a referred_on clock, one whose referred_on is after the as-of date. A
-- milestone row that breaks a rule is dropped, and its intervention judged on its remaining rows:
-- done_on before the clock or before the date rule 2 compares it with (its intervention's
-- start_on; for oocd_decision, referred_on), done_on after the as-of date (rule 3), a kind outside
-- the list (rule 1); an orphan (rule 4) joins no intervention.
-- An indicator selects its rule with indicator = '<id>' and assigns the quarter of clock_start;
-- a filter on clock_start against the first period's start (a scalar subquery, computed once)
-- keeps only the periods reported. Both filters reach the scans: the rules are small subqueries
-- fenced by OFFSET 0 (read once, not once per row), indicator = '<id>' reaches both of them, and
-- the milestones are scanned once per rule left, for its kind alone.
base_deadline_units AS NOT MATERIALIZED (
    SELECT d.indicator, d.service_id, d.intervention_id, d.kind, d.clock_start, d.due_on, d.done_on,
           d.due_on < (SELECT yotqa.as_of()) OR d.done_on IS NOT NULL AS counted,
           d.done_on IS NOT NULL AND d.done_on <= d.due_on AS on_time
    FROM (
        SELECT c.indicator, c.service_id, c.intervention_id, c.kind, c.clock_start,
               CASE WHEN c.days = 0 THEN c.clock_start
                    ELSE coalesce(w.day, yotqa.working_day_after(c.clock_start, c.days)) END AS due_on,
               min(m.done_on) AS done_on
        FROM (
            SELECT rule.indicator, rule.days, i.service_id, i.intervention_id, i.kind, i.start_on, i.referred_on,
                   CASE rule.clock WHEN 'start_on' THEN i.start_on WHEN 'referred_on' THEN i.referred_on END
                       AS clock_start
            FROM (
                SELECT r.key AS indicator, r.value ->> 'clock' AS clock, k.key AS kind, k.value::integer AS days
                FROM jsonb_each(current_setting('yotqa.deadlines')::jsonb) AS r
                CROSS JOIN LATERAL jsonb_each_text(r.value -> 'days') AS k
                WHERE yotqa.tier(k.key) IS NOT NULL  -- a known kind (rule 1), so i.kind is known too
                OFFSET 0
            ) AS rule
            JOIN base_interventions AS i ON i.kind = rule.kind
            WHERE CASE rule.clock
                      WHEN 'start_on' THEN i.start_on IS NOT NULL AND i.dates_valid
                      WHEN 'referred_on' THEN i.referred_valid
                      ELSE false
                  END
        ) AS c
        -- The due day: the working day whose ordinal is the clock start's ordinal + N.
        LEFT JOIN yotqa.calendar AS s ON s.day = c.clock_start
        LEFT JOIN yotqa.calendar AS w ON w.working AND w.ordinal = s.ordinal + c.days
        -- The milestone rows of the rule's kind (a known kind, rule 1), not after the as-of date (rule
        -- 3), read once per rule: the OFFSET 0 keeps the kind a filter of the scan.
        LEFT JOIN (
            SELECT rule.indicator, m.intervention_id, m.kind, m.done_on
            FROM (
                SELECT r.key AS indicator, r.value ->> 'milestone' AS milestone
                FROM jsonb_each(current_setting('yotqa.deadlines')::jsonb) AS r
                WHERE r.value ->> 'milestone' IN ('first_contact', 'initial_assessment', 'intervention_plan', 'review',
                                                 'initial_panel', 'oocd_decision')
                OFFSET 0
            ) AS rule
            CROSS JOIN LATERAL (
                SELECT m.intervention_id, m.kind, m.done_on
                FROM yot.milestones AS m
                WHERE m.kind = rule.milestone AND m.done_on <= (SELECT yotqa.as_of())
                OFFSET 0
            ) AS m
        ) AS m
          ON m.indicator = c.indicator
         AND m.intervention_id = c.intervention_id
         AND m.done_on >= c.clock_start  -- not before the clock
         -- Rule 2: not before start_on (oocd_decision: referred_on); a NULL date breaks no rule.
         AND (m.done_on < CASE WHEN m.kind = 'oocd_decision' THEN c.referred_on ELSE c.start_on END) IS NOT TRUE
        GROUP BY c.indicator, c.service_id, c.intervention_id, c.kind, c.clock_start, c.days, w.day
    ) AS d
)
,

-- The unit rows of the five deadline indicators, with the indicator's id: for every rule of
-- yotqa.deadlines, one skeleton row per service and reported quarter, and one row per counted
-- unit of base_deadline_units in the quarter its clock started (by arithmetic), numerator 1 when
-- on time. Each deadline file selects its own id; the planner pushes that filter into both parts.
base_deadline_rows AS NOT MATERIALIZED (
    WITH quarters AS (
        SELECT q.period_start, q.period_end
        FROM yotqa.quarters((SELECT yotqa.as_of()), yotqa.setting_integer('quarters')) AS q
    )
    SELECT r.indicator, s.service_id, q.period_start, q.period_end, NULL::text AS breakdown,
           NULL::text AS unit_id, 0::numeric AS numerator, 0::numeric AS denominator
    FROM jsonb_object_keys(current_setting('yotqa.deadlines')::jsonb) AS r(indicator), yot.services AS s,
         quarters AS q
    UNION ALL
    SELECT u.indicator, u.service_id, u.period_start, (u.period_start + interval '3 months')::date - 1, NULL,
           u.intervention_id, CASE WHEN u.on_time THEN 1 ELSE 0 END, 1
    FROM (
        SELECT d.indicator, d.service_id, d.intervention_id, d.on_time,
               date_trunc('quarter', d.clock_start::timestamp)::date AS period_start
        FROM base_deadline_units AS d
        WHERE d.counted
          AND d.clock_start BETWEEN (SELECT min(quarters.period_start) FROM quarters)
                                AND (SELECT max(quarters.period_end) FROM quarters)
    ) AS u
    JOIN yot.services AS s ON s.service_id = u.service_id
),

-- The reoffending cohorts' shared parts (reoffending_binary and reoffending_frequency): the
-- cohort quarters, the proven offences that may be reoffences, the index events, and each child's
-- index date per quarter with the last days a reoffence may be committed and proven. The tests
-- that keep a child out of a cohort (age, born_on, service) are applied by each indicator after
-- its join with the offences, where the planner can estimate them.
base_reoffending_cohorts AS NOT MATERIALIZED (
    SELECT q.period_start, q.period_end,
           (date_part('year', q.period_start) * 4 + (date_part('month', q.period_start) - 1)::integer / 3)::integer AS q
    FROM (SELECT * FROM yotqa.quarters((SELECT yotqa.as_of()), yotqa.setting_integer('quarters'))
          LIMIT yotqa.setting_integer('quarters')) AS q
),
-- Proven offences that may be reoffences: committed after the oldest cohort's start (a reoffence
-- is committed after an index date).
base_reoffending_proven AS NOT MATERIALIZED (
    SELECT o.offence_id, o.child_id, o.committed_on, o.outcome_on
    FROM yot.offences AS o
    WHERE o.outcome IN ('youth_caution', 'youth_conditional_caution', 'conviction')
      AND o.outcome_on <= (SELECT yotqa.as_of())
      AND o.committed_on > (SELECT min(period_start) FROM base_reoffending_cohorts)
),
-- Index events from the oldest cohort's start. No upper bound is needed: every cohort ends on or
-- before the as-of date, so a later event falls in no cohort's quarter.
base_reoffending_events AS NOT MATERIALIZED (
    SELECT o.child_id, o.outcome_on AS event_on
    FROM yot.offences AS o
    WHERE o.outcome IN ('youth_caution', 'youth_conditional_caution', 'conviction')
      AND o.outcome_on >= (SELECT min(period_start) FROM base_reoffending_cohorts)
    UNION ALL
    SELECT i.child_id, i.released_on
    FROM yot.interventions AS i
    WHERE i.kind IN ('detention_training_order', 'other_custody')
      AND i.released_on >= (SELECT min(period_start) FROM base_reoffending_cohorts)
      AND (i.start_on IS NULL OR i.start_on <= (SELECT yotqa.as_of()))
      AND (i.end_on IS NULL OR ((i.end_on >= i.start_on) IS NOT FALSE AND i.end_on <= (SELECT yotqa.as_of())))
),
-- The index date: each child's earliest event of each quarter; and the last days on which a
-- reoffence may be committed (12 months on, and not after the as-of date: rule 3) and proven
-- (18 months on), computed once per index date rather than once per offence compared.
base_reoffending_index AS NOT MATERIALIZED (
    SELECT e.child_id, e.q, min(e.event_on) AS index_on,
           least((min(e.event_on) + interval '12 months')::date, (SELECT yotqa.as_of())) AS committed_by,
           (min(e.event_on) + interval '18 months')::date AS proven_by
    FROM (SELECT child_id, event_on,
                 (date_part('year', event_on) * 4 + (date_part('month', event_on) - 1)::integer / 3)::integer AS q
          FROM base_reoffending_events) AS e
    GROUP BY e.child_id, e.q
),
-- The rolling-year windows of custody_rate and first_time_entrants: the 12 months to the end of
-- each reported quarter. yotqa.quarters is read through LIMIT n, which changes nothing but tells
-- the planner how many rows come out (it assumes 1000 of a function).
base_rolling_windows AS NOT MATERIALIZED (
    SELECT (q.period_end - interval '12 months')::date + 1 AS period_start, q.period_end
    FROM (SELECT * FROM yotqa.quarters((SELECT yotqa.as_of()), yotqa.setting_integer('quarters'))
          LIMIT yotqa.setting_integer('quarters')) AS q
),
-- Their population rows, one per service and window, which are also the windows' skeleton:
-- unit_id NULL, numerator 0, denominator population_10_17 of the latest year not after the year of
-- the window's end whose population_10_17 is above 0 (a row <= 0 breaks rule 6 and is skipped).
-- No such year leaves the denominator 0: value NULL, insufficient_data.
base_rolling_population AS NOT MATERIALIZED (
    SELECT s.service_id, w.period_start, w.period_end, NULL::text AS breakdown, NULL::text AS unit_id,
           0::numeric AS numerator, coalesce(pop.population_10_17, 0)::numeric AS denominator
    FROM yot.services AS s
    CROSS JOIN base_rolling_windows AS w
    LEFT JOIN LATERAL (
        SELECT p.population_10_17
        FROM yot.population AS p
        WHERE p.service_id = s.service_id AND p.year <= extract(year FROM w.period_end)
          AND p.population_10_17 > 0
        ORDER BY p.year DESC
        LIMIT 1
    ) AS pop ON true
)

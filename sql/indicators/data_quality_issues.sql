-- id: data_quality_issues
-- title: Records breaking a data rule
-- direction: lower
-- period: as_of
-- measure: count
-- description: How many of the service's records break a validation rule of the data contract (an
-- description: unknown code, dates in the wrong order or in the future, a link to a missing record,
-- description: a missing required value, a number out of range), judged on the as-of date. Such
-- description: records are left out of the figures they would distort. Broken down by rule; a
-- description: record breaking two rules counts once in the total and once under each rule.
-- breakdown: rule
--
-- Unit: a record of any table of schema yot that breaks at least one of the contract's validation
-- rules 1–6 (DATA-CONTRACT.md), judged against the as-of date. Its unit_id names the table and the
-- record's key, and nothing else: 'interventions:I1', 'outcome_status:I1:end',
-- 'board_attendance:M1:police', 'population:S1:2024' (extracts would be 'extracts:S1:<timestamp>',
-- but an extract breaks no rule). A record counts once on the total row, and once on the row of
-- each rule it breaks (however many of that rule's sub-cases it breaks).
-- Rows carry the as-of date as both period_start and period_end.
--
-- Which service a broken record is counted against:
-- * a record with a service_id of its own (population, practitioners, children, interventions,
--   court_reports, board_meetings, feedback) counts against that service when it is in
--   yot.services; when it is not, the record reaches no service and goes on the row whose
--   service_id is NULL. We do NOT fall back to a parent for these: the contract's "service_id of
--   ... interventions, court reports" is the record's own attribution (the catalogue judges all
--   intervention work by interventions.service_id, and a child may move between services), so a
--   wrong one cannot be repaired by guessing from interventions.child_id or court_reports.child_id;
--   the record is unattributable, and charging it to the child's service could blame a service for
--   another's data;
-- * a record without one reaches a service through its parent: milestones, outcome_status,
--   victims and case_audits through their intervention, offences through their child,
--   board_attendance through its meeting, and take whatever the parent reaches (so the dependants
--   of an intervention whose service_id is missing reach no service either). A missing parent
--   (rule 4) reaches no service;
-- * records reaching no service are reported on service_id NULL rows, which exist only when there
--   are some (no skeleton rows for NULL).
-- A NULL is "not recorded" and breaks no rule but rule 5: a NULL reference (child_id,
-- case_manager_id, intervention_id, meeting_id, service_id) is no reference to a missing parent,
-- and a NULL enumerated value, date or number breaks nothing.
--
-- Skeleton rows: every service of yot.services × {total, rule=1 … rule=6}, numerator 0, so a
-- clean service reports 0 everywhere.
--
-- Performance: every table is read once, except interventions, read twice: for its own checks
-- (which also judge its child's age at start_on, the child being joined there anyway) and as the
-- hash the union of its four dependants (milestones, outcome_status, victims, case_audits) is
-- probed against. Every rule 4 lookup is a hash join on the parent's key; nothing runs per row.
-- The as-of date is read once, as an InitPlan `(SELECT yotqa.as_of())`, not once per row. One
-- filter, in `records`, keeps the records that break at least one rule; the planner pushes it into
-- every table's pass. It is written as a range (1 to 6 rules broken), which the planner estimates
-- at a small share of the rows, as it is; so it chooses parallel plans for the big passes, with
-- only the few broken rows moving between processes. (A plain OR of the flags is estimated at
-- most of the rows, and the planner then stays serial, about twice as slow.)
--
-- Rule 1's lists (DATA-CONTRACT.md, "Meanings and enumerations"): `(x IN (list)) IS FALSE` is true
-- only for a recorded value outside the list (case matters); NULL IN (...) is NULL, and IS FALSE
-- of NULL is false. Rules 2, 3 and 6 likewise use IS TRUE / IS FALSE, so a NULL date or number
-- breaks nothing and every flag is true or false, never NULL.
--
-- broken: each table's records, with the service_id they carry (their own, or their parent's; it
-- is checked against yot.services in `records`) and a flag per rule. The interventions' pass also
-- yields a row for each child too young or too old at one of its interventions' start_on.
WITH broken (service_id, unit_id, r1, r2, r3, r4, r5, r6) AS (
    -- population: rule 6. (population.service_id is not in rule 4's list; a row whose service is
    -- not in yot.services only reaches no service.)
    SELECT po.service_id, 'population:' || po.service_id || ':' || po.year,
           false, false, false, false, false, (po.population_10_17 <= 0) IS TRUE
    FROM yot.population AS po
    UNION ALL
    -- practitioners: rule 3 started_on (left_on is planned by nature); rule 4 service; rule 6 fte
    -- outside (0, 1.5].
    SELECT p.service_id, 'practitioners:' || p.practitioner_id,
           false, false,
           (p.started_on > (SELECT yotqa.as_of())) IS TRUE,
           p.service_id IS NOT NULL AND sv.service_id IS NULL,
           false,
           (p.fte > 0 AND p.fte <= 1.5) IS FALSE
    FROM yot.practitioners AS p
    LEFT JOIN yot.services AS sv ON sv.service_id = p.service_id
    UNION ALL
    -- children: rule 3 born_on after the as-of date (its other half, the child's age at its
    -- interventions, is found by the interventions' pass); rule 4 service.
    SELECT c.service_id, 'children:' || c.child_id,
           false, false,
           (c.born_on > (SELECT yotqa.as_of())) IS TRUE,
           c.service_id IS NOT NULL AND sv.service_id IS NULL,
           false, false
    FROM yot.children AS c
    LEFT JOIN yot.services AS sv ON sv.service_id = c.service_id
    UNION ALL
    -- interventions, and their children's age. Every join is on the parent's primary key
    -- (outcome_status: (intervention_id, at) with at fixed), so each intervention is one row of x.
    -- x yields a row for the intervention when it breaks a rule, and a row for its child when the
    -- child is too young or too old at this start_on (merged with the child's other rows below).
    SELECT v.service_id, v.unit_id, v.r1, v.r2, v.r3, v.r4, v.r5, false
    FROM (
        SELECT i.intervention_id, i.service_id, i.child_id, c.service_id AS child_service_id,
               -- Rule 1: kind or end_reason outside its list.
               (i.kind IN ('prevention', 'community_resolution', 'youth_caution', 'youth_conditional_caution',
                           'referral_order', 'youth_rehabilitation_order', 'detention_training_order',
                           'other_custody', 'bail_supervision', 'remand')) IS FALSE
                   OR (i.end_reason IN ('completed', 'breached', 'revoked', 'transferred', 'other')) IS FALSE AS r1,
               -- Rule 2: ends before it starts.
               (i.end_on < i.start_on) IS TRUE AS r2,
               -- Rule 3: a date other than planned_end_on (planned by nature) after the as-of date.
               -- greatest() skips NULLs: it is NULL only when none is recorded.
               (greatest(i.referred_on, i.start_on, i.end_on, i.allocated_on, i.released_on)
                   > (SELECT yotqa.as_of())) IS TRUE AS r3,
               -- Rule 4: a recorded child, case manager or service that does not exist.
               (i.child_id IS NOT NULL AND c.child_id IS NULL)
                   OR (i.case_manager_id IS NOT NULL AND p.practitioner_id IS NULL)
                   OR (i.service_id IS NOT NULL AND sv.service_id IS NULL) AS r4,
               -- Rule 5: ended, of any kind but bail_supervision or remand (an unknown or NULL
               -- kind included), without an outcome_status row at 'end' (whatever that row's own
               -- state); or out of court without referred_on.
               (i.end_on IS NOT NULL AND (i.kind IN ('bail_supervision', 'remand')) IS NOT TRUE
                   AND e.intervention_id IS NULL)
                   OR (i.kind IN ('community_resolution', 'youth_caution', 'youth_conditional_caution')
                       AND i.referred_on IS NULL) IS TRUE AS r5,
               -- The child's rule 3: younger than 8 or older than 25 at this start_on, in whole
               -- years as age() counts them. The day difference is a cheap first sieve: under 8
               -- years is under 2,923 days and over 25 (26 or more) is at least 9,496 days, so only
               -- differences outside [2,930, 9,489] need age().
               ((i.start_on - c.born_on) NOT BETWEEN 2930 AND 9489
                   AND extract(YEAR FROM age(i.start_on::timestamp, c.born_on::timestamp)) NOT BETWEEN 8 AND 25)
                   IS TRUE AS child_age
        FROM yot.interventions AS i
        LEFT JOIN yot.services AS sv ON sv.service_id = i.service_id
        LEFT JOIN yot.children AS c ON c.child_id = i.child_id
        LEFT JOIN yot.practitioners AS p ON p.practitioner_id = i.case_manager_id
        LEFT JOIN yot.outcome_status AS e ON e.intervention_id = i.intervention_id AND e.at = 'end'
    ) AS x
    CROSS JOIN LATERAL (
        VALUES (x.service_id, 'interventions:' || x.intervention_id, x.r1, x.r2, x.r3, x.r4, x.r5,
                x.r1 OR x.r2 OR x.r3 OR x.r4 OR x.r5),
               (x.child_service_id, 'children:' || x.child_id, false, false, true, false, false, x.child_age)
    ) AS v (service_id, unit_id, r1, r2, r3, r4, r5, found)
    WHERE (x.r1::integer + x.r2::integer + x.r3::integer + x.r4::integer + x.r5::integer + x.child_age::integer)
          BETWEEN 1 AND 6
      AND v.found
    UNION ALL
    -- milestones, outcome_status, victims and case_audits: one union, probed once against the
    -- interventions (their parent, whose service they take). The checks that need no parent are
    -- made in the union.
    SELECT pa.service_id, d.source || ':' || d.key || coalesce(':' || d.key2, ''),
           d.r1,
           -- Rule 2 (milestones): done before its clock, start_on, or referred_on for an
           -- oocd_decision. Not judged without a parent (that is rule 4).
           (d.done_on < CASE WHEN d.from_referral THEN pa.referred_on ELSE pa.start_on END) IS TRUE,
           d.r3,
           -- Rule 4: a recorded intervention_id that does not exist.
           d.intervention_id IS NOT NULL AND pa.intervention_id IS NULL,
           false, false
    FROM (
        -- milestones: rule 1 kind; rule 3 done_on.
        SELECT 'milestones' AS source, m.milestone_id AS key, NULL::text AS key2, m.intervention_id,
               (m.kind IN ('first_contact', 'initial_assessment', 'intervention_plan', 'review', 'initial_panel',
                           'oocd_decision')) IS FALSE AS r1,
               (m.done_on > (SELECT yotqa.as_of())) IS TRUE AS r3,
               m.done_on, m.kind = 'oocd_decision' AS from_referral
        FROM yot.milestones AS m
        UNION ALL
        -- outcome_status: rule 1 at; rule 3 recorded_on. Its key is (intervention_id, at).
        SELECT 'outcome_status', o.intervention_id, o.at, o.intervention_id,
               (o.at IN ('start', 'end')) IS FALSE, (o.recorded_on > (SELECT yotqa.as_of())) IS TRUE, NULL, NULL
        FROM yot.outcome_status AS o
        UNION ALL
        -- victims: rule 4 only.
        SELECT 'victims', v.victim_id, NULL, v.intervention_id, false, false, NULL, NULL
        FROM yot.victims AS v
        UNION ALL
        -- case_audits: rule 1 rating; rule 3 audited_on.
        SELECT 'case_audits', a.audit_id, NULL, a.intervention_id,
               (a.rating IN ('outstanding', 'good', 'requires_improvement', 'inadequate')) IS FALSE,
               (a.audited_on > (SELECT yotqa.as_of())) IS TRUE, NULL, NULL
        FROM yot.case_audits AS a
    ) AS d
    LEFT JOIN yot.interventions AS pa ON pa.intervention_id = d.intervention_id
    UNION ALL
    -- offences: rule 1 outcome; rule 3 committed_on, outcome_on; rule 4 child; rule 6 gravity.
    -- Service: the child's.
    SELECT c.service_id, 'offences:' || o.offence_id,
           (o.outcome IN ('community_resolution', 'youth_caution', 'youth_conditional_caution', 'conviction',
                          'no_further_action', 'other')) IS FALSE,
           false,
           (greatest(o.committed_on, o.outcome_on) > (SELECT yotqa.as_of())) IS TRUE,
           o.child_id IS NOT NULL AND c.child_id IS NULL,
           false,
           (o.gravity BETWEEN 1 AND 8) IS FALSE
    FROM yot.offences AS o
    LEFT JOIN yot.children AS c ON c.child_id = o.child_id
    UNION ALL
    -- court_reports: rule 2 submitted before requested; rule 3 requested_on, submitted_on (due_on
    -- is planned by nature); rule 4 child, service. Service: its own.
    SELECT r.service_id, 'court_reports:' || r.report_id,
           false,
           (r.submitted_on < r.requested_on) IS TRUE,
           (greatest(r.requested_on, r.submitted_on) > (SELECT yotqa.as_of())) IS TRUE,
           (r.child_id IS NOT NULL AND c.child_id IS NULL) OR (r.service_id IS NOT NULL AND sv.service_id IS NULL),
           false, false
    FROM yot.court_reports AS r
    LEFT JOIN yot.children AS c ON c.child_id = r.child_id
    LEFT JOIN yot.services AS sv ON sv.service_id = r.service_id
    UNION ALL
    -- board_meetings: rule 3 held_on; rule 4 service.
    SELECT m.service_id, 'board_meetings:' || m.meeting_id,
           false, false,
           (m.held_on > (SELECT yotqa.as_of())) IS TRUE,
           m.service_id IS NOT NULL AND sv.service_id IS NULL,
           false, false
    FROM yot.board_meetings AS m
    LEFT JOIN yot.services AS sv ON sv.service_id = m.service_id
    UNION ALL
    -- board_attendance: rule 1 partner; rule 4 meeting. Service: the meeting's. Its key is
    -- (meeting_id, partner).
    SELECT m.service_id, 'board_attendance:' || ba.meeting_id || ':' || ba.partner,
           (ba.partner IN ('childrens_services', 'education', 'police', 'probation', 'health')) IS FALSE,
           false, false,
           m.meeting_id IS NULL,
           false, false
    FROM yot.board_attendance AS ba
    LEFT JOIN yot.board_meetings AS m ON m.meeting_id = ba.meeting_id
    UNION ALL
    -- feedback: rule 1 respondent; rule 3 received_on; rule 4 service; rule 6 score outside 1–5.
    SELECT f.service_id, 'feedback:' || f.feedback_id,
           (f.respondent IN ('child', 'parent_carer', 'victim')) IS FALSE,
           false,
           (f.received_on > (SELECT yotqa.as_of())) IS TRUE,
           f.service_id IS NOT NULL AND sv.service_id IS NULL,
           false,
           (f.score BETWEEN 1 AND 5) IS FALSE
    FROM yot.feedback AS f
    LEFT JOIN yot.services AS sv ON sv.service_id = f.service_id
    -- extracts: no rule applies (extracted_at is exempt from rule 3, and extracts.service_id is not
    -- in rule 4's list). services: nothing to break.
),
-- One row per broken record: the service it reaches (the service_id it carries, its own or its
-- parent's, when that is in yot.services; else NULL) and every rule it breaks. A child may have
-- been found by its own pass and by the interventions' (its age): the rows of one record merge.
records AS (
    SELECT sv.service_id, b.unit_id, bool_or(b.r1) AS r1, bool_or(b.r2) AS r2, bool_or(b.r3) AS r3,
           bool_or(b.r4) AS r4, bool_or(b.r5) AS r5, bool_or(b.r6) AS r6
    FROM broken AS b
    LEFT JOIN yot.services AS sv ON sv.service_id = b.service_id
    -- Keep only the records that break some rule. Written as a range, which the planner estimates
    -- at a small share of the rows, so it picks parallel plans for the big passes and moves only
    -- the few broken rows between processes; it pushes this filter down into every pass.
    WHERE (b.r1::integer + b.r2::integer + b.r3::integer + b.r4::integer + b.r5::integer + b.r6::integer)
          BETWEEN 1 AND 6
    GROUP BY sv.service_id, b.unit_id
)
SELECT sv.service_id, (SELECT yotqa.as_of()) AS period_start, (SELECT yotqa.as_of()) AS period_end, b.breakdown,
       NULL::text AS unit_id, 0::numeric AS numerator, NULL::numeric AS denominator
FROM yot.services AS sv
CROSS JOIN (VALUES (NULL::text), ('rule=1'), ('rule=2'), ('rule=3'), ('rule=4'), ('rule=5'), ('rule=6')) AS b (breakdown)
UNION ALL
-- Each broken record once on the total row (breakdown NULL) and once under each rule it breaks.
SELECT rc.service_id, (SELECT yotqa.as_of()), (SELECT yotqa.as_of()), r.breakdown, rc.unit_id, 1, NULL
FROM records AS rc
CROSS JOIN LATERAL (
    VALUES (NULL::text, true), ('rule=1', rc.r1), ('rule=2', rc.r2), ('rule=3', rc.r3), ('rule=4', rc.r4),
           ('rule=5', rc.r5), ('rule=6', rc.r6)
) AS r (breakdown, hit)
WHERE r.hit

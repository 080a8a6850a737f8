-- id: oocd_decision_timely
-- title: Out-of-court disposal decisions on time
-- direction: higher
-- period: quarter
-- measure: percent
-- description: Of the out-of-court cases the police referred in the quarter, the share decided on time (by
-- description: default within 10 working days of the referral). A case counts once its deadline has passed or
-- description: it is decided; one with no decision recorded by its deadline is late.
--
-- Unit: an intervention of a kind the rule oocd_decision_timely of the setting yotqa.deadlines
-- lists (by default community_resolution, youth_caution and youth_conditional_caution, 10
-- working days each), in the quarter in which its clock (referred_on) started, counted once its
-- deadline has passed or its oocd_decision milestone is done; numerator 1 when the earliest
-- valid oocd_decision is on or before the due day.
--
-- Left out (see base_deadline_units in sql/base.sql): an unknown or null kind (rule 1); an
-- out-of-court intervention without referred_on, which has no clock (rule 5), or whose
-- referred_on is after the as-of date (rule 3). start_on and end_on are not used, so a rule 2
-- or 3 breach of theirs does not leave this indicator (the catalogue leaves such an intervention
-- out of the timeliness clocked on start_on only). A decision row before referred_on (rule 2),
-- after the as-of date (rule 3) or of an unknown kind (rule 1) is dropped and the
-- intervention judged on its other rows, so it may become late; an orphan row (rule 4) counts
-- for nothing. An intervention in no service of yot.services reaches no row (rule 4).
--
-- The due day, the earliest valid milestone, the rows left out and the quarter (the one the clock
-- started in) are those of base_deadline_units and base_deadline_rows in sql/base.sql, shared by
-- the five deadline indicators; the rule's kinds and days come from config.
SELECT service_id, period_start, period_end, breakdown, unit_id, numerator, denominator
FROM base_deadline_rows
WHERE indicator = 'oocd_decision_timely'

-- id: kpi_board_attendance
-- title: Senior partner attendance at management board meetings
-- direction: higher
-- period: quarter
-- measure: percent
-- green: 75
-- red: 60
-- description: Of the places of the statutory partners (children's services, education, police,
-- description: probation, health) at the management board meetings held in the quarter, the share
-- description: where the partner sent someone senior (a YJB key performance indicator, from local
-- description: records). An attendance not recorded counts as not attended.
--
-- Unit: a board_attendance row of a meeting held in the quarter, in the meeting's service; its
-- unit_id is meeting_id || ':' || partner (the table's key). Numerator: senior_attended true;
-- NULL (not recorded) counts as not attended, as the catalogue says. Left out: a meeting held
-- after the as-of date (rule 3; a complete quarter ends on or before it, so the test only
-- documents the rule); a partner outside the list or NULL (rule 1); a row whose meeting is missing
-- (rule 4), or whose meeting's service_id is not in yot.services, reaches no service.
WITH quarters AS (
    SELECT q.period_start, q.period_end
    FROM yotqa.quarters(yotqa.as_of(), yotqa.setting_integer('quarters')) AS q
)
SELECT s.service_id, q.period_start, q.period_end, NULL::text AS breakdown, NULL::text AS unit_id,
       0::numeric AS numerator, 0::numeric AS denominator
FROM yot.services AS s
CROSS JOIN quarters AS q
UNION ALL
SELECT s.service_id, q.period_start, q.period_end, NULL, a.meeting_id || ':' || a.partner,
       CASE WHEN a.senior_attended THEN 1 ELSE 0 END, 1
FROM yot.board_attendance AS a
JOIN yot.board_meetings AS m ON m.meeting_id = a.meeting_id
JOIN quarters AS q ON q.period_start = date_trunc('quarter', m.held_on::timestamp)::date
JOIN yot.services AS s ON s.service_id = m.service_id
WHERE a.partner IN ('childrens_services', 'education', 'police', 'probation', 'health')
  AND m.held_on <= yotqa.as_of()

-- The records of each service, the base of the data-quality share that raises a data_quality alert
-- (alerts.data_quality_percent). Records are attributed as data_quality_issues attributes them: a
-- record with a service_id of its own by it; milestones, outcome_status, victims and case_audits
-- through their intervention; offences through their child; board_attendance through its meeting.
-- Records that reach no service are not counted. Run in each cycle's snapshot, after the indicators.
WITH own AS (
    SELECT service_id, count(*) AS n FROM yot.population GROUP BY service_id
    UNION ALL SELECT service_id, count(*) FROM yot.extracts GROUP BY service_id
    UNION ALL SELECT service_id, count(*) FROM yot.practitioners GROUP BY service_id
    UNION ALL SELECT service_id, count(*) FROM yot.children GROUP BY service_id
    UNION ALL SELECT service_id, count(*) FROM yot.interventions GROUP BY service_id
    UNION ALL SELECT service_id, count(*) FROM yot.court_reports GROUP BY service_id
    UNION ALL SELECT service_id, count(*) FROM yot.board_meetings GROUP BY service_id
    UNION ALL SELECT service_id, count(*) FROM yot.feedback GROUP BY service_id
),
dependants AS (
    SELECT intervention_id FROM yot.milestones
    UNION ALL SELECT intervention_id FROM yot.outcome_status
    UNION ALL SELECT intervention_id FROM yot.victims
    UNION ALL SELECT intervention_id FROM yot.case_audits
),
through_parents AS (
    SELECT i.service_id, count(*) AS n
    FROM dependants AS d JOIN yot.interventions AS i USING (intervention_id)
    GROUP BY i.service_id
    UNION ALL
    SELECT c.service_id, count(*)
    FROM yot.offences AS o JOIN yot.children AS c USING (child_id)
    GROUP BY c.service_id
    UNION ALL
    SELECT m.service_id, count(*)
    FROM yot.board_attendance AS a JOIN yot.board_meetings AS m USING (meeting_id)
    GROUP BY m.service_id
)
SELECT s.service_id, coalesce(sum(r.n), 0)::bigint AS records
FROM yot.services AS s
LEFT JOIN (SELECT * FROM own UNION ALL SELECT * FROM through_parents) AS r USING (service_id)
GROUP BY s.service_id
ORDER BY s.service_id

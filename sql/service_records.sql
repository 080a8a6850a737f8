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
-- Dependants of interventions, counted per intervention first so the join to interventions is a
-- join of two sets of about a million rows, not of every dependant row.
per_intervention AS (
    SELECT intervention_id, sum(n) AS n
    FROM (
        SELECT intervention_id, count(*) AS n FROM yot.milestones GROUP BY intervention_id
        UNION ALL SELECT intervention_id, count(*) FROM yot.outcome_status GROUP BY intervention_id
        UNION ALL SELECT intervention_id, count(*) FROM yot.victims GROUP BY intervention_id
        UNION ALL SELECT intervention_id, count(*) FROM yot.case_audits GROUP BY intervention_id
    ) AS dependants
    GROUP BY intervention_id
),
through_parents AS (
    SELECT i.service_id, sum(d.n) AS n
    FROM per_intervention AS d JOIN yot.interventions AS i USING (intervention_id)
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

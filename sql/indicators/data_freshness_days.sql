-- id: data_freshness_days
-- title: Days since the last data extract
-- direction: lower
-- period: as_of
-- measure: days
-- green: 1
-- red: 7
-- description: How many days old the service's data are: the as-of date minus the day (UK time) of
-- description: the latest successful load of the service's case data on or before the as-of date.
-- description: With no load at all there is no value.
--
-- Unit: the service (unit_id = its service_id), on one row carrying the as-of date as both
-- period_start and period_end. The day of an extract is its Europe/London calendar date, so a load
-- at 23:30 UTC in British Summer Time counts on the next day. An extract whose London date is after
-- the as-of date is ignored (extracts.extracted_at breaks no rule: the contract exempts it from
-- rule 3). An extract of a service that is not in yot.services is ignored too: the indicator is
-- reported per service of yot.services.
-- A service without such an extract has no unit row; its skeleton row carries a NULL numerator
-- (not 0, which would read as "fresh today"), so the sum is NULL: value NULL, insufficient_data.
-- With an extract, the skeleton's NULL is ignored by the sum and the value is the unit's days.
WITH settings AS (
    SELECT current_setting('yotqa.as_of')::date AS as_of
),
latest AS (
    SELECT e.service_id, max((e.extracted_at AT TIME ZONE 'Europe/London')::date) AS extracted_on
    FROM yot.extracts AS e, settings
    WHERE (e.extracted_at AT TIME ZONE 'Europe/London')::date <= settings.as_of
    GROUP BY e.service_id
)
SELECT s.service_id, settings.as_of AS period_start, settings.as_of AS period_end, NULL::text AS breakdown,
       NULL::text AS unit_id, NULL::numeric AS numerator, NULL::numeric AS denominator
FROM yot.services AS s, settings
UNION ALL
SELECT s.service_id, settings.as_of, settings.as_of, NULL, s.service_id, (settings.as_of - l.extracted_on)::numeric,
       NULL
FROM yot.services AS s
JOIN latest AS l ON l.service_id = s.service_id, settings

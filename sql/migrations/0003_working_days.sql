-- Migration 3: working days.
--
-- Working days are Monday to Friday except the bank holidays of yotqa.bank_holidays. The Nth
-- working day after a date S is found by counting forward from the day after S. yotqa.calendar
-- numbers the working days, so that day is the working day whose ordinal is S's ordinal + N: an
-- equality join, cheap for a million interventions. The calendar spans 1990 to 2069; outside it,
-- and in the years the holiday table does not cover, only weekends are skipped (the catalogue's
-- rule: the calendar is never derived by rule alone). It is rebuilt whenever the holidays change.

CREATE TABLE yotqa.calendar (
    day date PRIMARY KEY,
    working boolean NOT NULL,
    -- Working days from the calendar's first day up to and including this day.
    ordinal integer NOT NULL
);

CREATE INDEX calendar_working_ordinal ON yotqa.calendar (ordinal) WHERE working;

CREATE FUNCTION yotqa.refresh_calendar() RETURNS void
LANGUAGE sql
AS $$
    DELETE FROM yotqa.calendar;
    INSERT INTO yotqa.calendar (day, working, ordinal)
    SELECT day, working, sum(working::integer) OVER (ORDER BY day)::integer
    FROM (
        SELECT d::date AS day,
               extract(isodow FROM d) < 6 AND NOT EXISTS (
                   SELECT 1 FROM yotqa.bank_holidays AS h WHERE h.day = d::date) AS working
        FROM generate_series(date '1990-01-01', date '2069-12-31', interval '1 day') AS d
    ) AS days;
$$;

CREATE FUNCTION yotqa.calendar_changed() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM yotqa.refresh_calendar();
    RETURN NULL;
END
$$;

CREATE TRIGGER bank_holidays_changed
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON yotqa.bank_holidays
FOR EACH STATEMENT EXECUTE FUNCTION yotqa.calendar_changed();

SELECT yotqa.refresh_calendar();

-- The nth working day after a date (n >= 0; n = 0 gives the date itself). Outside the calendar's
-- span, weekends only are skipped.
CREATE FUNCTION yotqa.working_day_after(start date, n integer) RETURNS date
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$
    SELECT CASE WHEN n = 0 THEN start ELSE coalesce(
        (SELECT w.day
         FROM yotqa.calendar AS s
         JOIN yotqa.calendar AS w ON w.working AND w.ordinal = s.ordinal + n
         WHERE s.day = start),
        (SELECT d::date
         FROM generate_series(start + 1, start + 2 * n + 7, interval '1 day') AS d
         WHERE extract(isodow FROM d) < 6
         ORDER BY d OFFSET n - 1 LIMIT 1)) END
$$;

-- The first and last years the bank holiday table covers, for the calendar_ending alert.
CREATE VIEW yotqa.bank_holiday_coverage AS
SELECT min(extract(year FROM day))::integer AS first_year, max(extract(year FROM day))::integer AS last_year
FROM yotqa.bank_holidays;

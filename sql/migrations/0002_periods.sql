-- Migration 2: the reporting periods every indicator is computed over.
--
-- Quarters are financial quarters (Q1 = April to June … Q4 = January to March); their boundaries
-- are the calendar quarters', so date_trunc('quarter') finds them. A period is complete when its
-- end is on or before the as-of date. Periods are closed at both ends.

-- The last n complete quarters as of a date, newest first.
CREATE FUNCTION yotqa.quarters(as_of date, n integer)
RETURNS TABLE (period_start date, period_end date)
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT (first_open - make_interval(months => 3 * (k + 1)))::date,
           (first_open - make_interval(months => 3 * k))::date - 1
    FROM (SELECT date_trunc('quarter', as_of + 1)::date AS first_open) AS b,
         generate_series(0, n - 1) AS k
$$;

-- The last n complete calendar months as of a date, newest first.
CREATE FUNCTION yotqa.months(as_of date, n integer)
RETURNS TABLE (period_start date, period_end date)
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT (first_open - make_interval(months => k + 1))::date,
           (first_open - make_interval(months => k))::date - 1
    FROM (SELECT date_trunc('month', as_of + 1)::date AS first_open) AS b,
         generate_series(0, n - 1) AS k
$$;

COMMENT ON FUNCTION yotqa.quarters(date, integer) IS 'The last n complete financial quarters as of a date';
COMMENT ON FUNCTION yotqa.months(date, integer) IS 'The last n complete calendar months as of a date';

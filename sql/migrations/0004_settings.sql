-- Migration 4: the functions indicator files share.
--
-- A cycle passes its settings as transaction-local custom settings (yotqa.as_of, yotqa.quarters,
-- yotqa.months, yotqa.caseload_limit, yotqa.deadlines); these functions read them. Nothing here
-- refers to schema yot, so the council's data team may drop and recreate its tables freely: the
-- shared base sets over yot are CTEs in sql/base.sql, put in front of every indicator's query.

CREATE FUNCTION yotqa.as_of() RETURNS date
LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT current_setting('yotqa.as_of')::date $$;

CREATE FUNCTION yotqa.setting_integer(name text) RETURNS integer
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$ SELECT current_setting('yotqa.' || name)::integer $$;

-- The tier of an intervention kind; NULL for an unknown (or NULL) kind.
CREATE FUNCTION yotqa.tier(kind text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE
        WHEN kind IN ('community_resolution', 'youth_caution', 'youth_conditional_caution') THEN 'out_of_court'
        WHEN kind IN ('referral_order', 'youth_rehabilitation_order') THEN 'court'
        WHEN kind IN ('detention_training_order', 'other_custody') THEN 'custody'
        WHEN kind = 'prevention' THEN 'prevention'
        WHEN kind IN ('bail_supervision', 'remand') THEN 'other'
    END
$$;

-- The source data contract: schema yot, exactly as DATA-CONTRACT.md defines it.
--
-- The council's data team fills these tables (or views of the same names and columns) from its case
-- management system. yotqa only ever SELECTs from them. Only primary keys are declared: there are
-- no foreign keys and no CHECK constraints, because extracts arrive in any order and real data is
-- messy; yotqa validates instead. Names, columns and types are fixed: additions only, as new
-- optional columns or tables. No names, addresses or free text about children, ever.

CREATE SCHEMA IF NOT EXISTS yot;

CREATE TABLE yot.services (
    service_id text PRIMARY KEY,
    name text
);

CREATE TABLE yot.population (
    service_id text,
    year integer,
    population_10_17 integer,
    PRIMARY KEY (service_id, year)
);

CREATE TABLE yot.extracts (
    service_id text,
    extracted_at timestamptz,
    PRIMARY KEY (service_id, extracted_at)
);

CREATE TABLE yot.practitioners (
    practitioner_id text PRIMARY KEY,
    service_id text,
    case_holding boolean,
    fte numeric(4,2),
    started_on date,
    left_on date
);

CREATE TABLE yot.children (
    child_id text PRIMARY KEY,
    service_id text,
    born_on date,
    sex text,
    ethnicity text
);

CREATE TABLE yot.offences (
    offence_id text PRIMARY KEY,
    child_id text,
    committed_on date,
    outcome text,
    outcome_on date,
    gravity smallint,
    category text
);

CREATE TABLE yot.interventions (
    intervention_id text PRIMARY KEY,
    child_id text,
    service_id text,
    kind text,
    referred_on date,
    start_on date,
    planned_end_on date,
    end_on date,
    end_reason text,
    case_manager_id text,
    allocated_on date,
    released_on date
);

CREATE TABLE yot.milestones (
    milestone_id text PRIMARY KEY,
    intervention_id text,
    kind text,
    done_on date
);

CREATE TABLE yot.court_reports (
    report_id text PRIMARY KEY,
    child_id text,
    service_id text,
    requested_on date,
    due_on date,
    submitted_on date
);

CREATE TABLE yot.outcome_status (
    intervention_id text,
    at text,
    recorded_on date,
    accommodation_suitable boolean,
    ete_suitable boolean,
    school_age boolean,
    send_identified boolean,
    send_plan boolean,
    mh_need boolean,
    mh_offered boolean,
    mh_attended boolean,
    sm_need boolean,
    sm_offered boolean,
    sm_attended boolean,
    early_help boolean,
    child_in_need boolean,
    child_protection boolean,
    looked_after boolean,
    PRIMARY KEY (intervention_id, at)
);

CREATE TABLE yot.victims (
    victim_id text PRIMARY KEY,
    intervention_id text,
    consented_to_contact boolean,
    views_sought boolean,
    rj_offered boolean,
    rj_engaged boolean
);

CREATE TABLE yot.board_meetings (
    meeting_id text PRIMARY KEY,
    service_id text,
    held_on date
);

CREATE TABLE yot.board_attendance (
    meeting_id text,
    partner text,
    senior_attended boolean,
    PRIMARY KEY (meeting_id, partner)
);

CREATE TABLE yot.case_audits (
    audit_id text PRIMARY KEY,
    intervention_id text,
    audited_on date,
    rating text,
    oversight_sufficient boolean
);

CREATE TABLE yot.feedback (
    feedback_id text PRIMARY KEY,
    service_id text,
    respondent text,
    received_on date,
    score smallint
);

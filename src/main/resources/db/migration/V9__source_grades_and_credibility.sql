-- Admiralty grading: a source's reliability (A–F) with why, by whom and when; a statement's
-- information credibility (1–6). Shown together, e.g. "B3".
alter table source add column reliability varchar(1);
alter table source add column reliability_rationale varchar;
alter table source add column graded_by varchar(100);
alter table source add column graded_at timestamp(6) with time zone;
alter table statement add column credibility integer;
alter table statement add constraint ck_statement_credibility check (credibility is null or credibility between 1 and 6);

-- Statement details (issue: annotation workspace): how the text presents the statement, the
-- reviewer's rationale, attribution, tags, evidence, the anchoring context, and who changed it last.

alter table statement add column presentation varchar(20);
alter table statement add column rationale varchar;
alter table statement add column attribution_source varchar(300);
alter table statement add column attribution_cue varchar(100);
-- Tags are few and short: one sorted, comma-separated column avoids a join per statement.
alter table statement add column tags varchar(1000);
alter table statement add column evidence_url varchar(2000);
alter table statement add column evidence_statement_id bigint;
alter table statement add column quote_prefix varchar(200);
alter table statement add column quote_suffix varchar(200);
alter table statement add column modified_by varchar(100);
alter table statement add column modified_at timestamp(6) with time zone;


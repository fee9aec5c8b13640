-- Issue #19: an editor deciding a unit of overlapping statements also says where the statement is:
-- the gold span, in code points. Null means the statement's own span (every decision before this).
alter table statement_decision add column gold_start integer;
alter table statement_decision add column gold_end integer;

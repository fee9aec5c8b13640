-- Issue #19: an editor deciding a unit of overlapping statements also says where the statement is:
-- the gold span, in code points. Null means the statement's own span (every decision before this).
alter table statement_decision add column gold_start integer;
alter table statement_decision add column gold_end integer;
alter table statement_decision add constraint ck_decision_gold_span
    check ((gold_start is null and gold_end is null) or (gold_start >= 0 and gold_end > gold_start));

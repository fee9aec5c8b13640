-- Decisions carry their statement's document, so an export reads a document's decisions with one
-- index range instead of probing the decision index once per statement (most of PostgreSQL's time
-- for a million statements). A statement never changes document, so the copy cannot go stale.
alter table statement_decision add column document_id bigint;
update statement_decision x set document_id = (select s.document_id from statement s where s.id = x.statement_id);
alter table statement_decision alter column document_id set not null;
create index ix_decision_document on statement_decision (document_id, statement_id);

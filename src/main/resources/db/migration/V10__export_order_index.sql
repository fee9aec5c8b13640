-- The export reads statements in (document, start, end, id) order: with this index the database can
-- stream them in that order instead of sorting every statement first (docs/benchmarks.md, export).
create index ix_statement_export_order on statement (document_id, start_offset, end_offset, id);

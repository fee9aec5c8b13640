-- Issue #17: a text read by OCR says so in its provenance (engine and version, languages, pages), because
-- OCR has its own kinds of error; null engine: the text came from the file's own text layer.
alter table document add column ocr_engine varchar(100);
alter table document add column ocr_languages varchar(100);
alter table document add column ocr_pages integer;

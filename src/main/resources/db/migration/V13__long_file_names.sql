-- An uploaded file's name is provenance: kept whole however long (a multipart header allows 16 KB),
-- where 500 characters used to cut it. Displays shorten it instead.
alter table document alter column original_file_name set data type varchar(16000);

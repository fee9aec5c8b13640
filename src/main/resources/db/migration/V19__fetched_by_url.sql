-- Issue #17: a document imported by URL keeps where it was found after redirects, when Credence
-- fetched it and the server's Date header; null for uploaded files.
alter table document add column fetched_from varchar(2000);
alter table document add column fetched_at timestamp(6) with time zone;
alter table document add column served_at timestamp(6) with time zone;

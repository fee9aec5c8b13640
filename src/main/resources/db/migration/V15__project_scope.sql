-- Every feature reads inside one project (issue #16). Statements and claims carry their project, so the
-- queue, agreement, claims and exports filter on an indexed column instead of joining documents; a
-- statement's project is its document's and never changes (documents do not move between projects).

alter table statement add column project_id bigint;
update statement set project_id = (select d.project_id from document d where d.id = statement.document_id);
alter table statement alter column project_id set not null;
create index ix_statement_project on statement (project_id, document_id, start_offset, end_offset, id);

alter table claim add column project_id bigint;
update claim set project_id = (select id from project where name = 'Default');
alter table claim alter column project_id set not null;
create index ix_claim_project on claim (project_id, id);

-- The project each person last worked in, so the header's switcher remembers it across sign-ins.
create table project_choice (
    username   varchar(100) primary key,
    project_id bigint       not null references project (id),
    chosen_at  timestamp(6) with time zone not null
);

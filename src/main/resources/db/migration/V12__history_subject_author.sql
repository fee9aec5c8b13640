-- Each history line names the author of the statement it is about, so blind review can hide the
-- lines about other reviewers' statements (a decision's actor is the editor, not the author).
-- Existing lines: the statement's author, or for a deleted statement the actor of its creation.
alter table history_event add column subject_author varchar(100);
update history_event h set subject_author = (select s.author from statement s where s.id = h.subject_id)
    where h.subject_type = 'statement';
update history_event h set subject_author = (select min(c.actor) from history_event c
        where c.subject_type = h.subject_type and c.subject_id = h.subject_id and c.action = 'created')
    where h.subject_author is null;

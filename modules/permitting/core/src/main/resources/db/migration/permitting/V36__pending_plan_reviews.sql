-- The plan reviewer's work list (108.8 E): the reviews still pending are found by their result, not by reading every
-- review ever made.
create index ix_perm_discipline_review_result on perm_discipline_review (result, submission_id);

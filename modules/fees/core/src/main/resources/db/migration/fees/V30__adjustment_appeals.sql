-- Seed 001 (issue 5): appeals of the re-inspection fee adjustment. "The customer files an appeal;
-- the director's decision (upheld, changed with a reason) posts as a reversing or new entry, never as
-- an edit." Both records are append-only: an appeal is filed once per applied adjustment, decided
-- once; what the decision posts is in the ledger (a reversal naming the original, a new entry).

create table fees_adjustment_appeal (
    id              bigint        not null auto_increment primary key,
    project_id      bigint        not null,
    adjustment_id   bigint        not null,
    account_code    varchar(60)   not null,
    appealed_amount decimal(15,2) not null,
    grounds         varchar(2000) not null,
    received_on     date          not null,
    filed_by        varchar(60)   not null,
    filed_at        datetime(6)   not null,
    -- seed 001 appeal-once: one appeal per applied adjustment, whatever the callers do
    constraint uk_fees_adjustment_appeal unique (adjustment_id),
    constraint fk_fees_adjustment_appeal_adjustment foreign key (adjustment_id) references fees_reinspection_adjustment (id)
) engine=InnoDB;

create index ix_fees_adjustment_appeal_project on fees_adjustment_appeal (project_id);

create table fees_adjustment_appeal_decision (
    id                  bigint        not null auto_increment primary key,
    appeal_id           bigint        not null,
    outcome             varchar(20)   not null,
    reason              varchar(1000),
    decided_amount      decimal(15,2) not null,
    decided_on          date          not null,
    decided_by          varchar(60)   not null,
    decided_at          datetime(6)   not null,
    reversal_posting_id bigint,
    new_posting_id      bigint,
    -- decided once
    constraint uk_fees_adjustment_appeal_decision unique (appeal_id),
    constraint fk_fees_adjustment_appeal_decision_appeal foreign key (appeal_id) references fees_adjustment_appeal (id),
    constraint fk_fees_adjustment_appeal_decision_reversal foreign key (reversal_posting_id) references fees_posting (id),
    constraint fk_fees_adjustment_appeal_decision_new foreign key (new_posting_id) references fees_posting (id),
    constraint ck_fees_adjustment_appeal_decision_outcome check (outcome in ('UPHELD', 'CHANGED'))
) engine=InnoDB;

create trigger fees_adjustment_appeal_no_update before update on fees_adjustment_appeal for each row
    signal sqlstate '45000' set message_text = 'fees_adjustment_appeal is append-only';
create trigger fees_adjustment_appeal_no_delete before delete on fees_adjustment_appeal for each row
    signal sqlstate '45000' set message_text = 'fees_adjustment_appeal is append-only';
create trigger fees_adjustment_appeal_decision_no_update before update on fees_adjustment_appeal_decision for each row
    signal sqlstate '45000' set message_text = 'fees_adjustment_appeal_decision is append-only';
create trigger fees_adjustment_appeal_decision_no_delete before delete on fees_adjustment_appeal_decision for each row
    signal sqlstate '45000' set message_text = 'fees_adjustment_appeal_decision is append-only';

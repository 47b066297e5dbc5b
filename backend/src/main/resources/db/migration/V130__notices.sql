-- Issue 13: e-mail notices, written in the same transaction as the event that causes them (an outbox) and sent by a
-- scheduled sender. The unique key keeps a notice from being recorded twice, whichever instance records it; the
-- sender claims unsent rows with FOR UPDATE SKIP LOCKED, so two instances never send the same row.
CREATE TABLE notice (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind            text        NOT NULL,   -- CERTIFICATE_EXPIRY, ROUND_SCORING, SUPPORT_STEP
    subject         text        NOT NULL,   -- what it is about: "certificate:12", "round:3", "support-request:7"
    occasion        text        NOT NULL,   -- which time: the end date reminded of, the member, the step
    recipient       text        NOT NULL,
    title           text        NOT NULL,
    body            text        NOT NULL,
    created_at      timestamptz NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    sent_at         timestamptz,
    last_error      text,
    CONSTRAINT notice_once UNIQUE (kind, subject, occasion)
);
CREATE INDEX notice_unsent ON notice (next_attempt_at) WHERE sent_at IS NULL;

-- Council members are told when their round starts scoring: the office gives their e-mail with the council.
ALTER TABLE council_member ADD COLUMN email text;

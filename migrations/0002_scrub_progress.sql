-- Where scrub-store has got to, so an interrupted re-scan resumes.
CREATE TABLE scrub_progress (
    name            TEXT   PRIMARY KEY,
    last_message_id BIGINT NOT NULL
);

-- Testimonials, their consent records, and each record's history.
CREATE TABLE testimonials (
    id                  INTEGER PRIMARY KEY,
    client_id           INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    person_name         TEXT NOT NULL,
    person_contact      TEXT NOT NULL DEFAULT '',
    minor               INTEGER NOT NULL DEFAULT 0,
    guardian            TEXT NOT NULL DEFAULT '',
    original            TEXT NOT NULL DEFAULT '',
    original_file       TEXT NOT NULL DEFAULT '',
    original_sha256     TEXT NOT NULL DEFAULT '',
    approved            TEXT NOT NULL DEFAULT '',
    edits_allowed       INTEGER NOT NULL DEFAULT 0,
    translation_allowed INTEGER NOT NULL DEFAULT 0,
    product             TEXT NOT NULL DEFAULT '',
    photo               TEXT NOT NULL DEFAULT '',
    profile_link        TEXT NOT NULL DEFAULT '',
    source              TEXT NOT NULL DEFAULT '',
    incentive           TEXT NOT NULL DEFAULT '',
    disclosure          TEXT NOT NULL DEFAULT '',
    insider             INTEGER NOT NULL DEFAULT 0,
    special_category    INTEGER NOT NULL DEFAULT 0,
    results_claim       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX testimonials_by_client ON testimonials (client_id);

-- The current state of each consent record; platforms and purposes are
-- space-separated keys, dates YYYY-MM-DD or ''.
CREATE TABLE consents (
    id                 INTEGER PRIMARY KEY,
    testimonial_id     INTEGER NOT NULL REFERENCES testimonials(id) ON DELETE CASCADE,
    status             TEXT NOT NULL,
    name_use           TEXT NOT NULL DEFAULT '',
    photo              INTEGER NOT NULL DEFAULT 0,
    video_voice        INTEGER NOT NULL DEFAULT 0,
    title_company      INTEGER NOT NULL DEFAULT 0,
    link_profile       INTEGER NOT NULL DEFAULT 0,
    platforms          TEXT NOT NULL DEFAULT '',
    purposes           TEXT NOT NULL DEFAULT '',
    granted            TEXT NOT NULL DEFAULT '',
    method             TEXT NOT NULL DEFAULT '',
    evidence_note      TEXT NOT NULL DEFAULT '',
    evidence_file      TEXT NOT NULL DEFAULT '',
    evidence_sha256    TEXT NOT NULL DEFAULT '',
    wording            TEXT NOT NULL DEFAULT '',
    expires            TEXT NOT NULL DEFAULT '',
    withdrawn_on       TEXT NOT NULL DEFAULT '',
    withdrawal_channel TEXT NOT NULL DEFAULT ''
);
CREATE INDEX consents_by_testimonial ON consents (testimonial_id);

-- Every saved state of a consent record, appended in the same transaction
-- as the change. Rows are never edited; they go only when the person's
-- data is erased (the cascade from their testimonial).
CREATE TABLE consent_history (
    id         INTEGER PRIMARY KEY,
    consent_id INTEGER NOT NULL REFERENCES consents(id) ON DELETE CASCADE,
    at         TEXT NOT NULL,
    status     TEXT NOT NULL,
    snapshot   TEXT NOT NULL
);
CREATE INDEX consent_history_by_consent ON consent_history (consent_id, id);
CREATE TRIGGER consent_history_is_append_only BEFORE UPDATE ON consent_history
BEGIN
    SELECT RAISE(ABORT, 'the consent history cannot be edited');
END;

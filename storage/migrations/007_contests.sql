-- Contests (giveaways), their checklists, the posts for their key dates,
-- and their winner draws. Instants are RFC 3339 UTC; zone is the IANA zone
-- the rules state them in. regions are space-separated ISO codes or EU.
CREATE TABLE contests (
    id              INTEGER PRIMARY KEY,
    client_id       INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    kind            TEXT NOT NULL,
    start_at        TEXT NOT NULL,
    end_at          TEXT NOT NULL,
    zone            TEXT NOT NULL,
    prize           TEXT NOT NULL,
    prize_quantity  INTEGER NOT NULL,
    prize_value     INTEGER NOT NULL DEFAULT 0,
    currency        TEXT NOT NULL DEFAULT '',
    regions         TEXT NOT NULL DEFAULT '',
    min_age         INTEGER NOT NULL DEFAULT 0,
    rules_link      TEXT NOT NULL DEFAULT '',
    sponsor_name    TEXT NOT NULL,
    sponsor_address TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'planning',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX contests_by_client ON contests (client_id, start_at);

CREATE TABLE contest_channels (
    contest_id INTEGER NOT NULL REFERENCES contests(id) ON DELETE CASCADE,
    channel_id INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
    PRIMARY KEY (contest_id, channel_id)
);

-- item_key names the template item ('' for the user's own items).
CREATE TABLE checklist_items (
    id           INTEGER PRIMARY KEY,
    contest_id   INTEGER NOT NULL REFERENCES contests(id) ON DELETE CASCADE,
    item_key     TEXT NOT NULL DEFAULT '',
    item_set     TEXT NOT NULL,
    text         TEXT NOT NULL,
    why          TEXT NOT NULL DEFAULT '',
    required     INTEGER NOT NULL DEFAULT 0,
    done         INTEGER NOT NULL DEFAULT 0,
    waived       INTEGER NOT NULL DEFAULT 0,
    waive_reason TEXT NOT NULL DEFAULT '',
    position     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX checklist_by_contest ON checklist_items (contest_id, position);
CREATE UNIQUE INDEX checklist_template_once ON checklist_items (contest_id, item_key) WHERE item_key <> '';

-- A post made for one key moment of a contest; it moves with the contest.
CREATE TABLE post_contests (
    post_id    INTEGER PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,
    contest_id INTEGER NOT NULL REFERENCES contests(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL
);
CREATE INDEX post_contests_by_contest ON post_contests (contest_id);

-- A winner draw is evidence: its row and its entrant list are never edited.
-- The contest's name and sponsor are copied in, so a later rename does not
-- change what an old certificate says.
CREATE TABLE draws (
    id               INTEGER PRIMARY KEY,
    contest_id       INTEGER NOT NULL REFERENCES contests(id) ON DELETE CASCADE,
    drawn_at         TEXT NOT NULL,
    contest_name     TEXT NOT NULL DEFAULT '',
    sponsor          TEXT NOT NULL DEFAULT '',
    seed             TEXT NOT NULL,
    entrants_sha256  TEXT NOT NULL,
    algorithm        TEXT NOT NULL,
    entrant_count    INTEGER NOT NULL,
    duplicates       INTEGER NOT NULL DEFAULT 0,
    excluded         INTEGER NOT NULL DEFAULT 0,
    excluded_handles TEXT NOT NULL DEFAULT '',
    source           TEXT NOT NULL DEFAULT '',
    late             INTEGER NOT NULL DEFAULT 0,
    cutoff           TEXT NOT NULL DEFAULT '',
    zone             TEXT NOT NULL DEFAULT '',
    winners          TEXT NOT NULL,
    alternates       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX draws_by_contest ON draws (contest_id, id);

CREATE TABLE draw_entrants (
    draw_id    INTEGER NOT NULL REFERENCES draws(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    handle     TEXT NOT NULL,
    name       TEXT NOT NULL DEFAULT '',
    entry_time TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (draw_id, position)
);

CREATE TRIGGER draws_are_append_only BEFORE UPDATE ON draws
BEGIN
    SELECT RAISE(ABORT, 'a recorded draw cannot be edited');
END;
CREATE TRIGGER draw_entrants_are_append_only BEFORE UPDATE ON draw_entrants
BEGIN
    SELECT RAISE(ABORT, 'a recorded draw cannot be edited');
END;

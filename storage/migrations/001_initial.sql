-- Clients, their channels and their posts.
CREATE TABLE clients (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    country    TEXT NOT NULL,
    region     TEXT NOT NULL DEFAULT '',
    time_zone  TEXT NOT NULL,
    color      TEXT NOT NULL,
    notes      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE channels (
    id         INTEGER PRIMARY KEY,
    client_id  INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    platform   TEXT NOT NULL,
    handle     TEXT NOT NULL,
    text_limit INTEGER NOT NULL DEFAULT 0,
    UNIQUE (client_id, platform, handle)
);

-- day is YYYY-MM-DD or NULL for undated ideas; time_min is minutes after
-- midnight or NULL for all-day posts. Both are wall-clock in the client's zone.
CREATE TABLE posts (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    day          TEXT,
    time_min     INTEGER CHECK (time_min BETWEEN 0 AND 1439),
    status       TEXT NOT NULL CHECK (status IN ('idea', 'draft', 'scheduled', 'published')),
    content_type TEXT NOT NULL,
    pillar       TEXT NOT NULL DEFAULT '',
    body         TEXT NOT NULL DEFAULT '',
    hashtags     TEXT NOT NULL DEFAULT '',
    link         TEXT NOT NULL DEFAULT '',
    media        TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX posts_by_day ON posts (day, time_min);
CREATE INDEX posts_by_client_day ON posts (client_id, day);

CREATE TABLE post_channels (
    post_id    INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    channel_id INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
    PRIMARY KEY (post_id, channel_id)
) WITHOUT ROWID;
CREATE INDEX post_channels_by_channel ON post_channels (channel_id);

-- Small app-wide settings (selected client, week start...).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

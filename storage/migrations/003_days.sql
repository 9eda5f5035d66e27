-- A client's own days (anniversaries, launches, local events) and the
-- holiday suggestions the user chose to hide for that client.
CREATE TABLE custom_days (
    id        INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    day       TEXT NOT NULL,            -- YYYY-MM-DD; for a yearly day, its first year
    yearly    INTEGER NOT NULL CHECK (yearly IN (0, 1)),
    hashtags  TEXT NOT NULL DEFAULT '',
    idea      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX custom_days_by_client ON custom_days (client_id);

-- key is holiday.Day.Key, e.g. "fun:world-octopus-day".
CREATE TABLE hidden_suggestions (
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    key       TEXT NOT NULL,
    PRIMARY KEY (client_id, key)
) WITHOUT ROWID;

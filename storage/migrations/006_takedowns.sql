-- Published posts whose testimonial permission lapsed must come down; the
-- user ticks each one off when it is done.
CREATE TABLE takedowns_done (
    post_id INTEGER PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,
    done_at TEXT NOT NULL
) WITHOUT ROWID;

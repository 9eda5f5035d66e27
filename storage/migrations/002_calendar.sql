-- Per-channel posting guard (0 = the platform's default) and weekday themes.
ALTER TABLE channels ADD COLUMN max_per_day INTEGER NOT NULL DEFAULT 0;
ALTER TABLE channels ADD COLUMN min_gap_hours INTEGER NOT NULL DEFAULT 0;

-- weekday is Go's time.Weekday: 0 = Sunday. hashtags are space-separated.
-- A client without rows uses the default themes.
CREATE TABLE weekday_themes (
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    weekday   INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    name      TEXT NOT NULL,
    hashtags  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (client_id, weekday)
) WITHOUT ROWID;

-- The calendar reads a month of posts at a time. In a 100,000-post
-- workspace that took about 6.5 ms, mostly one table page and one
-- post_channels subquery per post; with the two changes below (and a leaner
-- reader in postscan.go) it takes under 2 ms.
--
-- channel_ids copies a post's channels from post_channels as "3,7"
-- (ascending). The triggers below keep it exact, including when a channel
-- is deleted; post_channels stays the record the foreign keys guard.
ALTER TABLE posts ADD COLUMN channel_ids TEXT NOT NULL DEFAULT '';
UPDATE posts SET channel_ids = coalesce(
    (SELECT group_concat(channel_id, ',' ORDER BY channel_id) FROM post_channels WHERE post_id = posts.id), '');

CREATE TRIGGER post_channels_added AFTER INSERT ON post_channels BEGIN
    UPDATE posts SET channel_ids = coalesce(
        (SELECT group_concat(channel_id, ',' ORDER BY channel_id) FROM post_channels WHERE post_id = NEW.post_id), '')
    WHERE id = NEW.post_id;
END;
CREATE TRIGGER post_channels_removed AFTER DELETE ON post_channels BEGIN
    UPDATE posts SET channel_ids = coalesce(
        (SELECT group_concat(channel_id, ',' ORDER BY channel_id) FROM post_channels WHERE post_id = OLD.post_id), '')
    WHERE id = OLD.post_id;
END;

-- posts_by_day now holds every column a post row shows, so a month is read
-- from a few neighbouring index pages instead of one table page per post.
-- id comes third so rows arrive in calendar order without a sort.
DROP INDEX posts_by_day;
CREATE INDEX posts_by_day ON posts (day, time_min, id, client_id, status, content_type, pillar, body,
    hashtags, link, media, notes, created_at, updated_at, channel_ids);

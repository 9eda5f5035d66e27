-- Which testimonial a post quotes, and how. testimonial_id becomes NULL
-- when the person's data is erased: the post is then flagged, not changed.
CREATE TABLE post_testimonials (
    post_id        INTEGER PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,
    testimonial_id INTEGER REFERENCES testimonials(id) ON DELETE SET NULL,
    purpose        TEXT NOT NULL,
    name_use       TEXT NOT NULL DEFAULT '',
    photo          INTEGER NOT NULL DEFAULT 0,
    video_voice    INTEGER NOT NULL DEFAULT 0,
    title_company  INTEGER NOT NULL DEFAULT 0,
    link_profile   INTEGER NOT NULL DEFAULT 0,
    quote          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX post_testimonials_by_testimonial ON post_testimonials (testimonial_id);

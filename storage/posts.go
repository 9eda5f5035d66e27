package storage

import (
	"database/sql"
	"strings"
	"time"

	"kairos/model"
	"kairos/model/msg"
)

// Post returns one post, or ErrNotFound.
func (s *Store) Post(id int64) (model.Post, error) { return postIn(s.db, id) }

// postIn loads one post through q (the database or a transaction).
func postIn(q querier, id int64) (model.Post, error) {
	list, err := queryPosts(q, `p.id = ?`, id)
	if err != nil {
		return model.Post{}, err
	}
	if len(list) == 0 {
		return model.Post{}, sentence(ErrNotFound, "Post {{.ID}} no longer exists.", "ID", id)
	}
	return list[0], nil
}

// PostsBetween lists the dated posts from one day to another, both
// included, ordered by day and time (untimed first). clientID 0 means every
// client.
func (s *Store) PostsBetween(clientID int64, from, to model.Date) ([]model.Post, error) {
	where := `p.day BETWEEN ? AND ?`
	args := []any{from.String(), to.String()}
	if clientID != 0 {
		where = `p.client_id = ? AND ` + where
		args = append([]any{clientID}, args...)
	}
	// NULL sorts first in SQLite, so all-day posts lead their day, and this
	// is posts_by_day's own order: no sorting needed.
	return queryPosts(s.db, where+` ORDER BY p.day, p.time_min, p.id`, args...)
}

// Undated lists a client's posts without a date (the ideas bank), newest first.
func (s *Store) Undated(clientID int64) ([]model.Post, error) {
	return queryPosts(s.db, `p.client_id = ? AND p.day IS NULL ORDER BY p.updated_at DESC, p.id DESC`, clientID)
}

// PostCount is how many posts a client has, for the delete prompt.
func (s *Store) PostCount(clientID int64) (int, error) {
	var n int
	err := s.db.QueryRow(`SELECT count(*) FROM posts WHERE client_id = ?`, clientID).Scan(&n)
	return n, err
}

// CreatePost validates p against its client's channels, stores it and sets
// its ID and timestamps.
func (s *Store) CreatePost(p *model.Post) error {
	return s.inTx(func(tx *sql.Tx) error { return insertPost(tx, p) })
}

// UpdatePost validates and saves every field of p.
func (s *Store) UpdatePost(p *model.Post) error {
	return s.inTx(func(tx *sql.Tx) error { return updatePost(tx, p) })
}

func updatePost(tx *sql.Tx, p *model.Post) error {
	if err := validatePost(tx, p); err != nil {
		return err
	}
	if err := checkTestimonial(tx, *p); err != nil {
		return err
	}
	p.Updated = time.Now().UTC().Truncate(time.Second)
	res, err := tx.Exec(`UPDATE posts SET client_id = ?, day = ?, time_min = ?, status = ?, content_type = ?,
		pillar = ?, body = ?, hashtags = ?, link = ?, media = ?, notes = ?, updated_at = ? WHERE id = ?`,
		append(postValues(*p), p.Updated.Format(time.RFC3339), p.ID)...)
	if err != nil {
		return err
	}
	if err := mustAffect(res, msg.New("That post no longer exists; it may have been deleted.")); err != nil {
		return err
	}
	return setPostChannels(tx, *p)
}

// DeletePost removes a post.
func (s *Store) DeletePost(id int64) error {
	return s.inTx(func(tx *sql.Tx) error {
		res, err := tx.Exec(`DELETE FROM posts WHERE id = ?`, id)
		if err != nil {
			return err
		}
		return mustAffect(res, msg.New("That post no longer exists; it may have been deleted."))
	})
}

func insertPost(tx *sql.Tx, p *model.Post) error {
	if err := validatePost(tx, p); err != nil {
		return err
	}
	p.Created = time.Now().UTC().Truncate(time.Second)
	p.Updated = p.Created
	stamp := p.Created.Format(time.RFC3339)
	res, err := tx.Exec(`INSERT INTO posts (client_id, day, time_min, status, content_type, pillar, body, hashtags,
		link, media, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		append(postValues(*p), stamp, stamp)...)
	if err != nil {
		return clientGone(err)
	}
	if p.ID, err = res.LastInsertId(); err != nil {
		return err
	}
	return setPostChannels(tx, *p)
}

// validatePost normalises p and checks it against its client's channels as
// they are inside this transaction.
func validatePost(tx *sql.Tx, p *model.Post) error {
	p.Normalize()
	channels, err := channelsOf(tx, p.ClientID)
	if err != nil {
		return err
	}
	return p.Validate(channels)
}

// postValues are the columns from client_id to notes, in table order.
func postValues(p model.Post) []any {
	day, clock := dayTimeValues(p)
	return []any{p.ClientID, day, clock, string(p.Status), string(p.Type), p.Pillar, p.Text,
		strings.Join(p.Hashtags, " "), p.Link, strings.Join(p.Media, "\n"), p.Notes}
}

// dayTimeValues are the day and time_min columns: NULL when unset.
func dayTimeValues(p model.Post) (day, clock any) {
	if !p.Date.IsZero() {
		day = p.Date.String()
	}
	if p.Time.Valid() {
		clock = int(p.Time)
	}
	return day, clock
}

func setPostChannels(tx *sql.Tx, p model.Post) error {
	if _, err := tx.Exec(`DELETE FROM post_channels WHERE post_id = ?`, p.ID); err != nil {
		return err
	}
	for _, id := range p.ChannelIDs {
		if _, err := tx.Exec(`INSERT OR IGNORE INTO post_channels (post_id, channel_id) VALUES (?, ?)`, p.ID, id); err != nil {
			return err
		}
	}
	return nil
}

package storage

import (
	"database/sql"
	"errors"

	"kairos/model"
	"kairos/model/contest"
)

// KeyPost is a post made for one key moment of a contest.
type KeyPost struct {
	Kind contest.KeyKind
	Post model.Post
}

// ContestPosts lists a contest's key-date posts by date.
func (s *Store) ContestPosts(contestID int64) ([]KeyPost, error) { return keyPostsOf(s.db, contestID) }

func keyPostsOf(q querier, contestID int64) ([]KeyPost, error) {
	rows, err := q.Query(`SELECT post_id, kind FROM post_contests WHERE contest_id = ?`, contestID)
	if err != nil {
		return nil, err
	}
	kinds := map[int64]contest.KeyKind{}
	for rows.Next() {
		var (
			id   int64
			kind string
		)
		if err := rows.Scan(&id, &kind); err != nil {
			rows.Close()
			return nil, err
		}
		kinds[id] = contest.KeyKind(kind)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	posts, err := queryPosts(q, `p.id IN (SELECT post_id FROM post_contests WHERE contest_id = ?)
		ORDER BY p.day, p.time_min, p.id`, contestID)
	if err != nil {
		return nil, err
	}
	list := make([]KeyPost, len(posts))
	for i, p := range posts {
		list[i] = KeyPost{kinds[p.ID], p}
	}
	return list, nil
}

// ContestOfPost returns the contest a post was made for and for which key
// moment; false when the post belongs to no contest.
func (s *Store) ContestOfPost(postID int64) (contest.Contest, contest.KeyKind, bool, error) {
	var (
		id   int64
		kind string
	)
	err := s.db.QueryRow(`SELECT contest_id, kind FROM post_contests WHERE post_id = ?`, postID).Scan(&id, &kind)
	if errors.Is(err, sql.ErrNoRows) {
		return contest.Contest{}, "", false, nil
	}
	if err != nil {
		return contest.Contest{}, "", false, err
	}
	c, err := s.Contest(id)
	return c, contest.KeyKind(kind), err == nil, err
}

// ContestWarnings checks every key-date post of a contest against its
// rules, keyed by post ID (posts without warnings are left out).
func (s *Store) ContestWarnings(c contest.Contest) (map[int64][]contest.Warning, error) {
	posts, err := s.ContestPosts(c.ID)
	if err != nil {
		return nil, err
	}
	channels, err := s.Channels(c.ClientID)
	if err != nil {
		return nil, err
	}
	zone, err := clientZone(s.db, c.ClientID)
	if err != nil {
		return nil, err
	}
	out := map[int64][]contest.Warning{}
	for _, kp := range posts {
		if w := contest.CheckKeyPostIn(c, kp.Post, platformsOf(kp.Post, channels), kp.Kind, zone); len(w) > 0 {
			out[kp.Post.ID] = w
		}
	}
	return out, nil
}

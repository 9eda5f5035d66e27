package storage

import (
	"database/sql"
	"errors"
	"sort"
	"time"

	"kairos/model"
	"kairos/model/consent"
	"kairos/model/msg"
)

// TestimonialFlags finds the posts from..to (clientID 0: every client)
// whose testimonial no longer allows them, keyed by post ID, with the
// reason in plain words: unpublished posts the consent does not cover
// (withdrawn, expired, erased), and published ones to take down because
// the consent was withdrawn or has expired since.
func (s *Store) TestimonialFlags(clientID int64, from, to, today model.Date) (map[int64]msg.Text, error) {
	// Most posts quote nobody: find the ones that do with one query.
	ids, err := s.linkedPostsBetween(clientID, from, to)
	if err != nil || len(ids) == 0 {
		return map[int64]msg.Text{}, err
	}
	flags := map[int64]msg.Text{}
	cache := map[int64]testimonialState{}
	channelsBy := map[int64][]model.Channel{} // per client: read once, not per post
	for _, id := range ids {
		p, err := s.Post(id)
		if err != nil {
			return nil, err
		}
		link, _, err := linkOf(s.db, p.ID)
		if err != nil {
			return nil, err
		}
		if link.TestimonialID == 0 {
			flags[p.ID] = msg.New("The testimonial this post quotes was erased.")
			continue
		}
		st, seen := cache[link.TestimonialID]
		if !seen {
			if st.t, err = s.Testimonial(link.TestimonialID); err != nil {
				return nil, err
			}
			if st.consents, err = s.Consents(link.TestimonialID); err != nil {
				return nil, err
			}
			cache[link.TestimonialID] = st
		}
		if p.Status == model.Published {
			if reason := st.lapsed(today); reason.Key != "" {
				flags[p.ID] = reason
			}
			continue
		}
		channels, seen := channelsBy[p.ClientID]
		if !seen {
			if channels, err = s.Channels(p.ClientID); err != nil {
				return nil, err
			}
			channelsBy[p.ClientID] = channels
		}
		err = consent.MayPublish(st.t, st.consents, link.UseFor(p, platformsOf(p, channels)))
		var refusal msg.Localized
		switch {
		case errors.As(err, &refusal):
			flags[p.ID] = refusal.Message()
		case err != nil:
			return nil, err
		}
	}
	return flags, nil
}

type testimonialState struct {
	t        consent.Testimonial
	consents []consent.Consent
}

// lapsed says why a published use must come down: the newest consent was
// withdrawn or has expired by today; the zero Text when it still stands.
func (st testimonialState) lapsed(today model.Date) msg.Text {
	if len(st.consents) == 0 {
		return msg.Text{}
	}
	newest := st.consents[len(st.consents)-1]
	switch newest.StatusOn(today) {
	case consent.Withdrawn:
		return msg.New("Take this post down: the permission was withdrawn.")
	case consent.Expired:
		return msg.New("Take this post down: the permission has expired.")
	}
	return msg.Text{}
}

// platformsOf lists the platforms of a post's channels, once each.
func platformsOf(p model.Post, channels []model.Channel) []model.Platform {
	var out []model.Platform
	seen := map[model.Platform]bool{}
	for _, ch := range channels {
		for _, id := range p.ChannelIDs {
			if ch.ID == id && !seen[ch.Platform] {
				seen[ch.Platform] = true
				out = append(out, ch.Platform)
			}
		}
	}
	return out
}

// linkedPostsBetween lists the dated posts from..to that quote a testimonial.
func (s *Store) linkedPostsBetween(clientID int64, from, to model.Date) ([]int64, error) {
	rows, err := s.db.Query(`SELECT p.id FROM posts p JOIN post_testimonials pt ON pt.post_id = p.id
		WHERE p.day BETWEEN ? AND ? AND (? = 0 OR p.client_id = ?) ORDER BY p.day, p.id`,
		from.String(), to.String(), clientID, clientID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// Attention is a post that needs the user because of its testimonial.
type Attention struct {
	Post     model.Post
	Why      msg.Text // the reason, in plain words
	Takedown bool     // published: it must be taken down
	Done     bool     // the takedown was ticked off
}

// NeedsAttention lists every post of a client whose testimonial no longer
// allows it: future posts to change and published posts to take down.
func (s *Store) NeedsAttention(clientID int64, today model.Date) ([]Attention, error) {
	flags, err := s.TestimonialFlags(clientID, model.NewDate(1900, 1, 1), model.NewDate(2100, 12, 31), today)
	if err != nil || len(flags) == 0 {
		return nil, err
	}
	var list []Attention
	for id, reason := range flags {
		p, err := s.Post(id)
		if err != nil {
			return nil, err
		}
		a := Attention{Post: p, Why: reason, Takedown: p.Status == model.Published}
		if a.Takedown {
			var n int
			if err := s.db.QueryRow(`SELECT count(*) FROM takedowns_done WHERE post_id = ?`, id).Scan(&n); err != nil {
				return nil, err
			}
			a.Done = n > 0
		}
		list = append(list, a)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Post.Date.Before(list[j].Post.Date) })
	return list, nil
}

// SetTakedownDone ticks a takedown task off, or back on.
func (s *Store) SetTakedownDone(postID int64, done bool) error {
	return s.inTx(func(tx *sql.Tx) error {
		if !done {
			_, err := tx.Exec(`DELETE FROM takedowns_done WHERE post_id = ?`, postID)
			return err
		}
		_, err := tx.Exec(`INSERT OR IGNORE INTO takedowns_done (post_id, done_at) VALUES (?, ?)`,
			postID, time.Now().UTC().Format(time.RFC3339))
		if isForeignKey(err) {
			return sentence(ErrNotFound, "That post no longer exists.")
		}
		return err
	})
}

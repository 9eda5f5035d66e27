package storage

import (
	"database/sql"
	"time"

	"kairos/model"
	"kairos/model/msg"
)

// MovePost plans post id for another day and time (see model.Post.MovedTo)
// and returns it as it was and as it is now, so the caller can undo. Only
// the day, time, status and update time change.
func (s *Store) MovePost(id int64, day model.Date, at model.Clock) (before, after model.Post, err error) {
	err = s.inTx(func(tx *sql.Tx) error {
		var err error
		if before, err = postIn(tx, id); err != nil {
			return err
		}
		if after, err = before.MovedTo(day, at); err != nil {
			return err
		}
		if err := checkTestimonial(tx, after); err != nil {
			return err // e.g. the permission has expired by the new date
		}
		after.Updated = time.Now().UTC().Truncate(time.Second)
		dayCol, timeCol := dayTimeValues(after)
		res, err := tx.Exec(`UPDATE posts SET day = ?, time_min = ?, status = ?, updated_at = ? WHERE id = ?`,
			dayCol, timeCol, string(after.Status), after.Updated.Format(time.RFC3339), id)
		if err != nil {
			return err
		}
		return mustAffect(res, msg.New("That post no longer exists; it may have been deleted."))
	})
	if err != nil {
		return model.Post{}, model.Post{}, err
	}
	return before, after, nil
}

// DuplicatePost stores a copy of post id on day (see model.Post.DuplicatedTo)
// and returns the copy with its new ID.
func (s *Store) DuplicatePost(id int64, day model.Date) (model.Post, error) {
	var dup model.Post
	err := s.inTx(func(tx *sql.Tx) error {
		p, err := postIn(tx, id)
		if err != nil {
			return err
		}
		dup = p.DuplicatedTo(day)
		if err := insertPost(tx, &dup); err != nil {
			return err
		}
		// The copy quotes what the original quotes, under the same rule.
		if _, err := tx.Exec(`INSERT INTO post_testimonials (post_id, testimonial_id, purpose, name_use, photo,
			video_voice, title_company, link_profile, quote) SELECT ?, testimonial_id, purpose, name_use, photo,
			video_voice, title_company, link_profile, quote FROM post_testimonials WHERE post_id = ?`, dup.ID, id); err != nil {
			return err
		}
		if err := checkTestimonial(tx, dup); err != nil {
			return err
		}
		dup, err = postIn(tx, dup.ID) // as stored, for an exact undo check
		return err
	})
	if err != nil {
		return model.Post{}, err
	}
	return dup, nil
}

// PostsAround lists a client's posts from the day before day to the day
// after, the window the frequency check needs to see across midnight.
func (s *Store) PostsAround(clientID int64, day model.Date) ([]model.Post, error) {
	return s.PostsBetween(clientID, day.AddDays(-1), day.AddDays(1))
}

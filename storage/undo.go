package storage

import (
	"database/sql"
	"slices"
	"time"

	"kairos/model"
)

// RestorePlacement puts a post back on day at a time with status, the
// undo (and redo) of a move. It refuses when the post is no longer exactly
// as expected, the state the move or the last undo left it in: undoing
// must never overwrite an edit made since. It returns the post as stored.
func (s *Store) RestorePlacement(expected model.Post, day model.Date, at model.Clock, status model.Status) (model.Post, error) {
	var now model.Post
	err := s.inTx(func(tx *sql.Tx) error {
		cur, err := postIn(tx, expected.ID)
		if err != nil {
			return err
		}
		if !samePost(cur, expected) {
			return changedSince(cur)
		}
		cur.Date, cur.Time, cur.Status = day, at, status
		dayCol, timeCol := dayTimeValues(cur)
		stamp := time.Now().UTC().Truncate(time.Second).Format(time.RFC3339)
		if _, err := tx.Exec(`UPDATE posts SET day = ?, time_min = ?, status = ?, updated_at = ? WHERE id = ?`,
			dayCol, timeCol, string(status), stamp, cur.ID); err != nil {
			return err
		}
		now, err = postIn(tx, cur.ID)
		return err
	})
	return now, err
}

// DeleteUnchanged deletes a post only if it is still exactly as expected:
// the undo of a duplicate must not throw away a copy the user has since
// edited or published.
func (s *Store) DeleteUnchanged(expected model.Post) error {
	return s.inTx(func(tx *sql.Tx) error {
		cur, err := postIn(tx, expected.ID)
		if err != nil {
			return err
		}
		if !samePost(cur, expected) {
			return changedSince(cur)
		}
		_, err = tx.Exec(`DELETE FROM posts WHERE id = ?`, cur.ID)
		return err
	})
}

func changedSince(p model.Post) error {
	return sentence(ErrChanged, "\"{{.Post}}\" was changed after that, so Kairos will not undo over your edit.", "Post", p.Summary(40))
}

// samePost compares everything a user can change, not the timestamps.
func samePost(a, b model.Post) bool {
	ids := func(l []int64) []int64 { l = slices.Clone(l); slices.Sort(l); return l }
	return a.ID == b.ID && a.ClientID == b.ClientID && a.Date == b.Date && a.Time == b.Time &&
		a.Status == b.Status && a.Type == b.Type && a.Pillar == b.Pillar && a.Text == b.Text &&
		a.Link == b.Link && a.Notes == b.Notes && slices.Equal(a.Hashtags, b.Hashtags) &&
		slices.Equal(a.Media, b.Media) && slices.Equal(ids(a.ChannelIDs), ids(b.ChannelIDs))
}

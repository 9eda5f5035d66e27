package storage

import (
	"database/sql"

	"kairos/model/msg"
	"kairos/model/postcsv"
)

// ImportError is a post of an import that could not be stored; nothing of
// the import was.
type ImportError struct {
	Line int // the post's line in the file
	Err  error
}

func (e *ImportError) Error() string { return e.Message().String() }

// Message is the sentence for the interface: the line, then why.
func (e *ImportError) Message() msg.Text {
	return msg.New("Nothing was imported: the post on line {{.Line}} could not be saved. {{.Reason}}",
		"Line", e.Line, "Reason", explain(e.Err))
}

func (e *ImportError) Unwrap() error { return e.Err }

// ImportPosts stores rows as new posts of clientID in one transaction and
// returns how many it stored. Each post is checked as CreatePost checks
// it, against the client's channels as they are now; if any row has a
// problem or cannot be stored, nothing is, and the ImportError names its
// line.
func (s *Store) ImportPosts(clientID int64, rows []postcsv.Row) (int, error) {
	if len(rows) == 0 {
		return 0, postcsv.ErrNoPosts
	}
	err := s.inTx(func(tx *sql.Tx) error {
		for _, r := range rows {
			if len(r.Reasons) > 0 {
				return &ImportError{Line: r.Line, Err: &msg.Error{Text: msg.Lines(r.Reasons...)}}
			}
			p := r.Post
			p.ID, p.ClientID = 0, clientID
			if err := insertPost(tx, &p); err != nil {
				return &ImportError{Line: r.Line, Err: err}
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return len(rows), nil
}

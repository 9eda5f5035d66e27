package storage

import (
	"database/sql"
	"fmt"

	"kairos/model"
)

// IsEmpty reports whether the database has no clients yet (a first run).
func (s *Store) IsEmpty() (bool, error) {
	var n int
	err := s.db.QueryRow(`SELECT count(*) FROM clients`).Scan(&n)
	return n == 0, err
}

// InsertWorkspace stores every client, channel and post of ws in one
// transaction: if any of it is invalid, nothing is stored.
func (s *Store) InsertWorkspace(ws model.Workspace) error {
	return s.inTx(func(tx *sql.Tx) error {
		for _, b := range ws.Clients {
			c := b.Client
			c.Normalize()
			if err := c.Validate(); err != nil {
				return fmt.Errorf("client %q: %w", c.Name, err)
			}
			clientID, err := insertClient(tx, c)
			if err != nil {
				return err
			}
			ids := make([]int64, len(b.Channels))
			for i, ch := range b.Channels {
				ch.ClientID = clientID
				ch.Normalize()
				if err := ch.Validate(); err != nil {
					return fmt.Errorf("client %q, channel %q: %w", c.Name, ch.Handle, err)
				}
				if ids[i], err = insertChannel(tx, ch); err != nil {
					return err
				}
			}
			for _, bp := range b.Posts {
				p := bp.Post
				p.ClientID, p.ChannelIDs = clientID, nil
				for _, i := range bp.Channels {
					if i < 0 || i >= len(ids) {
						return fmt.Errorf("client %q: a post names channel %d of %d", c.Name, i, len(ids))
					}
					p.ChannelIDs = append(p.ChannelIDs, ids[i])
				}
				if err := insertPost(tx, &p); err != nil {
					return fmt.Errorf("client %q, post %q: %w", c.Name, p.Summary(30), err)
				}
			}
		}
		return nil
	})
}

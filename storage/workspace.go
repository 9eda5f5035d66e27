package storage

import (
	"database/sql"
	"fmt"

	"kairos/model"
	"kairos/model/sample"
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
		_, _, err := insertWorkspace(tx, ws)
		return err
	})
}

// InsertSample stores the sample workspace and its contests, with their
// key-date posts and the checklist items the sample marks done, in one
// transaction.
func (s *Store) InsertSample(ws model.Workspace, contests []sample.ContestPlan) error {
	return s.inTx(func(tx *sql.Tx) error {
		clients, channels, err := insertWorkspace(tx, ws)
		if err != nil {
			return err
		}
		for _, plan := range contests {
			if plan.Client < 0 || plan.Client >= len(clients) {
				return fmt.Errorf("sample contest %q names client %d of %d", plan.Contest.Name, plan.Client, len(clients))
			}
			c := plan.Contest
			c.ClientID, c.ChannelIDs = clients[plan.Client], nil
			for _, i := range plan.Channels {
				if i < 0 || i >= len(channels[plan.Client]) {
					return fmt.Errorf("sample contest %q names channel %d", plan.Contest.Name, i)
				}
				c.ChannelIDs = append(c.ChannelIDs, channels[plan.Client][i])
			}
			if err := insertContest(tx, &c, true); err != nil {
				return fmt.Errorf("sample contest %q: %w", c.Name, err)
			}
			for _, key := range plan.Done {
				res, err := tx.Exec(`UPDATE checklist_items SET done = 1 WHERE contest_id = ? AND item_key = ?`, c.ID, key)
				if err != nil {
					return err
				}
				if n, _ := res.RowsAffected(); n != 1 {
					return fmt.Errorf("sample contest %q: no checklist item %q", c.Name, key)
				}
			}
		}
		return nil
	})
}

// insertWorkspace stores ws and returns each client's ID and, per client,
// its channels' IDs in bundle order.
func insertWorkspace(tx *sql.Tx, ws model.Workspace) (clients []int64, channels [][]int64, err error) {
	for _, b := range ws.Clients {
		c := b.Client
		c.Normalize()
		if err := c.Validate(); err != nil {
			return nil, nil, fmt.Errorf("client %q: %w", c.Name, err)
		}
		clientID, err := insertClient(tx, c)
		if err != nil {
			return nil, nil, err
		}
		ids := make([]int64, len(b.Channels))
		for i, ch := range b.Channels {
			ch.ClientID = clientID
			ch.Normalize()
			if err := ch.Validate(); err != nil {
				return nil, nil, fmt.Errorf("client %q, channel %q: %w", c.Name, ch.Handle, err)
			}
			if ids[i], err = insertChannel(tx, ch); err != nil {
				return nil, nil, err
			}
		}
		for _, bp := range b.Posts {
			p := bp.Post
			p.ClientID, p.ChannelIDs = clientID, nil
			for _, i := range bp.Channels {
				if i < 0 || i >= len(ids) {
					return nil, nil, fmt.Errorf("client %q: a post names channel %d of %d", c.Name, i, len(ids))
				}
				p.ChannelIDs = append(p.ChannelIDs, ids[i])
			}
			if err := insertPost(tx, &p); err != nil {
				return nil, nil, fmt.Errorf("client %q, post %q: %w", c.Name, p.Summary(30), err)
			}
		}
		clients, channels = append(clients, clientID), append(channels, ids)
	}
	return clients, channels, nil
}

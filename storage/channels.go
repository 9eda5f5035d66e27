package storage

import (
	"database/sql"
	"errors"

	sqlite3 "github.com/mattn/go-sqlite3"

	"kairos/model"
	"kairos/model/msg"
)

// Channels lists a client's channels in platform-menu order.
func (s *Store) Channels(clientID int64) ([]model.Channel, error) {
	return channelsOf(s.db, clientID)
}

type querier interface {
	Query(query string, args ...any) (*sql.Rows, error)
	QueryRow(query string, args ...any) *sql.Row
}

func channelsOf(q querier, clientID int64) ([]model.Channel, error) {
	rows, err := q.Query(`SELECT id, client_id, platform, handle, text_limit, max_per_day, min_gap_hours
		FROM channels WHERE client_id = ?`, clientID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var list []model.Channel
	for rows.Next() {
		var ch model.Channel
		if err := rows.Scan(&ch.ID, &ch.ClientID, &ch.Platform, &ch.Handle, &ch.TextLimit, &ch.MaxPerDay, &ch.MinGapHours); err != nil {
			return nil, err
		}
		list = append(list, ch)
	}
	model.SortChannels(list)
	return list, rows.Err()
}

// CreateChannel validates ch, stores it and sets its ID.
func (s *Store) CreateChannel(ch *model.Channel) error {
	ch.Normalize()
	if err := ch.Validate(); err != nil {
		return err
	}
	return s.inTx(func(tx *sql.Tx) error {
		id, err := insertChannel(tx, *ch)
		ch.ID = id
		return err
	})
}

func insertChannel(tx *sql.Tx, ch model.Channel) (int64, error) {
	res, err := tx.Exec(`INSERT INTO channels (client_id, platform, handle, text_limit, max_per_day, min_gap_hours)
		VALUES (?, ?, ?, ?, ?, ?)`, ch.ClientID, ch.Platform, ch.Handle, ch.TextLimit, ch.MaxPerDay, ch.MinGapHours)
	if err != nil {
		return 0, channelProblem(ch, err)
	}
	return res.LastInsertId()
}

// UpdateChannel validates and saves ch (its client never changes).
func (s *Store) UpdateChannel(ch model.Channel) error {
	ch.Normalize()
	if err := ch.Validate(); err != nil {
		return err
	}
	return s.inTx(func(tx *sql.Tx) error {
		res, err := tx.Exec(`UPDATE channels SET platform = ?, handle = ?, text_limit = ?, max_per_day = ?, min_gap_hours = ?
			WHERE id = ?`, ch.Platform, ch.Handle, ch.TextLimit, ch.MaxPerDay, ch.MinGapHours, ch.ID)
		if err != nil {
			return channelProblem(ch, err)
		}
		return mustAffect(res, msg.New("That channel no longer exists; it may have been deleted."))
	})
}

// DeleteChannel removes a channel; its posts stay, without that channel.
func (s *Store) DeleteChannel(id int64) error {
	return s.inTx(func(tx *sql.Tx) error {
		res, err := tx.Exec(`DELETE FROM channels WHERE id = ?`, id)
		if err != nil {
			return err
		}
		return mustAffect(res, msg.New("That channel no longer exists; it may have been deleted."))
	})
}

// ChannelPostCount is how many posts use a channel, for the delete prompt.
func (s *Store) ChannelPostCount(id int64) (int, error) {
	var n int
	err := s.db.QueryRow(`SELECT count(*) FROM post_channels WHERE channel_id = ?`, id).Scan(&n)
	return n, err
}

func channelProblem(ch model.Channel, err error) error {
	var se sqlite3.Error
	if errors.As(err, &se) {
		switch se.ExtendedCode {
		case sqlite3.ErrConstraintUnique:
			return sentence(ErrDuplicate, "This client already has {{.Platform}} {{.Handle}}.", "Platform", ch.Platform.Name(), "Handle", ch.Handle)
		case sqlite3.ErrConstraintForeignKey:
			return sentence(ErrNotFound, "The client was deleted; its channels cannot be changed.")
		}
	}
	return err
}

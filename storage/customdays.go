package storage

import (
	"database/sql"
	"strings"

	"kairos/model"
	"kairos/model/msg"
)

// CustomDays lists a client's own days by date.
func (s *Store) CustomDays(clientID int64) ([]model.CustomDay, error) {
	rows, err := s.db.Query(`SELECT id, client_id, name, day, yearly, hashtags, idea FROM custom_days
		WHERE client_id = ? ORDER BY substr(day, 6), name`, clientID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var list []model.CustomDay
	for rows.Next() {
		var d model.CustomDay
		var day, tags string
		if err := rows.Scan(&d.ID, &d.ClientID, &d.Name, &day, &d.Yearly, &tags, &d.Idea); err != nil {
			return nil, err
		}
		if d.Date, err = model.ParseDate(day); err != nil {
			return nil, err
		}
		d.Hashtags = strings.Fields(tags)
		list = append(list, d)
	}
	return list, rows.Err()
}

// SaveCustomDay validates d and creates it (ID 0, setting the ID) or
// updates it.
func (s *Store) SaveCustomDay(d *model.CustomDay) error {
	d.Normalize()
	if err := d.Validate(); err != nil {
		return err
	}
	tags := strings.Join(d.Hashtags, " ")
	return s.inTx(func(tx *sql.Tx) error {
		if d.ID != 0 {
			res, err := tx.Exec(`UPDATE custom_days SET name = ?, day = ?, yearly = ?, hashtags = ?, idea = ? WHERE id = ?`,
				d.Name, d.Date.String(), d.Yearly, tags, d.Idea, d.ID)
			if err != nil {
				return err
			}
			return mustAffect(res, msg.New("That special day no longer exists; it may have been deleted."))
		}
		res, err := tx.Exec(`INSERT INTO custom_days (client_id, name, day, yearly, hashtags, idea) VALUES (?, ?, ?, ?, ?, ?)`,
			d.ClientID, d.Name, d.Date.String(), d.Yearly, tags, d.Idea)
		if err != nil {
			return clientGone(err)
		}
		d.ID, err = res.LastInsertId()
		return err
	})
}

// DeleteCustomDay removes one of a client's days, and its "hidden" mark:
// row ids are reused, and a new day must not be born hidden.
func (s *Store) DeleteCustomDay(id int64) error {
	return s.inTx(func(tx *sql.Tx) error {
		if _, err := tx.Exec(`DELETE FROM hidden_suggestions WHERE key = 'custom:' || ? AND
			client_id = (SELECT client_id FROM custom_days WHERE id = ?)`, id, id); err != nil {
			return err
		}
		res, err := tx.Exec(`DELETE FROM custom_days WHERE id = ?`, id)
		if err != nil {
			return err
		}
		return mustAffect(res, msg.New("That special day no longer exists; it may have been deleted."))
	})
}

// HiddenSuggestions are the suggestion keys hidden for a client.
func (s *Store) HiddenSuggestions(clientID int64) (map[string]bool, error) {
	rows, err := s.db.Query(`SELECT key FROM hidden_suggestions WHERE client_id = ?`, clientID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	hidden := map[string]bool{}
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, err
		}
		hidden[k] = true
	}
	return hidden, rows.Err()
}

// SetSuggestionHidden hides (or shows again) a suggestion for a client.
func (s *Store) SetSuggestionHidden(clientID int64, key string, hidden bool) error {
	return s.inTx(func(tx *sql.Tx) error {
		var err error
		if hidden {
			_, err = tx.Exec(`INSERT OR IGNORE INTO hidden_suggestions (client_id, key) VALUES (?, ?)`, clientID, key)
			err = clientGone(err)
		} else {
			_, err = tx.Exec(`DELETE FROM hidden_suggestions WHERE client_id = ? AND key = ?`, clientID, key)
		}
		return err
	})
}

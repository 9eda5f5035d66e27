package storage

import (
	"database/sql"
	"errors"
	"time"

	sqlite3 "github.com/mattn/go-sqlite3"

	"kairos/model"
	"kairos/model/msg"
)

const clientColumns = `id, name, country, region, time_zone, color, notes`

func scanClient(row interface{ Scan(...any) error }) (model.Client, error) {
	var c model.Client
	err := row.Scan(&c.ID, &c.Name, &c.Country, &c.Region, &c.TimeZone, &c.Color, &c.Notes)
	return c, err
}

// Clients lists every client by name.
func (s *Store) Clients() ([]model.Client, error) {
	rows, err := s.db.Query(`SELECT ` + clientColumns + ` FROM clients ORDER BY name COLLATE NOCASE`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var list []model.Client
	for rows.Next() {
		c, err := scanClient(rows)
		if err != nil {
			return nil, err
		}
		list = append(list, c)
	}
	return list, rows.Err()
}

// Client returns one client, or ErrNotFound.
func (s *Store) Client(id int64) (model.Client, error) {
	c, err := scanClient(s.db.QueryRow(`SELECT `+clientColumns+` FROM clients WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return c, sentence(ErrNotFound, "Client {{.ID}} no longer exists.", "ID", id)
	}
	return c, err
}

// CreateClient validates c, stores it and sets its ID.
func (s *Store) CreateClient(c *model.Client) error {
	c.Normalize()
	if err := c.Validate(); err != nil {
		return err
	}
	return s.inTx(func(tx *sql.Tx) error {
		id, err := insertClient(tx, *c)
		c.ID = id
		return err
	})
}

func insertClient(tx *sql.Tx, c model.Client) (int64, error) {
	res, err := tx.Exec(`INSERT INTO clients (name, country, region, time_zone, color, notes, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, c.Name, c.Country, c.Region, c.TimeZone, c.Color, c.Notes, now())
	if err != nil {
		return 0, clientNameTaken(c.Name, err)
	}
	return res.LastInsertId()
}

// UpdateClient validates and saves every field of c.
func (s *Store) UpdateClient(c model.Client) error {
	c.Normalize()
	if err := c.Validate(); err != nil {
		return err
	}
	return s.inTx(func(tx *sql.Tx) error {
		res, err := tx.Exec(`UPDATE clients SET name = ?, country = ?, region = ?, time_zone = ?, color = ?, notes = ?
			WHERE id = ?`, c.Name, c.Country, c.Region, c.TimeZone, c.Color, c.Notes, c.ID)
		if err != nil {
			return clientNameTaken(c.Name, err)
		}
		return mustAffect(res, msg.New("That client no longer exists; it may have been deleted."))
	})
}

// DeleteClient removes a client with its channels and posts.
func (s *Store) DeleteClient(id int64) error {
	return s.inTx(func(tx *sql.Tx) error {
		res, err := tx.Exec(`DELETE FROM clients WHERE id = ?`, id)
		if err != nil {
			return err
		}
		return mustAffect(res, msg.New("That client no longer exists; it may have been deleted."))
	})
}

// clientNameTaken turns the unique-name violation into a sentence.
func clientNameTaken(name string, err error) error {
	var se sqlite3.Error
	if errors.As(err, &se) && se.ExtendedCode == sqlite3.ErrConstraintUnique {
		return sentence(ErrDuplicate, "There is already a client called \"{{.Name}}\"; choose another name.", "Name", name)
	}
	return err
}

// mustAffect reports ErrNotFound, saying gone, when an update or delete
// touched no row.
func mustAffect(res sql.Result, gone msg.Text) error {
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return &msg.Error{Text: gone, Kind: ErrNotFound}
	}
	return nil
}

func now() string { return time.Now().UTC().Format(time.RFC3339) }

package storage

import (
	"database/sql"
	"encoding/json"
	"strings"
	"time"

	"kairos/model/draw"
	"kairos/model/msg"
)

// StoredDraw is a recorded winner draw of a contest.
type StoredDraw struct {
	ID, ContestID int64
	Record        draw.Record
}

// pick is how a winner or alternate is kept in the draws row.
type pick struct {
	Handle    string `json:"handle"`
	Name      string `json:"name"`
	EntryTime string `json:"entry_time,omitempty"`
}

func picksJSON(list []draw.Entrant) (string, error) {
	out := make([]pick, len(list))
	for i, e := range list {
		out[i] = pick{e.Handle, e.Name, entryStamp(e.EntryTime)}
	}
	b, err := json.Marshal(out)
	return string(b), err
}

func picksFrom(s string) ([]draw.Entrant, error) {
	var in []pick
	if s == "" {
		return nil, nil
	}
	if err := json.Unmarshal([]byte(s), &in); err != nil {
		return nil, err
	}
	out := make([]draw.Entrant, len(in))
	for i, p := range in {
		t, err := parseEntryStamp(p.EntryTime)
		if err != nil {
			return nil, err
		}
		out[i] = draw.Entrant{Handle: p.Handle, Name: p.Name, EntryTime: t}
	}
	return out, nil
}

func entryStamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

func parseEntryStamp(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(time.RFC3339, s)
}

// SaveDraw records a draw with the exact entrant list it was drawn from,
// in one transaction. The record must be what that list and seed give:
// the list's hash and the winners are recomputed first, so a stored draw
// can always be re-run to the same result.
func (s *Store) SaveDraw(contestID int64, rec *draw.Record, pool draw.Pool) (int64, error) {
	res := rec.Result
	if pool.Hash != res.Hash || draw.Prepare(pool.Entrants, nil).Hash != res.Hash {
		return 0, msg.Errorf("The draw does not match its entrant list, so it was not recorded.")
	}
	again, err := draw.Run(pool, res.Seed, len(res.Winners), len(res.Alternates))
	if err != nil || !sameHandles(again.Winners, res.Winners) || !sameHandles(again.Alternates, res.Alternates) {
		return 0, msg.Errorf("The winners do not follow from the seed and the entrant list, so the draw was not recorded.")
	}
	winners, err := picksJSON(res.Winners)
	if err != nil {
		return 0, err
	}
	alternates, err := picksJSON(res.Alternates)
	if err != nil {
		return 0, err
	}
	var id int64
	err = s.inTx(func(tx *sql.Tx) error {
		if _, err := contestIn(tx, contestID); err != nil {
			return err
		}
		r, err := tx.Exec(`INSERT INTO draws (contest_id, drawn_at, contest_name, sponsor, seed, entrants_sha256,
			algorithm, entrant_count, duplicates, excluded, excluded_handles, source, late, cutoff, zone, winners,
			alternates) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			contestID, rec.DrawnAt.UTC().Format(time.RFC3339), rec.Contest, rec.Sponsor, res.Seed, res.Hash,
			res.Algorithm, res.Count, rec.Duplicates, rec.Excluded, strings.Join(rec.ExcludedHandles, " "), rec.Source,
			rec.Late, entryStamp(rec.Cutoff), rec.Zone, winners, alternates)
		if err != nil {
			return err
		}
		if id, err = r.LastInsertId(); err != nil {
			return err
		}
		stmt, err := tx.Prepare(`INSERT INTO draw_entrants (draw_id, position, handle, name, entry_time) VALUES (?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for i, e := range pool.Entrants {
			if _, err := stmt.Exec(id, i, e.Handle, e.Name, entryStamp(e.EntryTime)); err != nil {
				return err
			}
		}
		return nil
	})
	return id, err
}

func sameHandles(a, b []draw.Entrant) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Handle != b[i].Handle {
			return false
		}
	}
	return true
}

// Draws lists a contest's recorded draws, newest first, as they were made.
func (s *Store) Draws(contestID int64) ([]StoredDraw, error) {
	rows, err := s.db.Query(`SELECT id, drawn_at, contest_name, sponsor, seed, entrants_sha256, algorithm,
		entrant_count, duplicates, excluded, excluded_handles, source, late, cutoff, zone, winners, alternates
		FROM draws WHERE contest_id = ? ORDER BY id DESC`, contestID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var list []StoredDraw
	for rows.Next() {
		var (
			d                                = StoredDraw{ContestID: contestID}
			at, excluded, cutoff, wins, alts string
			res                              = &d.Record.Result
			rec                              = &d.Record
		)
		if err := rows.Scan(&d.ID, &at, &rec.Contest, &rec.Sponsor, &res.Seed, &res.Hash, &res.Algorithm, &res.Count,
			&rec.Duplicates, &rec.Excluded, &excluded, &rec.Source, &rec.Late, &cutoff, &rec.Zone, &wins, &alts); err != nil {
			return nil, err
		}
		var err error
		if rec.Cutoff, err = parseEntryStamp(cutoff); err != nil {
			return nil, err
		}
		if d.Record.DrawnAt, err = time.Parse(time.RFC3339, at); err != nil {
			return nil, err
		}
		if res.Winners, err = picksFrom(wins); err != nil {
			return nil, err
		}
		if res.Alternates, err = picksFrom(alts); err != nil {
			return nil, err
		}
		d.Record.ExcludedHandles = strings.Fields(excluded)
		list = append(list, d)
	}
	return list, rows.Err()
}

// DrawEntrants is the exact, normalised entrant list a draw was made from,
// in its canonical order.
func (s *Store) DrawEntrants(drawID int64) ([]draw.Entrant, error) {
	rows, err := s.db.Query(`SELECT handle, name, entry_time FROM draw_entrants WHERE draw_id = ? ORDER BY position`, drawID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var list []draw.Entrant
	for rows.Next() {
		var (
			e     draw.Entrant
			stamp string
		)
		if err := rows.Scan(&e.Handle, &e.Name, &stamp); err != nil {
			return nil, err
		}
		if e.EntryTime, err = parseEntryStamp(stamp); err != nil {
			return nil, err
		}
		list = append(list, e)
	}
	return list, rows.Err()
}

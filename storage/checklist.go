package storage

import (
	"database/sql"
	"errors"

	"kairos/model/contest"
	"kairos/model/msg"
)

const itemColumns = `id, contest_id, item_key, item_set, text, why, required, done, waived, waive_reason, position`

// Checklist lists a contest's checklist in order.
func (s *Store) Checklist(contestID int64) ([]contest.Item, error) { return itemsOf(s.db, contestID) }

func itemsOf(q querier, contestID int64) ([]contest.Item, error) {
	rows, err := q.Query(`SELECT `+itemColumns+` FROM checklist_items WHERE contest_id = ? ORDER BY position, id`, contestID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var list []contest.Item
	for rows.Next() {
		it, err := scanItem(rows)
		if err != nil {
			return nil, err
		}
		list = append(list, it)
	}
	return list, rows.Err()
}

func scanItem(row interface{ Scan(...any) error }) (contest.Item, error) {
	var it contest.Item
	err := row.Scan(&it.ID, &it.ContestID, &it.Key, &it.Set, &it.Text, &it.Why, &it.Required, &it.Done,
		&it.Waived, &it.WaiveReason, &it.Position)
	return it, err
}

func itemIn(q querier, id int64) (contest.Item, error) {
	it, err := scanItem(q.QueryRow(`SELECT `+itemColumns+` FROM checklist_items WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return it, sentence(ErrNotFound, "That checklist item no longer exists; it may have been deleted.")
	}
	return it, err
}

func insertItem(tx *sql.Tx, it *contest.Item) error {
	res, err := tx.Exec(`INSERT INTO checklist_items (contest_id, item_key, item_set, text, why, required, done,
		waived, waive_reason, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, it.ContestID, it.Key, it.Set,
		it.Text, it.Why, it.Required, it.Done, it.Waived, it.WaiveReason, it.Position)
	if err != nil {
		return err
	}
	it.ID, err = res.LastInsertId()
	return err
}

// changeItem loads one item, lets change alter it (or refuse), saves it and
// settles the contest's status, all in one transaction.
func (s *Store) changeItem(id int64, change func(it *contest.Item) error) (contest.Item, error) {
	var it contest.Item
	err := s.inTx(func(tx *sql.Tx) error {
		var err error
		if it, err = itemIn(tx, id); err != nil {
			return err
		}
		if err := change(&it); err != nil {
			return err
		}
		if _, err := tx.Exec(`UPDATE checklist_items SET done = ?, waived = ?, waive_reason = ? WHERE id = ?`,
			it.Done, it.Waived, it.WaiveReason, it.ID); err != nil {
			return err
		}
		return settleStatus(tx, it.ContestID)
	})
	return it, err
}

// SetItemDone ticks or unticks an item. Ticking settles a waived item too.
func (s *Store) SetItemDone(id int64, done bool) (contest.Item, error) {
	return s.changeItem(id, func(it *contest.Item) error {
		it.Done = done
		if done {
			it.Unwaive()
		}
		return nil
	})
}

// WaiveItem marks an item as not applying, with the user's reason.
func (s *Store) WaiveItem(id int64, reason string) (contest.Item, error) {
	return s.changeItem(id, func(it *contest.Item) error { return it.Waive(reason) })
}

// UnwaiveItem opens a waived item again.
func (s *Store) UnwaiveItem(id int64) (contest.Item, error) {
	return s.changeItem(id, func(it *contest.Item) error { it.Unwaive(); return nil })
}

// AddOwnItem adds the user's own item at the end of a contest's checklist.
func (s *Store) AddOwnItem(contestID int64, text string, required bool) (contest.Item, error) {
	it, err := contest.NewOwnItem(contestID, text, required)
	if err != nil {
		return it, err
	}
	err = s.inTx(func(tx *sql.Tx) error {
		if _, err := contestIn(tx, contestID); err != nil {
			return err
		}
		if err := tx.QueryRow(`SELECT coalesce(max(position), -1) + 1 FROM checklist_items WHERE contest_id = ?`,
			contestID).Scan(&it.Position); err != nil {
			return err
		}
		if err := insertItem(tx, &it); err != nil {
			return err
		}
		return settleStatus(tx, contestID)
	})
	return it, err
}

// DeleteOwnItem removes one of the user's own items. Template items are
// waived with a reason instead, so the record shows why a rule was skipped.
func (s *Store) DeleteOwnItem(id int64) error {
	return s.inTx(func(tx *sql.Tx) error {
		it, err := itemIn(tx, id)
		if err != nil {
			return err
		}
		if it.Set != contest.Own {
			return msg.Errorf("Items from the rule templates cannot be deleted: waive the item and say why it does not apply.")
		}
		if _, err := tx.Exec(`DELETE FROM checklist_items WHERE id = ?`, id); err != nil {
			return err
		}
		return settleStatus(tx, it.ContestID)
	})
}

// MarkReady records that the contest is ready to launch. It is refused with
// the list of required items still open (a contest.NotReady).
func (s *Store) MarkReady(contestID int64) error {
	return s.inTx(func(tx *sql.Tx) error {
		if _, err := contestIn(tx, contestID); err != nil {
			return err
		}
		items, err := itemsOf(tx, contestID)
		if err != nil {
			return err
		}
		if err := contest.CheckReady(items); err != nil {
			return err
		}
		_, err = tx.Exec(`UPDATE contests SET status = ?, updated_at = ? WHERE id = ?`, string(contest.Ready), now(), contestID)
		return err
	})
}

// settleStatus takes a Ready contest back to Planning when a required item
// is open again, so "ready" never outlives the checklist that earned it.
func settleStatus(tx *sql.Tx, contestID int64) error {
	items, err := itemsOf(tx, contestID)
	if err != nil {
		return err
	}
	if contest.CheckReady(items) == nil {
		return nil
	}
	_, err = tx.Exec(`UPDATE contests SET status = ? WHERE id = ? AND status = ?`,
		string(contest.Planning), contestID, string(contest.Ready))
	return err
}

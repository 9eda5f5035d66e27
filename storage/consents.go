package storage

import (
	"database/sql"
	"encoding/json"
	"strings"
	"time"

	"kairos/model"
	"kairos/model/consent"
	"kairos/model/msg"
)

const consentColumns = `id, testimonial_id, status, name_use, photo, video_voice, title_company, link_profile,
	platforms, purposes, granted, method, evidence_note, evidence_file, evidence_sha256, wording, expires,
	withdrawn_on, withdrawal_channel`

func scanConsent(row interface{ Scan(...any) error }) (consent.Consent, error) {
	var (
		c                           consent.Consent
		status, nameUse             string
		platforms, purposes         string
		granted, expires, withdrawn string
	)
	err := row.Scan(&c.ID, &c.TestimonialID, &status, &nameUse, &c.Permissions.Photo, &c.Permissions.VideoVoice,
		&c.Permissions.TitleCompany, &c.Permissions.LinkProfile, &platforms, &purposes, &granted, &c.Method,
		&c.EvidenceNote, &c.EvidenceFile, &c.EvidenceSHA256, &c.Wording, &expires, &withdrawn, &c.WithdrawalChannel)
	if err != nil {
		return c, err
	}
	c.Status, c.Permissions.Name = consent.Status(status), consent.NameUse(nameUse)
	for _, p := range strings.Fields(platforms) {
		c.Platforms = append(c.Platforms, model.Platform(p))
	}
	for _, p := range strings.Fields(purposes) {
		c.Purposes = append(c.Purposes, consent.Purpose(p))
	}
	for dst, src := range map[*model.Date]string{&c.Granted: granted, &c.Expires: expires, &c.WithdrawnOn: withdrawn} {
		if *dst, err = model.ParseDate(src); err != nil {
			return c, err
		}
	}
	return c, nil
}

func consentValues(c consent.Consent) []any {
	var platforms, purposes []string
	for _, p := range c.Platforms {
		platforms = append(platforms, string(p))
	}
	for _, p := range c.Purposes {
		purposes = append(purposes, string(p))
	}
	return []any{c.TestimonialID, string(c.Status), string(c.Permissions.Name), c.Permissions.Photo,
		c.Permissions.VideoVoice, c.Permissions.TitleCompany, c.Permissions.LinkProfile,
		strings.Join(platforms, " "), strings.Join(purposes, " "), c.Granted.String(), c.Method, c.EvidenceNote,
		c.EvidenceFile, c.EvidenceSHA256, c.Wording, c.Expires.String(), c.WithdrawnOn.String(), c.WithdrawalChannel}
}

// Consents lists a testimonial's consent records, oldest first.
func (s *Store) Consents(testimonialID int64) ([]consent.Consent, error) {
	rows, err := s.db.Query(`SELECT `+consentColumns+` FROM consents WHERE testimonial_id = ? ORDER BY id`, testimonialID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var list []consent.Consent
	for rows.Next() {
		c, err := scanConsent(rows)
		if err != nil {
			return nil, err
		}
		list = append(list, c)
	}
	return list, rows.Err()
}

// SaveConsent validates c, creates or updates it, and appends its new
// state to the history, all in one transaction.
func (s *Store) SaveConsent(c *consent.Consent) error {
	c.Normalize()
	if err := c.Validate(); err != nil {
		return err
	}
	snapshot, err := json.Marshal(c)
	if err != nil {
		return err
	}
	return s.inTx(func(tx *sql.Tx) error {
		if c.ID != 0 {
			res, err := tx.Exec(`UPDATE consents SET testimonial_id = ?, status = ?, name_use = ?, photo = ?,
				video_voice = ?, title_company = ?, link_profile = ?, platforms = ?, purposes = ?, granted = ?,
				method = ?, evidence_note = ?, evidence_file = ?, evidence_sha256 = ?, wording = ?, expires = ?,
				withdrawn_on = ?, withdrawal_channel = ? WHERE id = ?`, append(consentValues(*c), c.ID)...)
			if err != nil {
				return err
			}
			if err := mustAffect(res, msg.New("That consent record no longer exists; it may have been deleted.")); err != nil {
				return err
			}
		} else {
			res, err := tx.Exec(`INSERT INTO consents (testimonial_id, status, name_use, photo, video_voice,
				title_company, link_profile, platforms, purposes, granted, method, evidence_note, evidence_file,
				evidence_sha256, wording, expires, withdrawn_on, withdrawal_channel)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, consentValues(*c)...)
			if err != nil {
				return testimonialGone(err)
			}
			if c.ID, err = res.LastInsertId(); err != nil {
				return err
			}
			if snapshot, err = json.Marshal(c); err != nil { // now with its ID
				return err
			}
		}
		_, err := tx.Exec(`INSERT INTO consent_history (consent_id, at, status, snapshot) VALUES (?, ?, ?, ?)`,
			c.ID, time.Now().UTC().Format(time.RFC3339Nano), string(c.Status), string(snapshot))
		return err
	})
}

// HistoryEntry is one saved state of a consent record.
type HistoryEntry struct {
	At    time.Time
	State consent.Consent
}

// ConsentHistory lists every saved state of a consent record, oldest first.
func (s *Store) ConsentHistory(consentID int64) ([]HistoryEntry, error) {
	rows, err := s.db.Query(`SELECT at, snapshot FROM consent_history WHERE consent_id = ? ORDER BY id`, consentID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var list []HistoryEntry
	for rows.Next() {
		var at, snapshot string
		if err := rows.Scan(&at, &snapshot); err != nil {
			return nil, err
		}
		var e HistoryEntry
		e.At, _ = time.Parse(time.RFC3339Nano, at)
		if err := json.Unmarshal([]byte(snapshot), &e.State); err != nil {
			return nil, err
		}
		list = append(list, e)
	}
	return list, rows.Err()
}

// testimonialGone explains a foreign-key failure on a consent record.
func testimonialGone(err error) error {
	if isForeignKey(err) {
		return sentence(ErrNotFound, "That testimonial no longer exists (it was erased), so nothing was saved.")
	}
	return err
}

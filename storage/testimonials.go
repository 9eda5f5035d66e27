package storage

import (
	"database/sql"
	"errors"

	"kairos/model/consent"
	"kairos/model/msg"
)

const testimonialColumns = `id, client_id, person_name, person_contact, minor, guardian, original, original_file,
	original_sha256, approved, edits_allowed, translation_allowed, product, photo, profile_link, source,
	incentive, disclosure, insider, special_category, results_claim`

func scanTestimonial(row interface{ Scan(...any) error }) (consent.Testimonial, error) {
	var t consent.Testimonial
	err := row.Scan(&t.ID, &t.ClientID, &t.Person.Name, &t.Person.Contact, &t.Person.Minor, &t.Person.Guardian,
		&t.Original, &t.OriginalFile, &t.OriginalSHA256, &t.Approved, &t.EditsAllowed, &t.TranslationAllowed,
		&t.Product, &t.Photo, &t.ProfileLink, &t.Source, &t.Incentive, &t.Disclosure, &t.Insider,
		&t.SpecialCategory, &t.ResultsClaim)
	return t, err
}

func testimonialValues(t consent.Testimonial) []any {
	return []any{t.ClientID, t.Person.Name, t.Person.Contact, t.Person.Minor, t.Person.Guardian, t.Original,
		t.OriginalFile, t.OriginalSHA256, t.Approved, t.EditsAllowed, t.TranslationAllowed, t.Product, t.Photo,
		t.ProfileLink, t.Source, t.Incentive, t.Disclosure, t.Insider, t.SpecialCategory, t.ResultsClaim}
}

// Testimonials lists a client's testimonials by the person's name.
func (s *Store) Testimonials(clientID int64) ([]consent.Testimonial, error) {
	rows, err := s.db.Query(`SELECT `+testimonialColumns+` FROM testimonials WHERE client_id = ?
		ORDER BY person_name COLLATE NOCASE, id`, clientID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var list []consent.Testimonial
	for rows.Next() {
		t, err := scanTestimonial(rows)
		if err != nil {
			return nil, err
		}
		list = append(list, t)
	}
	return list, rows.Err()
}

// Testimonial returns one testimonial, or ErrNotFound.
func (s *Store) Testimonial(id int64) (consent.Testimonial, error) {
	t, err := scanTestimonial(s.db.QueryRow(`SELECT `+testimonialColumns+` FROM testimonials WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return t, sentence(ErrNotFound, "That testimonial no longer exists.")
	}
	return t, err
}

// SaveTestimonial validates t and creates it (ID 0, setting the ID) or
// updates every field.
func (s *Store) SaveTestimonial(t *consent.Testimonial) error {
	t.Normalize()
	if err := t.Validate(); err != nil {
		return err
	}
	return s.inTx(func(tx *sql.Tx) error {
		if t.ID != 0 {
			res, err := tx.Exec(`UPDATE testimonials SET client_id = ?, person_name = ?, person_contact = ?, minor = ?,
				guardian = ?, original = ?, original_file = ?, original_sha256 = ?, approved = ?, edits_allowed = ?,
				translation_allowed = ?, product = ?, photo = ?, profile_link = ?, source = ?, incentive = ?,
				disclosure = ?, insider = ?, special_category = ?, results_claim = ? WHERE id = ?`,
				append(testimonialValues(*t), t.ID)...)
			if err != nil {
				return clientGone(err)
			}
			return mustAffect(res, msg.New("That testimonial no longer exists; it may have been deleted."))
		}
		res, err := tx.Exec(`INSERT INTO testimonials (client_id, person_name, person_contact, minor, guardian,
			original, original_file, original_sha256, approved, edits_allowed, translation_allowed, product, photo,
			profile_link, source, incentive, disclosure, insider, special_category, results_claim)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, testimonialValues(*t)...)
		if err != nil {
			return clientGone(err)
		}
		t.ID, err = res.LastInsertId()
		return err
	})
}

// EraseTestimonial deletes a person's testimonial with its consents and
// their history, in one transaction (the right to erasure), and returns the
// files it referred to so the caller can remove them once nothing else
// uses them.
func (s *Store) EraseTestimonial(id int64) (files []string, err error) {
	err = s.inTx(func(tx *sql.Tx) error {
		var original string
		if err := tx.QueryRow(`SELECT original_file FROM testimonials WHERE id = ?`, id).Scan(&original); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return sentence(ErrNotFound, "That testimonial no longer exists.")
			}
			return err
		}
		if original != "" {
			files = append(files, original)
		}
		rows, err := tx.Query(`SELECT evidence_file FROM consents WHERE testimonial_id = ? AND evidence_file != ''`, id)
		if err != nil {
			return err
		}
		for rows.Next() {
			var f string
			if err := rows.Scan(&f); err != nil {
				rows.Close()
				return err
			}
			files = append(files, f)
		}
		rows.Close()
		_, err = tx.Exec(`DELETE FROM testimonials WHERE id = ?`, id)
		return err
	})
	return files, err
}

package storage

import (
	"database/sql"
	"errors"

	"kairos/model"
	"kairos/model/consent"
	"kairos/model/msg"
)

// PostTestimonial returns the testimonial link of a post; false when the
// post quotes none.
func (s *Store) PostTestimonial(postID int64) (consent.PostLink, bool, error) {
	return linkOf(s.db, postID)
}

func linkOf(q querier, postID int64) (consent.PostLink, bool, error) {
	var (
		l            consent.PostLink
		testimonial  sql.NullInt64
		purpose, use string
	)
	err := q.QueryRow(`SELECT post_id, testimonial_id, purpose, name_use, photo, video_voice, title_company,
		link_profile, quote FROM post_testimonials WHERE post_id = ?`, postID).Scan(&l.PostID, &testimonial,
		&purpose, &use, &l.Photo, &l.VideoVoice, &l.TitleCompany, &l.LinkProfile, &l.Quote)
	if errors.Is(err, sql.ErrNoRows) {
		return l, false, nil
	}
	l.TestimonialID, l.Purpose, l.Name = testimonial.Int64, consent.Purpose(purpose), consent.NameUse(use)
	return l, err == nil, err
}

// SavePostWithTestimonial stores a post and which testimonial it quotes
// (nil: none) in one transaction. A scheduled post is refused, with the
// reasons, unless a recorded consent covers this use.
func (s *Store) SavePostWithTestimonial(p *model.Post, link *consent.PostLink) error {
	return s.inTx(func(tx *sql.Tx) error {
		// The old link goes first, so only the new one is checked.
		if _, err := tx.Exec(`DELETE FROM post_testimonials WHERE post_id = ?`, p.ID); err != nil {
			return err
		}
		if p.ID == 0 {
			if err := insertPost(tx, p); err != nil {
				return err
			}
		} else if err := updatePost(tx, p); err != nil {
			return err
		}
		if link == nil {
			return nil
		}
		link.PostID = p.ID
		var testimonial any // NULL: the testimonial was erased, the post stays flagged
		if link.TestimonialID != 0 {
			testimonial = link.TestimonialID
		}
		if _, err := tx.Exec(`INSERT INTO post_testimonials (post_id, testimonial_id, purpose, name_use, photo,
			video_voice, title_company, link_profile, quote) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			p.ID, testimonial, string(link.Purpose), string(link.Name), link.Photo, link.VideoVoice,
			link.TitleCompany, link.LinkProfile, link.Quote); err != nil {
			if isForeignKey(err) {
				return sentence(ErrNotFound, "That testimonial no longer exists (it was erased), so nothing was saved.")
			}
			return err
		}
		return checkTestimonial(tx, *p)
	})
}

// checkTestimonial refuses a scheduled post whose testimonial the recorded
// consent does not cover; drafts and ideas may quote anything.
func checkTestimonial(tx *sql.Tx, p model.Post) error {
	if p.Status != model.Scheduled {
		return nil
	}
	link, ok, err := linkOf(tx, p.ID)
	if err != nil || !ok {
		return err
	}
	if link.TestimonialID == 0 {
		return consent.Refusal{msg.New("The testimonial this post quotes was erased: take it out of the post before scheduling.")}
	}
	t, err := scanTestimonial(tx.QueryRow(`SELECT `+testimonialColumns+` FROM testimonials WHERE id = ?`, link.TestimonialID))
	if err != nil {
		return err
	}
	rows, err := tx.Query(`SELECT `+consentColumns+` FROM consents WHERE testimonial_id = ? ORDER BY id DESC`, t.ID)
	if err != nil {
		return err
	}
	var consents []consent.Consent
	for rows.Next() {
		c, err := scanConsent(rows)
		if err != nil {
			rows.Close()
			return err
		}
		consents = append(consents, c)
	}
	rows.Close()
	channels, err := channelsOf(tx, p.ClientID)
	if err != nil {
		return err
	}
	return consent.MayPublish(t, consents, link.UseFor(p, platformsOf(p, channels)))
}

// PostsUsingTestimonial lists the posts that quote a testimonial, by date.
func (s *Store) PostsUsingTestimonial(testimonialID int64) ([]model.Post, error) {
	return queryPosts(s.db, `p.id IN (SELECT post_id FROM post_testimonials WHERE testimonial_id = ?)
		ORDER BY p.day, p.time_min, p.id`, testimonialID)
}

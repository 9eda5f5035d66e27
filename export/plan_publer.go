package export

import (
	"encoding/csv"
	"io"
	"strings"

	"kairos/model"
)

// PublerCSVHeader is the first row of Publer's bulk-import template, all
// twelve columns in its order: Publer wants them all, even empty.
var PublerCSVHeader = []string{"Date", "Text", "Link(s)", "Media URL(s)", "Title", "Label(s)",
	"Alt text(s)", "Comment(s)", "Board/Album", "Post subtype", "CTA", "Reminder"}

// PublerDateLayout is the Date column: "2026-12-01 18:30", 24-hour.
const PublerDateLayout = "2006-01-02 15:04"

// PublerCSV writes posts in Publer's bulk-import layout, one row per dated
// post. Date is the post's wall-clock time in the client's zone (Publer
// reads it in the workspace's zone, so that must be the client's), and
// UntimedAt for a post without a time. Text is what gets published, the
// hashtags included. Link(s) is the link; Media URL(s) holds only media
// that are web addresses, joined by commas, because Publer downloads media
// and cannot reach files on this computer (PlanNotes counts the posts that
// have such files). Label(s) is the content pillar. Post subtype is "story"
// or "reel" for those types and empty otherwise (Publer then makes a
// normal post); the other columns stay empty.
func PublerCSV(w io.Writer, opts PlanOptions, posts []model.Post) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(PublerCSVHeader); err != nil {
		return err
	}
	loc := opts.Client.Location()
	for _, p := range posts {
		if p.Date.IsZero() {
			continue
		}
		var media []string
		for _, m := range p.Media {
			if isWebAddress(m) {
				media = append(media, m)
			}
		}
		row := []string{postTime(p, loc).Format(PublerDateLayout), p.FullText(), p.Link, strings.Join(media, ","),
			"", p.Pillar, "", "", "", publerSubtype(p.Type), "", ""}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// publerSubtype is the Post subtype column for a content type: only the
// types that are a subtype of their own on Instagram and Facebook.
func publerSubtype(t model.ContentType) string {
	switch t {
	case model.Story:
		return "story"
	case model.Reel:
		return "reel"
	}
	return ""
}

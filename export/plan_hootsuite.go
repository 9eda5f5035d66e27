package export

import (
	"encoding/csv"
	"io"

	"kairos/model"
)

// HootsuiteDateLayout is the first column of a Hootsuite bulk file:
// "01/12/2026 18:30", day first, 24-hour. Hootsuite asks on upload
// whether dates are day- or month-first; choose dd/mm/yyyy.
const HootsuiteDateLayout = "02/01/2006 15:04"

// HootsuiteCSV writes posts in Hootsuite's bulk composer layout: three
// columns, date and time, message, link, and no header row (Hootsuite's
// template has none and would read a header as a post). The time is the
// post's wall-clock time in the client's zone (Hootsuite reads it in the
// user's Hootsuite time zone), UntimedAt for a post without one. The
// message is what gets published, hashtags included.
//
// Hootsuite refuses rows whose time is not on a five-minute mark or is
// already past, and has no column for media or channels. The times are
// written as planned, never moved silently: PlanNotes counts those posts
// so the user can fix them.
func HootsuiteCSV(w io.Writer, opts PlanOptions, posts []model.Post) error {
	cw := csv.NewWriter(w)
	loc := opts.Client.Location()
	for _, p := range posts {
		if p.Date.IsZero() {
			continue
		}
		if err := cw.Write([]string{postTime(p, loc).Format(HootsuiteDateLayout), p.FullText(), p.Link}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

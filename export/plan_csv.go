package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"time"

	"kairos/model"
)

// PlanCSVHeader is the first row of PlanCSV.
var PlanCSVHeader = []string{"id", "date", "time", "time_zone", "status", "type", "pillar", "channels",
	"text", "hashtags", "link", "media", "notes", "created", "updated"}

// utf8BOM starts PlanCSV: without it, Excel reads a CSV file in the
// computer's legacy code page and garbles every é, ü and emoji. Other
// spreadsheets and encoding/csv users can drop it (it is U+FEFF before
// "id"). The bulk-import files have none: an importer may take it as part
// of the first date or column name.
const utf8BOM = "\ufeff"

// PlanCSV writes every field of posts as CSV, one row per dated post after
// the header, for spreadsheets and other tools. Dates are YYYY-MM-DD and
// times HH:MM (empty for an all-day post), wall-clock in the time_zone
// column's zone, the client's. Channels are "Platform handle" labels joined
// by "; ", hashtags are space-separated, media paths one per line (a path
// may hold commas or semicolons); created and updated are RFC 3339 in UTC.
// Notes are included: this file is the user's own copy of everything.
func PlanCSV(w io.Writer, opts PlanOptions, posts []model.Post) error {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(PlanCSVHeader); err != nil {
		return err
	}
	for _, p := range posts {
		if p.Date.IsZero() {
			continue
		}
		var labels []string
		for _, ch := range channelsOf(opts, p) {
			labels = append(labels, ch.Label())
		}
		row := []string{strconv.FormatInt(p.ID, 10), p.Date.String(), p.Time.String(), opts.Client.TimeZone,
			string(p.Status), string(p.Type), p.Pillar, strings.Join(labels, "; "),
			p.Text, strings.Join(p.Hashtags, " "), p.Link, strings.Join(p.Media, "\n"), p.Notes,
			utcStamp(p.Created), utcStamp(p.Updated)}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// utcStamp is t in RFC 3339 UTC, or "" for the zero time.
func utcStamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

package ui

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	ics "github.com/arran4/golang-ical"

	"kairos/export"
	"kairos/model"
	"kairos/storage"
)

// sampleExport opens the calendar on the sample workspace with the named
// client current, and the export dialog's fields for it.
func sampleExport(t *testing.T, name string) (*Kairos, *storage.Store, *planExport, model.Client) {
	t.Helper()
	k, store := newTestKairos(t, true)
	var client model.Client
	for _, c := range mustClients(t, store) {
		if c.Name == name {
			client = c
		}
	}
	if client.ID == 0 {
		t.Fatalf("no sample client %q", name)
	}
	k.clientsChanged(client.ID)
	k.show(screenCalendar)
	x, ok := newPlanExport(k.calendar)
	if !ok {
		t.Fatal("no export dialog with a client selected")
	}
	return k, store, x, client
}

func TestExportButtonOpensTheDialogOnTheVisibleMonth(t *testing.T) {
	k, _, x, _ := sampleExport(t, "Olive & Sea Travel")
	test.Tap(findButton(t, k.win.Content(), "Export…"))
	shown := texts(overlay(t, k))
	for _, want := range []string{"Export the plan", "Client", "Format", "From", "To", "Posts", "Drafts", "undated ideas never are"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the dialog lacks %q:\n%s", want, shown)
		}
	}
	findButton(t, overlay(t, k), "Choose file…")

	// The month shown, not its grid's neighbouring weeks; iCalendar; the
	// client shown; drafts, scheduled and published posts.
	j, err := x.job()
	if err != nil {
		t.Fatal(err)
	}
	if j.from != model.NewDate(2026, 11, 1) || j.to != model.NewDate(2026, 11, 30) || j.format != export.FormatICS ||
		j.client.Name != "Olive & Sea Travel" || len(j.statuses) != 3 || j.statuses[0] != model.Draft {
		t.Errorf("defaults: %+v", j)
	}

	// In week view, the week.
	k.calendar.setView(viewWeek)
	x, _ = newPlanExport(k.calendar)
	if j, _ := x.job(); j.from != model.NewDate(2026, 11, 23) || j.to != model.NewDate(2026, 11, 29) {
		t.Errorf("week view exports %s to %s", j.from, j.to)
	}
}

// The dialog's ICS parses and gives back the posts' days and times in the
// client's zone; the file holds scheduled posts, not only published ones.
func TestPlanExportWritesTheICS(t *testing.T) {
	_, store, x, client := sampleExport(t, "The Copper Kettle Café")
	setDate(x.from, model.NewDate(2026, 11, 1))
	setDate(x.to, model.NewDate(2026, 12, 31))
	var buf bytes.Buffer
	if err := x.write(&buf); err != nil {
		t.Fatal(err)
	}
	all, err := store.PostsBetween(client.ID, model.NewDate(2026, 11, 1), model.NewDate(2026, 12, 31))
	if err != nil {
		t.Fatal(err)
	}
	posts := export.SelectPlan(all, model.NewDate(2026, 11, 1), model.NewDate(2026, 12, 31), export.DefaultStatuses())
	cal, err := ics.ParseCalendar(&buf)
	if err != nil {
		t.Fatalf("the ICS does not parse: %v", err)
	}
	if len(cal.Events()) != len(posts) || len(posts) < 10 {
		t.Fatalf("%d events for %d posts", len(cal.Events()), len(posts))
	}
	scheduled := 0
	for i, e := range cal.Events() {
		p := posts[i]
		if p.Status == model.Scheduled {
			scheduled++
		}
		if !p.Time.Valid() {
			if day, err := e.GetAllDayStartAt(); err != nil || model.DateOf(day) != p.Date {
				t.Errorf("untimed post %d on %s: %v, %v", p.ID, p.Date, day, err)
			}
			continue
		}
		at, err := e.GetStartAt()
		local := at.In(client.Location())
		if err != nil || model.DateOf(local) != p.Date || model.At(local.Hour(), local.Minute()) != p.Time {
			t.Errorf("post %d on %s at %s: %v, %v", p.ID, p.Date, p.Time, local, err)
		}
	}
	if scheduled == 0 {
		t.Error("no scheduled post in the export")
	}
}

func TestPlanExportCSVFormatsAndStatuses(t *testing.T) {
	_, _, x, _ := sampleExport(t, "Studio Pulse")
	x.format.SetSelected(formatName(export.FormatPubler))
	x.statuses.SetSelected([]string{planStatusLabel(model.Published)})
	var buf bytes.Buffer
	if err := x.write(&buf); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != strings.Join(export.PublerCSVHeader, ",") || len(rows) < 2 {
		t.Fatalf("%d rows, header %q", len(rows), rows[0])
	}
	for _, r := range rows[1:] {
		// Published posts are the past: before today, 25 November.
		if r[0] >= "2026-11-25 10:00" || !strings.HasPrefix(r[0], "2026-11-") {
			t.Errorf("row %q is not a published post of November", r)
		}
	}

	x.format.SetSelected(formatName(export.FormatHootsuite))
	buf.Reset()
	if err := x.write(&buf); err != nil {
		t.Fatal(err)
	}
	if first, _, _ := strings.Cut(buf.String(), ","); len(first) != len("01/11/2026 09:00") || first[2] != '/' || first[3:5] != "11" {
		t.Errorf("Hootsuite's first date %q is not dd/mm/yyyy hh:mm", first)
	}
}

func TestPlanExportExplainsWhatToFix(t *testing.T) {
	_, _, x, _ := sampleExport(t, "Olive & Sea Travel")
	cases := []struct {
		change func()
		want   string
	}{
		{func() { x.statuses.SetSelected(nil) }, "Tick at least one kind of post to export."},
		{func() { setDate(x.from, model.NewDate(2026, 12, 5)); setDate(x.to, model.NewDate(2026, 12, 1)) }, "The first day, 2026-12-05, is after the last, 2026-12-01."},
		{func() { setDate(x.to, model.Date{}) }, "Choose the first and the last day to export."},
		{func() { x.from.SetDate(nil); x.from.SetText("soon") }, "is not a date"},
	}
	for _, c := range cases {
		c.change()
		var buf bytes.Buffer
		if err := x.write(&buf); err == nil || !strings.Contains(err.Error(), c.want) || buf.Len() != 0 {
			t.Errorf("error %v, want %q and nothing written", err, c.want)
		}
		// The dialog stays open with the problem shown: start refuses.
		if err := x.start(); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("start: %v", err)
		}
	}
}

// What happens once the file is made, without the file dialog: nothing to
// export is said; a save is confirmed, with Hootsuite's notes.
func TestPlanExportConfirmsTheSave(t *testing.T) {
	k, store, x, _ := sampleExport(t, "Olive & Sea Travel")
	setDate(x.from, model.NewDate(2030, 1, 1))
	setDate(x.to, model.NewDate(2030, 1, 31))
	j, err := x.job()
	if err != nil {
		t.Fatal(err)
	}
	f, err := j.render(store)
	if err != nil || f.posts != 0 {
		t.Fatalf("2030: %d posts, %v", f.posts, err)
	}
	x.finish(j, f, nil)
	if shown := texts(overlay(t, k)); !strings.Contains(shown, "Olive & Sea Travel has no posts of the kinds ticked from 2030-01-01 to 2030-01-31.") {
		t.Errorf("nothing to export says:\n%s", shown)
	}
	k.win.Canvas().Overlays().Top().Hide()

	x.format.SetSelected(formatName(export.FormatHootsuite))
	setDate(x.from, model.NewDate(2026, 11, 1))
	setDate(x.to, model.NewDate(2026, 11, 30))
	if j, err = x.job(); err != nil {
		t.Fatal(err)
	}
	j.stamp = time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	if f, err = j.render(store); err != nil || f.posts == 0 {
		t.Fatalf("November: %d posts, %v", f.posts, err)
	}
	x.saved(j, f, "plan.csv")
	if got := k.calendar.status.Text; got != "Saved "+strconv.Itoa(f.posts)+" posts of Olive & Sea Travel to plan.csv." {
		t.Errorf("status %q", got)
	}
	if shown := texts(overlay(t, k)); !strings.Contains(shown, "already in the past: Hootsuite refuses them") ||
		!strings.Contains(shown, "set it to Europe/Athens") {
		t.Errorf("notes after saving:\n%s", shown)
	}
	if name := j.fileName(); name != "Olive & Sea Travel Hootsuite 2026-11-01 to 2026-11-30" {
		t.Errorf("file name %q", name)
	}
}

package cli

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"kairos/export"
	"kairos/model"
	"kairos/storage"
)

// exportToday is the fake now of these tests: 25 November 2026, 09:00 UTC.
var exportToday = model.NewDate(2026, 11, 25)

// sampleWorkspace makes a data folder holding the sample workspace.
func sampleWorkspace(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if r := kairos(t, nil, "--data", dir, "sample"); r.code != 0 {
		t.Fatalf("sample: exit %d, %s", r.code, r.stderr)
	}
	return dir
}

// exportRun runs "kairos --data dir export args...".
func exportRun(t *testing.T, dir string, args ...string) result {
	t.Helper()
	return kairos(t, nil, append([]string{"--data", dir, "export"}, args...)...)
}

// storedPlan is what the export should hold: the client's posts with the
// given statuses from one day to another, read from the store itself.
func storedPlan(t *testing.T, dir, name string, from, to model.Date, statuses ...model.Status) (model.Client, []model.Post) {
	t.Helper()
	s, err := storage.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	clients, err := s.Clients()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range clients {
		if c.Name == name {
			posts, err := s.PostsBetween(c.ID, from, to)
			if err != nil {
				t.Fatal(err)
			}
			if len(statuses) == 0 {
				statuses = export.DefaultStatuses()
			}
			return c, export.SelectPlan(posts, from, to, statuses)
		}
	}
	t.Fatalf("no client %q", name)
	return model.Client{}, nil
}

// The ICS of the sample workspace parses with a real iCalendar parser and
// gives back each post's day and time, scheduled posts included.
func TestExportICSOfTheSampleWorkspace(t *testing.T) {
	dir := sampleWorkspace(t)
	r := exportRun(t, dir, "--format", "ics", "--client", "the copper kettle CAFÉ")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	client, posts := storedPlan(t, dir, "The Copper Kettle Café", exportToday, exportToday.AddDays(90))
	cal, err := ics.ParseCalendar(strings.NewReader(r.stdout))
	if err != nil {
		t.Fatalf("the ICS does not parse: %v", err)
	}
	events := cal.Events()
	if len(events) != len(posts) || len(posts) < 5 {
		t.Fatalf("%d events for %d posts from today to 90 days on", len(events), len(posts))
	}
	loc := client.Location()
	confirmed := 0
	for i, e := range events {
		p := posts[i]
		if e.Id() != export.PostUID(client, p) {
			t.Errorf("event %d: UID %s", i, e.Id())
		}
		if p.Time.Valid() {
			at, err := e.GetStartAt()
			if err != nil || model.DateOf(at.In(loc)) != p.Date || at.In(loc).Format("15:04") != p.Time.String() {
				t.Errorf("post %d (%s %s) starts %v (%v)", p.ID, p.Date, p.Time, at.In(loc), err)
			}
		} else if day, err := e.GetAllDayStartAt(); err != nil || model.DateOf(day) != p.Date {
			t.Errorf("untimed post %d (%s) starts %v (%v)", p.ID, p.Date, day, err)
		}
		if e.GetProperty(ics.ComponentPropertyStatus).Value == "CONFIRMED" {
			confirmed++
		}
	}
	if confirmed == 0 {
		t.Error("no scheduled post is in the feed")
	}
	// The same export again: the same file but for DTSTAMP, which is now.
	if again := exportRun(t, dir, "--format", "ics", "--client", "The Copper Kettle Café"); again.stdout != r.stdout {
		t.Error("a second export at the same time differs")
	}
}

func TestExportCSVLayouts(t *testing.T) {
	dir := sampleWorkspace(t)
	_, posts := storedPlan(t, dir, "Olive & Sea Travel", exportToday.AddDays(-10), exportToday.AddDays(10))
	if len(posts) == 0 {
		t.Fatal("the sample has no travel posts around today")
	}
	rangeArgs := []string{"--client", "olive & sea travel", "--from", exportToday.AddDays(-10).String(), "--to", exportToday.AddDays(10).String()}

	r := exportRun(t, dir, append([]string{"--format", "csv"}, rangeArgs...)...)
	if r.code != 0 || !strings.HasPrefix(r.stdout, "\ufeff") {
		t.Fatalf("csv: exit %d, %s", r.code, r.stderr)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(r.stdout, "\ufeff"))).ReadAll()
	if err != nil || !slices.Equal(rows[0], export.PlanCSVHeader) || len(rows) != len(posts)+1 {
		t.Fatalf("csv: %v, header %q, %d rows for %d posts", err, rows[0], len(rows), len(posts))
	}
	if rows[1][1] != posts[0].Date.String() || rows[1][8] != posts[0].Text {
		t.Errorf("csv first row %q", rows[1])
	}

	r = exportRun(t, dir, append([]string{"--format", "Publer"}, rangeArgs...)...)
	rows, err = csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if r.code != 0 || err != nil {
		t.Fatalf("publer: exit %d, %s, %v", r.code, r.stderr, err)
	}
	if strings.Join(rows[0], ",") != "Date,Text,Link(s),Media URL(s),Title,Label(s),Alt text(s),Comment(s),Board/Album,Post subtype,CTA,Reminder" {
		t.Errorf("publer header %q", rows[0])
	}
	if len(rows) != len(posts)+1 || rows[1][0] != posts[0].Date.String()+" "+posts[0].Time.String() || rows[1][1] != posts[0].FullText() {
		t.Errorf("publer: %d rows for %d posts, first %q", len(rows), len(posts), rows[1])
	}
	if !strings.Contains(r.stderr, "kairos: note: Publer reads the times in its own time zone setting: set it to Europe/Athens") {
		t.Errorf("publer notes: %q", r.stderr)
	}

	r = exportRun(t, dir, append([]string{"--format", "hootsuite"}, rangeArgs...)...)
	reader := csv.NewReader(strings.NewReader(r.stdout))
	reader.FieldsPerRecord = 3
	rows, err = reader.ReadAll()
	if r.code != 0 || err != nil || len(rows) != len(posts) {
		t.Fatalf("hootsuite: exit %d, %v, %d rows (no header) for %d posts", r.code, err, len(rows), len(posts))
	}
	first := posts[0].Date.Time().Format("02/01/2006") + " " + posts[0].Time.String()
	if rows[0][0] != first || rows[0][1] != posts[0].FullText() || rows[0][2] != posts[0].Link {
		t.Errorf("hootsuite first row %q, want date %q", rows[0], first)
	}
	// Ten days of history are in the past: Hootsuite would refuse them.
	if !strings.Contains(r.stderr, "already in the past: Hootsuite refuses them.") {
		t.Errorf("hootsuite notes: %q", r.stderr)
	}
}

// Without --from and --to the export runs from the client's today for 90
// days; --status narrows it.
func TestExportDatesAndStatuses(t *testing.T) {
	dir := sampleWorkspace(t)
	r := exportRun(t, dir, "--format", "csv", "--client", "Studio Pulse", "--status", "Published, draft")
	_, want := storedPlan(t, dir, "Studio Pulse", exportToday, exportToday.AddDays(90), model.Published, model.Draft)
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(r.stdout, "\ufeff"))).ReadAll()
	if r.code != 0 || err != nil || len(rows) != len(want)+1 || len(want) == 0 {
		t.Fatalf("exit %d, %v, %d rows for %d posts", r.code, err, len(rows), len(want))
	}
	for _, row := range rows[1:] {
		if row[1] < exportToday.String() || row[1] > exportToday.AddDays(90).String() || (row[4] != "published" && row[4] != "draft") {
			t.Errorf("row outside today..+90 or of another status: %q", row)
		}
	}
	// Only --from: 90 days from then.
	r = exportRun(t, dir, "--format", "csv", "--client", "Studio Pulse", "--from", "2026-10-01", "--status", "published")
	rows, _ = csv.NewReader(strings.NewReader(strings.TrimPrefix(r.stdout, "\ufeff"))).ReadAll()
	_, want = storedPlan(t, dir, "Studio Pulse", model.NewDate(2026, 10, 1), model.NewDate(2026, 12, 30), model.Published)
	if r.code != 0 || len(rows) != len(want)+1 || len(want) == 0 {
		t.Errorf("--from only: exit %d, %d rows for %d posts", r.code, len(rows), len(want))
	}
	// Nothing matches: an empty calendar and a note.
	r = exportRun(t, dir, "--format", "ics", "--client", "Studio Pulse", "--from", "2030-01-01", "--to", "2030-01-31")
	if r.code != 0 || strings.Contains(r.stdout, "BEGIN:VEVENT") || !strings.Contains(r.stdout, "BEGIN:VCALENDAR") ||
		!strings.Contains(r.stderr, "Studio Pulse has no draft, scheduled or published posts from 2030-01-01 to 2030-01-31") {
		t.Errorf("empty range: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestExportUnknownClientListsTheClients(t *testing.T) {
	dir := sampleWorkspace(t)
	r := exportRun(t, dir, "--format", "ics", "--client", "Acme")
	want := `there is no client "Acme"; the clients are "Olive & Sea Travel", "Studio Pulse", "The Copper Kettle Café"`
	if r.code != 2 || r.stdout != "" || strings.Count(r.stderr, "\n") != 1 || !strings.Contains(r.stderr, want) {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 2 and %q", r.code, r.stdout, r.stderr, want)
	}
}

func TestExportBadUsage(t *testing.T) {
	dir := sampleWorkspace(t)
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"--client", "Acme"}, "export needs --format: ics, csv, publer or hootsuite"},
		{[]string{"--format", "pdf", "--client", "Acme"}, `unknown format "pdf": use ics, csv, publer or hootsuite`},
		{[]string{"--format", "ics"}, "export needs --client"},
		{[]string{"--format", "ics", "--client", " "}, "export needs --client"},
		{[]string{"--format", "ics", "--client", "Studio Pulse", "--from", "2026-13-01"}, `--from: "2026-13-01" is not a date: use YYYY-MM-DD`},
		{[]string{"--format", "ics", "--client", "Studio Pulse", "--to", "1/12/2026"}, `--to: "1/12/2026" is not a date`},
		{[]string{"--format", "ics", "--client", "Studio Pulse", "--from", "2026-12-02", "--to", "2026-12-01"}, "--from 2026-12-02 is after --to 2026-12-01"},
		{[]string{"--format", "ics", "--client", "Studio Pulse", "--to", "2026-11-01"}, "--to 2026-11-01 is before today, 2026-11-25: give --from as well"},
		{[]string{"--format", "ics", "--client", "Studio Pulse", "--status", "draft,late"}, `unknown status "late"`},
		{[]string{"--format", "ics", "--client", "Studio Pulse", "--status", " , "}, "--status names no status"},
		{[]string{"--format", "ics", "--client", "Studio Pulse", "extra"}, `export takes only flags, got "extra"`},
		{[]string{"--format", "ics", "--colour"}, "flag provided but not defined: -colour"},
	}
	for _, c := range cases {
		r := exportRun(t, dir, c.args...)
		if r.code != 2 || r.stdout != "" {
			t.Errorf("%v: exit %d, stdout %q; want exit 2 and no output", c.args, r.code, r.stdout)
		}
		if strings.Count(r.stderr, "\n") != 1 || !strings.HasPrefix(r.stderr, "kairos: ") || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%v: stderr %q, want one line with %q", c.args, r.stderr, c.want)
		}
	}
}

// A folder without a workspace is reported, and not made into one.
func TestExportNeedsAWorkspace(t *testing.T) {
	dir := t.TempDir()
	r := exportRun(t, dir, "--format", "ics", "--client", "Acme")
	if r.code != 1 || !strings.Contains(r.stderr, "there is no Kairos workspace in "+dir) {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, storage.FileName)); !os.IsNotExist(err) {
		t.Errorf("export created %s: %v", storage.FileName, err)
	}
}

// --out writes the same bytes as stdout, replaces an old file whole and
// leaves no temporary file; a failed export leaves the old file alone.
func TestExportOutIsAtomic(t *testing.T) {
	dir := sampleWorkspace(t)
	outDir := t.TempDir()
	out := filepath.Join(outDir, "plan.ics")
	if err := os.WriteFile(out, []byte("old calendar"), 0o600); err != nil {
		t.Fatal(err)
	}
	args := []string{"--format", "ics", "--client", "Olive & Sea Travel"}

	r := exportRun(t, dir, append(args, "--client", "Nobody", "--out", out)...)
	if got, _ := os.ReadFile(out); r.code != 2 || string(got) != "old calendar" {
		t.Errorf("failed export: exit %d, file now %q", r.code, got)
	}

	r = exportRun(t, dir, append(args, "--out", out)...)
	stdout := exportRun(t, dir, args...)
	got, err := os.ReadFile(out)
	if r.code != 0 || err != nil || string(got) != stdout.stdout {
		t.Fatalf("--out: exit %d, %s, %v; the file differs from stdout", r.code, r.stderr, err)
	}
	if !strings.HasPrefix(r.stdout, "Exported ") || !strings.Contains(r.stdout, "of Olive & Sea Travel from 2026-11-25 to 2027-02-23 to "+out) {
		t.Errorf("--out says %q", r.stdout)
	}
	if info, _ := os.Stat(out); info.Mode().Perm() != 0o600 {
		t.Errorf("the replaced file's mode is %v, was 0600", info.Mode().Perm())
	}
	entries, _ := os.ReadDir(outDir)
	if len(entries) != 1 {
		t.Errorf("files left beside the export: %v", entries)
	}

	// A new file in a folder that does not exist: an error, no file.
	missing := filepath.Join(outDir, "no", "plan.ics")
	r = exportRun(t, dir, append(args, "--out", missing)...)
	if r.code != 1 || !strings.Contains(r.stderr, "cannot write in the folder "+filepath.Dir(missing)) {
		t.Errorf("missing folder: exit %d, stderr %q", r.code, r.stderr)
	}
	// A folder as --out.
	r = exportRun(t, dir, append(args, "--out", outDir)...)
	if r.code != 1 || !strings.Contains(r.stderr, "is a folder: give --out a file name") {
		t.Errorf("folder as --out: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestExportHelp(t *testing.T) {
	r := exportRun(t, t.TempDir(), "--help")
	for _, want := range []string{"Usage: kairos export", "--format", "--client", "--from", "--to", "--status", "--out", "hootsuite", "publer"} {
		if r.code != 0 || !strings.Contains(r.stdout, want) {
			t.Errorf("export help (exit %d) lacks %q", r.code, want)
		}
	}
	if all := kairos(t, nil, "help"); !strings.Contains(all.stdout, "export --format F --client NAME") || !strings.Contains(all.stdout, "kairos export --help") {
		t.Errorf("kairos help does not list export:\n%s", all.stdout)
	}
}

// The default range follows the client's own today: at 22:30 UTC on
// 25 November it is already the 26th in Moscow.
func TestExportTodayIsTheClients(t *testing.T) {
	dir := sampleWorkspace(t)
	var out, errOut strings.Builder
	code := Run([]string{"--data", dir, "export", "--format", "csv", "--client", "Studio Pulse", "--to", "2026-11-25"}, Env{
		Stdout: &out, Stderr: &errOut,
		Getenv:     func(string) string { return "" },
		Now:        func() time.Time { return time.Date(2026, 11, 25, 22, 30, 0, 0, time.UTC) },
		DefaultDir: func() (string, error) { return dir, nil },
		RunGUI:     func(string) error { return nil },
	})
	if code != 2 || !strings.Contains(errOut.String(), "before today, 2026-11-26") {
		t.Errorf("exit %d, stderr %q", code, errOut.String())
	}
}

package cli

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// holidays runs "kairos holidays ..." and fails the test if the command
// looks for a data folder: it must work before any workspace exists.
func holidays(t *testing.T, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Run(append([]string{"holidays"}, args...), Env{
		Stdout: &out, Stderr: &errOut,
		Getenv: func(string) string { return "" },
		Now:    func() time.Time { return time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC) },
		DefaultDir: func() (string, error) {
			t.Errorf("holidays %v asked for the data folder", args)
			return t.TempDir(), nil
		},
		RunGUI: func(string) error { t.Errorf("holidays %v opened the window", args); return nil },
	})
	return result{code: code, stdout: out.String(), stderr: errOut.String()}
}

func TestHolidaysCSVForGB2027(t *testing.T) {
	r := holidays(t, "--country", "GB", "--year", "2027")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	rows, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if err != nil {
		t.Fatalf("output is not CSV: %v\n%s", err, r.stdout)
	}
	if !slices.Equal(rows[0], []string{"date", "observed", "name", "native_name", "kind", "category", "hashtags"}) {
		t.Errorf("header %q", rows[0])
	}
	// The eight bank holidays of England and Wales in 2027: Christmas (a
	// Saturday) is off on Monday 27, Boxing Day (a Sunday) on Tuesday 28.
	want := [][2]string{
		{"2027-01-01", "2027-01-01"}, {"2027-03-26", "2027-03-26"}, {"2027-03-29", "2027-03-29"},
		{"2027-05-03", "2027-05-03"}, {"2027-05-31", "2027-05-31"}, {"2027-08-30", "2027-08-30"},
		{"2027-12-25", "2027-12-27"}, {"2027-12-26", "2027-12-28"},
	}
	var got [][2]string
	for _, row := range rows[1:] {
		got = append(got, [2]string{row[0], row[1]})
		if row[4] != "public" || row[5] != "bank" {
			t.Errorf("row %q: want kind public, category bank", row)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("dates:\n got %v\nwant %v", got, want)
	}
	if rows[7][2] != "Christmas Day" || rows[7][6] != "#ChristmasDay" {
		t.Errorf("Christmas row %q", rows[7])
	}
}

func TestHolidaysOptions(t *testing.T) {
	// The year defaults to this year; country and region take any case.
	r := holidays(t, "--country", "de", "--region", "by")
	if r.code != 0 || !strings.Contains(r.stdout, "2026-01-06,2026-01-06,Epiphany,Heilige Drei Könige,public,public,#Epiphany") {
		t.Errorf("DE BY this year: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}

	r = holidays(t, "--country", "GB", "--year", "2027", "--format", "ics")
	if r.code != 0 {
		t.Fatalf("ics: exit %d, %s", r.code, r.stderr)
	}
	if !strings.HasPrefix(r.stdout, "BEGIN:VCALENDAR\r\n") || strings.Count(r.stdout, "BEGIN:VEVENT\r\n") != 8 ||
		!strings.Contains(r.stdout, "DTSTART;VALUE=DATE:20271228\r\n") || strings.Count(r.stdout, "\n") != strings.Count(r.stdout, "\r\n") {
		t.Errorf("ics output:\n%s", r.stdout)
	}

	plain := holidays(t, "--country", "GB", "--year", "2027")
	fun := holidays(t, "--country", "GB", "--year", "2027", "--fun")
	if fun.code != 0 {
		t.Fatalf("--fun: exit %d, %s", fun.code, fun.stderr)
	}
	rows, err := csv.NewReader(strings.NewReader(fun.stdout)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var public, others int
	for i, row := range rows[1:] {
		if row[4] == "public" {
			public++
		} else {
			others++
		}
		if i > 0 && row[1] < rows[i][1] {
			t.Errorf("--fun rows out of order: %q after %q", row, rows[i])
		}
	}
	if public != 8 || others == 0 || len(fun.stdout) <= len(plain.stdout) {
		t.Errorf("--fun: %d public and %d other days", public, others)
	}
}

func TestHolidaysBadUsage(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"--country", "XX", "--year", "2027"}, `There is no public-holiday calendar for "XX". Kairos knows: AR, AT`},
		{[]string{"--country", "DE", "--region", "ZZ"}, `"ZZ" is not a region of DE`},
		{[]string{"--country", "GB", "--region", "SCT"}, "no regional holidays for GB"},
		{[]string{"--country", "GB", "--year", "1800"}, "1900 to 2200"},
		{[]string{"--country", "GB", "--year", "next"}, "invalid value"},
		{[]string{"--country", "GB", "--format", "pdf"}, `unknown format "pdf": use csv or ics`},
		{[]string{"--year", "2027"}, "needs --country"},
		{[]string{"--country", "GB", "2027"}, "takes only flags"},
		{[]string{"--country", "GB", "--colour"}, "flag provided but not defined"},
	}
	for _, c := range cases {
		r := holidays(t, c.args...)
		if r.code != 2 || r.stdout != "" {
			t.Errorf("%v: exit %d, stdout %q; want exit 2 and no output", c.args, r.code, r.stdout)
		}
		if strings.Count(r.stderr, "\n") != 1 || !strings.HasPrefix(r.stderr, "kairos: ") || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%v: stderr %q, want one line with %q", c.args, r.stderr, c.want)
		}
	}
}

// --data is accepted after the command like everywhere else, but the
// folder is neither created nor opened.
func TestHolidaysLeavesDataFolderAlone(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "never")
	if r := holidays(t, "--data", dir, "--country", "US", "--year", "2027"); r.code != 0 {
		t.Fatalf("exit %d, %s", r.code, r.stderr)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("the data folder %s exists after holidays: %v", dir, err)
	}
}

func TestHelpListsHolidays(t *testing.T) {
	r := kairos(t, nil, "help")
	if !strings.Contains(r.stdout, "holidays --country CC") {
		t.Errorf("help lacks the holidays command:\n%s", r.stdout)
	}
}

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
		!strings.Contains(r.stdout, "DTSTART;VALUE=DATE:20271226\r\n") || strings.Count(r.stdout, "\n") != strings.Count(r.stdout, "\r\n") {
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
		{[]string{"--country", "GB", "--year", "1800"}, "1900 to 2099"},
		{[]string{"--country", "GB", "--year", "2100"}, "Orthodox Easter"},
		{[]string{"--country", "  "}, "needs --country"},
		{[]string{"--help", "--colour"}, "flag provided but not defined: -colour"},
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
	for _, want := range []string{"holidays --country CC", "kairos holidays --help", "--year"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("help lacks %q:\n%s", want, r.stdout)
		}
	}
}

func TestHolidaysHelp(t *testing.T) {
	for _, args := range [][]string{{"-h"}, {"--help"}, {"-help"}, {"--country", "GB", "--help"}, {"--help", "extra"}} {
		r := holidays(t, args...)
		if r.code != 0 || r.stderr != "" {
			t.Errorf("%v: exit %d, stderr %q", args, r.code, r.stderr)
		}
		for _, want := range []string{"Usage: kairos holidays", "--country", "--year", "--region", "--format", "--fun", "-h, --help", "GB", "1900 to 2099"} {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("%v: help lacks %q:\n%s", args, want, r.stdout)
			}
		}
		if strings.Contains(r.stdout, "date,observed") {
			t.Errorf("%v: printed holidays as well as help", args)
		}
	}
}

// Spaces around the country or region are dropped everywhere, the ICS
// title included.
func TestHolidaysTrimsCountry(t *testing.T) {
	plain := holidays(t, "--country", "GB", "--year", "2027")
	spaced := holidays(t, "--country", " gb ", "--year", "2027")
	if spaced.code != 0 || spaced.stdout != plain.stdout {
		t.Errorf("--country ' gb ': exit %d, %s\n%s", spaced.code, spaced.stderr, spaced.stdout)
	}
	r := holidays(t, "--country", "  gb\t", "--region", " ", "--year", "2027", "--format", "ics")
	if r.code != 0 || !strings.Contains(r.stdout, "X-WR-CALNAME:Kairos: GB holidays 2027\r\n") ||
		!strings.Contains(r.stdout, "UID:GB-public-GB-Christmas-Day-2027@kairosplanner.io\r\n") {
		t.Errorf("ics with a spaced country: exit %d, %s\n%s", r.code, r.stderr, r.stdout)
	}
	r = holidays(t, "--country", " de ", "--region", " by ", "--year", "2027")
	if r.code != 0 || !strings.Contains(r.stdout, "Heilige Drei Könige") {
		t.Errorf("--region ' by ': exit %d, %s", r.code, r.stderr)
	}
}

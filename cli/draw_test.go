package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kairos/model/draw"
)

// drawRun runs "kairos draw ..." and fails the test if the command looks
// for a data folder.
func drawRun(t *testing.T, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Run(append([]string{"draw"}, args...), Env{
		Stdout: &out, Stderr: &errOut,
		Getenv: func(string) string { return "" },
		Now:    func() time.Time { return time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC) },
		DefaultDir: func() (string, error) {
			t.Errorf("draw %v asked for the data folder", args)
			return t.TempDir(), nil
		},
		RunGUI: func(string) error { t.Errorf("draw %v opened the window", args); return nil },
	})
	return result{code: code, stdout: out.String(), stderr: errOut.String()}
}

// writeFile writes content to a new file in a temporary folder.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

const entrantsCSV = "Name,Username,Commented at\n" +
	"Ann Lee,@Ann,2025-03-01 09:00\n" +
	"Ben K,ben_k,2025-03-01T09:05:00Z\n" +
	"Cleo,@cleo,2025-03-01 10:00\n" +
	"Cleo again,@CLEO,2025-03-02 10:00\n" +
	"Dimitris,@dimitris.p,2025-03-02 08:30\n" +
	"Eva,eva,\n" +
	"Farid,https://www.instagram.com/farid/,2025-03-02 12:00\n" +
	"The Shop,@theshop,2025-03-01 08:00\n" +
	"Georgia,georgia,2025-03-03 07:45\n" +
	"Hana,@hana,2025-03-03 20:10\n" +
	"Ivan,@ivan,2025-03-04 11:11\n" +
	"Jo,jo,2025-03-04 23:59\n"

func TestDrawOutput(t *testing.T) {
	path := writeFile(t, "entrants.csv", entrantsCSV)
	args := []string{"--entrants", path, "--seed", "announced-2026-11-25", "--winners", "2", "--alternates", "2", "--exclude", "@TheShop, ,nobody"}
	r := drawRun(t, args...)
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	// The same draw through the model package.
	rows, err := draw.ReadRows(strings.NewReader(entrantsCSV))
	if err != nil {
		t.Fatal(err)
	}
	list, err := draw.ParseEntrants(rows, draw.GuessMapping(draw.FirstRow(rows)))
	if err != nil {
		t.Fatal(err)
	}
	pool := draw.Prepare(list, []string{"theshop", "nobody"})
	res, err := draw.Run(pool, "announced-2026-11-25", 2, 2)
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf(`Entries counted: 12
Duplicates removed: 1
Excluded: 1 (@theshop, @nobody)
Entrants in the draw: 10
SHA-256 of the entrant list: %s
Seed: announced-2026-11-25
Algorithm: %s

Winners:
1. %s
2. %s

Alternates:
1. %s
2. %s
`, pool.Hash, draw.Algorithm, draw.Label(res.Winners[0]), draw.Label(res.Winners[1]), draw.Label(res.Alternates[0]), draw.Label(res.Alternates[1]))
	if r.stdout != want {
		t.Errorf("output:\n%s\nwant:\n%s", r.stdout, want)
	}
	if !strings.Contains(r.stdout, "\n1. @") || !strings.Contains(r.stdout, " (") {
		t.Errorf("winner lines are not \"1. @handle (Name)\":\n%s", r.stdout)
	}

	again := drawRun(t, args...)
	if again.code != 0 || again.stdout != r.stdout {
		t.Errorf("the same draw twice differs:\n%s\n%s", r.stdout, again.stdout)
	}
	other := drawRun(t, "--entrants", path, "--seed", "another-seed", "--winners", "2", "--alternates", "2", "--exclude", "theshop,nobody")
	if other.code != 0 || other.stdout == r.stdout || !strings.Contains(other.stdout, pool.Hash) {
		t.Errorf("another seed:\n%s", other.stdout)
	}

	// Lines in another order, semicolons, a byte order mark: the same draw.
	lines := strings.Split(strings.TrimSuffix(entrantsCSV, "\n"), "\n")
	shuffled := "\uFEFF" + strings.ReplaceAll(lines[0]+"\n"+strings.Join(append(lines[7:], lines[1:7]...), "\n")+"\n", ",", ";")
	moved := drawRun(t, append([]string{"--entrants", writeFile(t, "shuffled.csv", shuffled)}, args[2:]...)...)
	if moved.code != 0 || moved.stdout != r.stdout {
		t.Errorf("shuffled file: exit %d %s\n%s\nwant\n%s", moved.code, moved.stderr, moved.stdout, r.stdout)
	}
}

// A certificate's "How to re-run" command, run on the exported list,
// repeats the draw.
func TestDrawRepeatsACertificate(t *testing.T) {
	rows, _ := draw.ReadRows(strings.NewReader(entrantsCSV))
	list, err := draw.ParseEntrants(rows, draw.GuessMapping(draw.FirstRow(rows)))
	if err != nil {
		t.Fatal(err)
	}
	pool := draw.Prepare(list, []string{"theshop"})
	res, err := draw.Run(pool, draw.NewSeed(), 3, 1)
	if err != nil {
		t.Fatal(err)
	}
	cert := draw.Certificate(draw.Record{Result: res, DrawnAt: time.Now(), Duplicates: len(pool.Duplicates),
		Excluded: len(pool.Excluded), ExcludedHandles: []string{"theshop"}})
	var buf bytes.Buffer
	if err := draw.WriteEntrantsCSV(&buf, pool.Entrants); err != nil {
		t.Fatal(err)
	}
	exported := writeFile(t, "export.csv", buf.String())
	_, cmd, ok := strings.Cut(cert, "  kairos draw ")
	if !ok {
		t.Fatalf("no command in the certificate:\n%s", cert)
	}
	cmd, _, _ = strings.Cut(cmd, "\n")
	args := strings.Fields(strings.Replace(cmd, "FILE", exported, 1))
	r := drawRun(t, args...)
	if r.code != 0 || !strings.Contains(r.stdout, "SHA-256 of the entrant list: "+res.Hash+"\n") {
		t.Fatalf("%v: exit %d %s\n%s", args, r.code, r.stderr, r.stdout)
	}
	for i, e := range res.Winners {
		if !strings.Contains(r.stdout, fmt.Sprintf("\n%d. %s\n", i+1, draw.Label(e))) {
			t.Errorf("winner %d %s missing:\n%s", i+1, draw.Label(e), r.stdout)
		}
	}
	if !strings.Contains(r.stdout, "Alternates:\n1. "+draw.Label(res.Alternates[0])+"\n") {
		t.Errorf("alternate missing:\n%s", r.stdout)
	}
}

func TestDrawBadRows(t *testing.T) {
	path := writeFile(t, "bad.csv", "name,handle,time\n"+
		"Ann,@ann,2025-03-01 10:00\n"+
		"Bob,,2025-03-01 10:00\n"+
		"\n"+
		"Cleo,@cleo,yesterday\n")
	r := drawRun(t, "--entrants", path, "--seed", "s")
	want := `kairos: 2 rows could not be read: line 3: the handle is empty; line 5: "yesterday" is not a date and time` + "\n"
	if r.code != 1 || r.stdout != "" || r.stderr != want {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 1 and %q", r.code, r.stdout, r.stderr, want)
	}

	path = writeFile(t, "quotes.csv", "name,handle\nAnn,@ann\nBob \"the builder\",@bob\n")
	r = drawRun(t, "--entrants", path, "--seed", "s")
	if r.code != 1 || strings.Count(r.stderr, "\n") != 1 || !strings.HasPrefix(r.stderr, "kairos: Line 3 of the file could not be read: a cell has a quote mark") {
		t.Errorf("bad quotes: exit %d, stderr %q", r.code, r.stderr)
	}

	for _, tc := range []struct{ name, content, args, want string }{
		{"missing.csv", "", "", `kairos: There is no file "` + filepath.Join(t.TempDir(), "missing.csv") + `".`},
		{"header.csv", "name,handle\n", "", "kairos: The file has no entrants."},
		{"empty.csv", "", "", "kairos: The file has no entrants."},
		{"few.csv", "@a\n@b\n@A\n", "--winners 2 --alternates 1", "kairos: There are only 2 entrants: you asked for 2 winners and 1 alternate."},
	} {
		path := filepath.Join(t.TempDir(), tc.name)
		if tc.name != "missing.csv" {
			path = writeFile(t, tc.name, tc.content)
		} else {
			tc.want = `kairos: There is no file "` + path + `".`
		}
		r := drawRun(t, append([]string{"--entrants", path, "--seed", "s"}, strings.Fields(tc.args)...)...)
		if r.code != 1 || r.stdout != "" || r.stderr != tc.want+"\n" {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want %q", tc.name, r.code, r.stdout, r.stderr, tc.want)
		}
	}
}

func TestDrawMapColumns(t *testing.T) {
	// Column names Kairos does not know.
	content := "Who;Comment;Moment\n" +
		"ann;love it;01/03/2025 10:00\n" +
		"bob;me!;13/03/2025 09:00\n" +
		"cleo;yes;02/03/2025 11:00\n"
	path := writeFile(t, "odd.csv", content)
	r := drawRun(t, "--entrants", path, "--seed", "s")
	if r.code != 1 || !strings.Contains(r.stderr, `line 1: "Moment" is not a date and time; line 2: the handle "love it" has a space in it`) {
		t.Errorf("without --map: exit %d, stderr %q", r.code, r.stderr)
	}
	byName := drawRun(t, "--entrants", path, "--seed", "s", "--winners", "3", "--map", "handle=who, time = MOMENT")
	byNumber := drawRun(t, "--entrants", path, "--seed", "s", "--winners", "3", "--map", "time=3,handle=1", "--dates", "dmy")
	if byName.code != 0 || byName.stdout != byNumber.stdout || !strings.Contains(byName.stdout, "Entries counted: 3\n") {
		t.Errorf("--map by name: exit %d %s\n%s\nby number:\n%s%s", byName.code, byName.stderr, byName.stdout, byNumber.stdout, byNumber.stderr)
	}
	// The hash shows the times were read day first (13/03 settles it).
	rows, _ := draw.ReadRows(strings.NewReader(content))
	list, err := draw.ParseEntrants(rows, draw.Mapping{Name: -1, Handle: 0, Time: 2, Header: true, Dates: draw.DayFirst})
	if err != nil {
		t.Fatal(err)
	}
	if h := draw.Prepare(list, nil).Hash; !strings.Contains(byName.stdout, h) {
		t.Errorf("hash %s not in\n%s", h, byName.stdout)
	}
	mdy := drawRun(t, "--entrants", path, "--seed", "s", "--map", "handle=1,time=3", "--dates", "MDY")
	if mdy.code != 1 || !strings.Contains(mdy.stderr, `1 row could not be read: line 3: "13/03/2025 09:00" is not a date and time`) {
		t.Errorf("--dates mdy: exit %d, %s", mdy.code, mdy.stderr)
	}

	// --no-header: every row is an entrant.
	path = writeFile(t, "plain.csv", "name,@handle\nAnn,@ann\n")
	r = drawRun(t, "--entrants", path, "--seed", "s", "--no-header", "--winners", "2")
	if r.code != 0 || !strings.Contains(r.stdout, "Entries counted: 2\n") || !strings.Contains(r.stdout, "@handle (name)") {
		t.Errorf("--no-header: exit %d %s\n%s", r.code, r.stderr, r.stdout)
	}
	r = drawRun(t, "--entrants", path, "--seed", "s", "--no-header", "--map", "handle=2", "--winners", "2")
	if r.code != 0 || !strings.Contains(r.stdout, "Entries counted: 2\n") || !strings.Contains(r.stdout, "1. @") || strings.Contains(r.stdout, "(") {
		t.Errorf("--no-header --map: exit %d %s\n%s", r.code, r.stderr, r.stdout)
	}
}

func TestDrawBadUsage(t *testing.T) {
	path := writeFile(t, "e.csv", "Name,Handle\nAnn,@ann\nBob,@bob\n")
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"--seed", "s"}, "draw needs --entrants"},
		{[]string{"--entrants", " ", "--seed", "s"}, "draw needs --entrants"},
		{[]string{"--entrants", path}, "draw needs --seed: a value announced before the draw, or a new random one such as "},
		{[]string{"--entrants", path, "--seed", " s"}, "The seed must not start or end with a space. Run"},
		{[]string{"--entrants", path, "--seed", "s", "--winners", "0"}, "--winners must be 1 or more, not 0"},
		{[]string{"--entrants", path, "--seed", "s", "--alternates", "-1"}, "--alternates must be 0 or more, not -1"},
		{[]string{"--entrants", path, "--seed", "s", "--winners", "two"}, "invalid value"},
		{[]string{"--entrants", path, "--seed", "s", "extra"}, `draw takes only flags, got "extra"`},
		{[]string{"--entrants", path, "--seed", "s", "--dates", "ymd"}, `unknown --dates "ymd": use dmy (day/month/year) or mdy (month/day/year)`},
		{[]string{"--entrants", path, "--seed", "s", "--map", "handle"}, `--map wants name=COL,handle=COL,time=COL, got "handle"`},
		{[]string{"--entrants", path, "--seed", "s", "--map", "user=1"}, `--map knows name, handle and time, not "user"`},
		{[]string{"--entrants", path, "--seed", "s", "--map", "handle=1,handle=2"}, "--map gives handle twice"},
		{[]string{"--entrants", path, "--seed", "s", "--map", "name=1"}, "--map needs handle=COL"},
		{[]string{"--entrants", path, "--seed", "s", "--map", "handle=0"}, "columns are numbered from 1, so handle=0 is not one"},
		{[]string{"--entrants", path, "--seed", "s", "--map", "handle=3"}, "--map handle=3: the file's first row has only 2 columns"},
		{[]string{"--entrants", path, "--seed", "s", "--map", "handle=Nick"}, `--map handle=Nick: no column is called "Nick"; the columns are "Name", "Handle"`},
		{[]string{"--entrants", path, "--seed", "s", "--map", "handle=2,name=handle"}, "--map puts name and handle in the same column"},
		{[]string{"--entrants", path, "--seed", "s", "--map", "handle=Handle", "--no-header"}, `--map names the column "Handle", but --no-header says the file has no column names`},
		{[]string{"--entrants", writeFile(t, "nohandle.csv", "Name,Comment\nAnn,hi\n"), "--seed", "s"}, "say which it is with --map handle=COL"},
		{[]string{"--entrants", path, "--seed", "s", "--colour"}, "flag provided but not defined"},
	}
	for _, c := range cases {
		r := drawRun(t, c.args...)
		if r.code != 2 || r.stdout != "" {
			t.Errorf("%v: exit %d, stdout %q; want exit 2 and no output", c.args, r.code, r.stdout)
		}
		if strings.Count(r.stderr, "\n") != 1 || !strings.HasPrefix(r.stderr, "kairos: ") || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%v: stderr %q, want one line with %q", c.args, r.stderr, c.want)
		}
	}
}

func TestDrawHelp(t *testing.T) {
	for _, args := range [][]string{{"-h"}, {"--help"}, {"--entrants", "x.csv", "--help"}} {
		r := drawRun(t, args...)
		if r.code != 0 || r.stderr != "" {
			t.Errorf("%v: exit %d, stderr %q", args, r.code, r.stderr)
		}
		for _, want := range []string{"Usage: kairos draw", "--entrants", "--seed", "--winners", "--alternates", "--exclude", "--map", "--no-header", "--dates", "-h, --help"} {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("%v: help lacks %q:\n%s", args, want, r.stdout)
			}
		}
	}
	r := kairos(t, nil, "help")
	for _, want := range []string{"draw --entrants FILE --seed S", "kairos draw --help"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("help lacks %q:\n%s", want, r.stdout)
		}
	}
}

// --data is accepted but the folder is neither created nor opened.
func TestDrawLeavesDataFolderAlone(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "never")
	path := writeFile(t, "e.csv", "@ann\n@bob\n")
	if r := drawRun(t, "--data", dir, "--entrants", path, "--seed", "s"); r.code != 0 {
		t.Fatalf("exit %d, %s", r.code, r.stderr)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("the data folder %s exists after draw: %v", dir, err)
	}
}

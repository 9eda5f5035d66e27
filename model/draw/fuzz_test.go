package draw

import (
	"errors"
	"strings"
	"testing"
)

// FuzzParseEntrants feeds ParseEntrants whatever ReadRows makes of a file:
// it must not panic, and either fail or return entrants that each have a
// handle and a true line of the file.
func FuzzParseEntrants(f *testing.F) {
	for _, s := range []string{
		vectorCSV,
		"name,handle,time\nAnn,@ann,2025-03-01 10:00\n\nBob,,yesterday\n",
		"@ann\n@bob\n\n@ann\n",
		"Имя\tНик\tДата\n\"Иван\nИ.\"\t@ivan\t01/03/2025 10:00\n\t\t\n",
		"handle;date\n@a;13/03/2025 1:00 PM\n@b;03/13/2025\n",
		"\uFEFF\"a\"\"b\",https://instagram.com/@x\n",
		"a,\"b\nc\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		rows, err := ReadRows(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, m := range []Mapping{
			GuessMapping(FirstRow(rows)),
			{Name: -1, Handle: 0, Time: -1},
			{Name: 0, Handle: 1, Time: 2, Header: true, Dates: DayFirst},
			{Name: 2, Handle: 0, Time: 1, Dates: MonthFirst},
		} {
			list, err := ParseEntrants(rows, m)
			if err != nil {
				if list != nil {
					t.Fatalf("ParseEntrants returned %d entrants and %v", len(list), err)
				}
				var re RowErrors
				if errors.As(err, &re) {
					for _, e := range re {
						if e.Line < 1 || e.Line > len(rows) || blank(rows[e.Line-1]) || len(e.Reasons) == 0 || e.Reasons[0].Key == "" {
							t.Fatalf("row error %+v: rows %q", e, rows)
						}
					}
				}
				continue
			}
			if len(list) == 0 {
				t.Fatal("no entrants and no error")
			}
			for _, e := range list {
				h := NormalizeHandle(e.Handle)
				if h == "" || NormalizeHandle(h) != h || e.Line < 1 || e.Line > len(rows) {
					t.Fatalf("entrant %+v (handle %q): rows %q", e, h, rows)
				}
			}
			p := Prepare(list, nil)
			if len(p.Entrants)+len(p.Duplicates) != len(list) || Hash(p.Entrants) != p.Hash {
				t.Fatalf("Prepare lost entrants: %+v", p)
			}
			if _, err := Run(p, "fuzz", 1, 0); err != nil {
				t.Fatalf("Run: %v", err)
			}
		}
	})
}

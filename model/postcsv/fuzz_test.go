package postcsv

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"kairos/model"
	"kairos/model/draw"
)

// fuzzSeeds are broken and odd files beside the real ones in testdata.
var fuzzSeeds = []string{
	"date,text\n2027-03-14,Hi\n\n04/03/2027,Ambiguous\n13/03/2027,Day first\n03/14/2027,Month first\n",
	"text\n\"unclosed\n",
	"date;time;status;channels;text\n2027-03-14;25:00;scheduled;Instagram;\n;09:30;published;;x\n",
	"\uFEFFdate,text,link,media\n2027-02-29,Leap?,olive.travel,\"a,b\"\n2028-02-29,Leap,https://x.example,C:\\a.jpg\n",
	"14/03/2027 09:30,Hootsuite,https://x.example\n15/03/2027 9:30 PM,\"Quoted, with comma\",\n",
	"channels,text,hashtags\n\"Olive, Sea and Sun\",Hi,#ok #not-ok\nx|instagram,Hi,\n",
	"date,text\n2027-03-14T23:30:00Z,Zoned\n2027-03-14 09:30 +14:00,Far east\n",
	"type,status,text\nreels,posted,Hi\nhologram,someday,Hi\n",
}

// FuzzParse feeds Parse whatever draw.ReadRows makes of a file, with the
// guessed mapping and a few fixed ones: it must not panic, must fail with
// nothing or return posts that all pass Validate, and must name only true,
// non-blank lines of the file.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.*")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	athens, err := time.LoadLocation("Europe/Athens")
	if err != nil {
		athens = time.UTC
	}
	f.Fuzz(func(t *testing.T, in string) {
		rows, err := draw.ReadRows(strings.NewReader(in))
		if err != nil {
			return
		}
		guess := Guess(draw.FirstRow(rows))
		guess.Zone = athens
		all := map[Field]int{}
		for i, field := range Fields() {
			all[field] = i
		}
		for _, m := range []Mapping{
			guess,
			{Columns: all, Header: true, Dates: draw.DayFirst, DefaultChannels: []int64{1}},
			{Columns: map[Field]int{Date: 0, Text: 1, Link: 2}, Dates: draw.MonthFirst},
			{Columns: map[Field]int{Text: 0, Channels: 1, Status: 2, Time: 3, Date: 4}},
		} {
			each, eachErr := ParseEach(rows, m, testChannels, client)
			list, err := Parse(rows, m, testChannels, client)
			if err != nil {
				if list != nil {
					t.Fatalf("Parse returned %d posts and %v", len(list), err)
				}
				var re draw.RowErrors
				if errors.As(err, &re) {
					if eachErr != nil || len(re) == 0 {
						t.Fatalf("Parse: %v; ParseEach: %v", err, eachErr)
					}
					for _, e := range re {
						if e.Line < 1 || e.Line > len(rows) || blank(rows[e.Line-1]) || len(e.Reasons) == 0 {
							t.Fatalf("row error %+v: rows %q", e, rows)
						}
					}
				} else if eachErr == nil {
					t.Fatalf("Parse failed (%v) where ParseEach did not", err)
				}
				continue
			}
			if len(list) == 0 || !reflect.DeepEqual(list, each) {
				t.Fatalf("Parse returned %d posts, ParseEach %d", len(list), len(each))
			}
			last := 0
			for _, r := range list {
				if r.Line <= last || r.Line > len(rows) || blank(rows[r.Line-1]) || r.Problem() != "" {
					t.Fatalf("row %+v after line %d: rows %q", r, last, rows)
				}
				last = r.Line
				p := r.Post
				p.Normalize()
				if err := p.Validate(testChannels); err != nil || p.ClientID != client || !reflect.DeepEqual(p, r.Post) {
					t.Fatalf("line %d: post %+v does not pass Validate (%v) or was not normalised", r.Line, r.Post, err)
				}
			}
		}
	})
}

// FuzzParseWhen checks that a date cell is read either not at all or as a
// real day and time that read back the same when written as Kairos writes
// them.
func FuzzParseWhen(f *testing.F) {
	for _, s := range []string{"2027-03-14", "14/03/2027 09:30", "3/14/2027 9:30 PM", "14.03.2027", "March 14, 2027",
		"2027-03-14T07:30:00Z", "2027-03-14 09:30-05:30", "04/03/2027", "31/04/2027", "0/0/0000", "2027-3-4T1:05"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, order := range []draw.DateOrder{draw.Auto, draw.DayFirst, draw.MonthFirst} {
			d, c, reason, ok := parseWhen(s, order, time.UTC)
			if !ok {
				if reason.Key == "" {
					t.Fatalf("%q: not read, and no reason", s)
				}
				if !d.IsZero() || c != model.NoClock {
					t.Fatalf("%q: %v %v beside %q", s, d, c, reason)
				}
				continue
			}
			if d.IsZero() || d != model.NewDate(d.Year, d.Month, d.Day) || (c != model.NoClock && !c.Valid()) {
				t.Fatalf("%q read as %v %v", s, d, c)
			}
			again := d.String()
			if c.Valid() {
				again += " " + c.String()
			}
			if d2, c2, r2, ok := parseWhen(again, order, time.UTC); d2 != d || c2 != c || !ok {
				t.Fatalf("%q read as %q, which reads back as %v %v %q", s, again, d2, c2, r2)
			}
		}
	})
}

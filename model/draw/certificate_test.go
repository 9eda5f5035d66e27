package draw

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestCertificate(t *testing.T) {
	p := vectorPool(t)
	r, err := Run(p, vectorSeed, 3, 2)
	if err != nil {
		t.Fatal(err)
	}
	got := Certificate(Record{
		Contest: "Spring giveaway", Sponsor: " Blue\nBakery ",
		DrawnAt: time.Date(2025, 3, 6, 12, 0, 0, 0, time.FixedZone("EET", 2*3600)),
		Result:  r, Duplicates: len(p.Duplicates), Excluded: len(p.Excluded),
		ExcludedHandles: []string{"@Sponsor_Shop", "sponsor_shop"}, Source: "entries.csv",
	})
	if got != certificateWant {
		t.Errorf("Certificate =\n%s\nwant\n%s", got, certificateWant)
	}
}

const certificateWant = `Kairos winner draw certificate
==============================

Contest:   Spring giveaway
Sponsor:   Blue Bakery
Drawn at:  2025-03-06T10:00:00Z (UTC)
Entrants:  entries.csv

Entries counted:       13
Duplicates removed:    2 (each handle counts once, at its earliest entry)
Excluded:              1 (@sponsor_shop)
Entrants in the draw:  10

SHA-256 of the normalised entrant list:
  153745af7dcc12ac9181f2e1c465d26a2b9398459a5ea34e379ec31f70dad259
Seed:       kairos test vector 1
Algorithm:  kairos-draw-v1: SHA-256 counter stream, rejection sampling, partial Fisher–Yates over entrants sorted by handle

Winners
  1. @farid (Farid)
  2. @georgia (Georgia)
  3. @hana (Hana)

Alternates (in order, should a winner not take the prize)
  1. @ivan (Иван)
  2. @dimitris.p (Δημήτρης Π)

How to re-run this draw
-----------------------
Anyone with Kairos and the entrant list can repeat the draw and get the
same winners in the same order:

  kairos draw --entrants FILE --seed 'kairos test vector 1' --winners 3 --alternates 2 --exclude sponsor_shop

FILE is the exported entrant list (or the original file, with the same
columns; if Kairos cannot tell them apart, add --map to say which is
which).
The command prints the SHA-256 of the normalised entrant list: it must
match the one above, which shows that the list is the same. Its counts
of entries and duplicates may differ; the SHA-256 and winners may not.

How the list is normalised: handles lose leading @s (and a profile
address its https://site/ part), are lower-cased and in Unicode NFC; a
handle that entered more than once keeps its earliest entry (one without
a time comes after those with one; on a tie the first in the file wins);
excluded handles are removed; the rest is sorted by handle, byte by byte.
The SHA-256 is of one line per entrant, "handle TAB name TAB time" and a
line feed, in UTF-8, with the name in NFC and its white space tidied to
single spaces, and the time in UTC to the second, like
2025-03-01T14:05:00Z (empty when unknown).

How the winners are picked: block j of a random stream is
SHA-256(seed, a 0 byte, the SHA-256 above in hex, a 0 byte, j as 8 bytes
big-endian), read as 8-byte big-endian numbers. For pick i (from 0) of
n entrants, numbers at or above the largest multiple of n-i not above
2^64 are skipped, r is the next number mod n-i, and the entrant at
position i+r of the sorted list swaps with the one at position i and is
drawn. Winners come first, then alternates.
`

func TestCertificateWithoutExtras(t *testing.T) {
	r, err := Run(pool(5), "0123abcd", 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	got := Certificate(Record{DrawnAt: time.Date(2025, 3, 6, 10, 0, 0, 0, time.UTC), Result: r})
	for _, want := range []string{
		"Drawn at:  2025-03-06T10:00:00Z (UTC)\n\nEntries counted:       5\n",
		"Excluded:              0\n",
		"Winners\n  1. @" + r.Winners[0].Handle + " (" + r.Winners[0].Name + ")\n\nHow to re-run",
		"  kairos draw --entrants FILE --seed 0123abcd --winners 1 --alternates 0\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("certificate lacks %q:\n%s", want, got)
		}
	}
	for _, not := range []string{"Contest:", "Sponsor:", "Entrants:  ", "Alternates", "--exclude"} {
		if strings.Contains(got, not) {
			t.Errorf("certificate has %q:\n%s", not, got)
		}
	}
	if Label(Entrant{Handle: "ann"}) != "@ann" || Label(Entrant{Handle: "ann", Name: " Ann\nLee "}) != "@ann (Ann Lee)" {
		t.Errorf("Label: %q", Label(Entrant{Handle: "ann", Name: " Ann\nLee "}))
	}
}

func TestShellQuote(t *testing.T) {
	for in, want := range map[string]string{
		"4f1c09ab":        "4f1c09ab",
		"a b":             "'a b'",
		"it's":            `'it'\''s'`,
		"$(rm -rf ~)":     "'$(rm -rf ~)'",
		"ann,bob.k":       "ann,bob.k",
		"":                "''",
		"Лотерея 7-19-23": "'Лотерея 7-19-23'",
	} {
		if got := shellQuote(in); got != want {
			t.Errorf("shellQuote(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestWriteEntrantsCSV(t *testing.T) {
	at := time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)
	p := Prepare([]Entrant{
		{Name: "Lee, \"Ann\"", Handle: "@Ann", EntryTime: at},
		{Name: "", Handle: "bob"},
		{Name: "Δη\u0301μος\n Π", Handle: "https://instagram.com/dimos", EntryTime: at.Add(90 * time.Minute)},
	}, nil)
	var buf bytes.Buffer
	if err := WriteEntrantsCSV(&buf, p.Entrants); err != nil {
		t.Fatal(err)
	}
	want := "name,handle,entry_time\n\"Lee, \"\"Ann\"\"\",ann,2025-03-01T09:00:00Z\n,bob,\nΔήμος Π,dimos,2025-03-01T10:30:00Z\n"
	if buf.String() != want {
		t.Errorf("WriteEntrantsCSV =\n%q\nwant\n%q", buf.String(), want)
	}
	rows := rowsOf(t, buf.String())
	list, err := ParseEntrants(rows, GuessMapping(FirstRow(rows)))
	if err != nil {
		t.Fatal(err)
	}
	again := Prepare(list, nil)
	if again.Hash != p.Hash || len(again.Duplicates)+len(again.Excluded) != 0 {
		t.Errorf("read back: %+v, want hash %s", again, p.Hash)
	}
}

// The exported list of a draw gives the same draw.
func TestExportedListRedraws(t *testing.T) {
	p := vectorPool(t)
	var buf bytes.Buffer
	if err := WriteEntrantsCSV(&buf, p.Entrants); err != nil {
		t.Fatal(err)
	}
	rows := rowsOf(t, buf.String())
	if m := GuessMapping(FirstRow(rows)); m != (Mapping{Name: 0, Handle: 1, Time: 2, Header: true}) {
		t.Errorf("mapping of the export %+v", m)
	}
	list, err := ParseEntrants(rows, GuessMapping(FirstRow(rows)))
	if err != nil {
		t.Fatal(err)
	}
	again := Prepare(list, nil)
	if again.Hash != p.Hash {
		t.Fatalf("hash %s, want %s", again.Hash, p.Hash)
	}
	for i, e := range again.Entrants {
		want := p.Entrants[i]
		if e.Handle != want.Handle || e.Name != want.Name || !e.EntryTime.Equal(want.EntryTime) || e.Line != i+2 {
			t.Errorf("entrant %d: %+v, want %+v", i, e, want)
		}
	}
	a, _ := Run(p, vectorSeed, 3, 2)
	b, _ := Run(again, vectorSeed, 3, 2)
	if !reflect.DeepEqual(handles(a.Winners), handles(b.Winners)) || !reflect.DeepEqual(handles(a.Alternates), handles(b.Alternates)) {
		t.Errorf("redraw: %q %q, want %q %q", handles(b.Winners), handles(b.Alternates), handles(a.Winners), handles(a.Alternates))
	}
}

func TestCertificateWithLateEntriesPointsToTheExportedList(t *testing.T) {
	pool := Prepare([]Entrant{{Handle: "a"}, {Handle: "b"}, {Handle: "c"}}, nil)
	res, err := Run(pool, "s", 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	cert := Certificate(Record{Result: res, Late: 2, Cutoff: time.Date(2027, 6, 30, 21, 0, 0, 0, time.UTC), Zone: "Europe/Athens"})
	for _, want := range []string{"Entries counted:       5", "Late entries left out: 2 (made after 2027-06-30T21:00:00Z)",
		"read in Europe/Athens", "FILE is the exported entrant list. The original file also holds"} {
		if !strings.Contains(cert, want) {
			t.Errorf("certificate lacks %q:\n%s", want, cert)
		}
	}
}

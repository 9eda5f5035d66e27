package draw

import (
	"crypto/sha256"
	"encoding/hex"
	"reflect"
	"testing"
	"time"
)

func TestNormalizeHandle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ann", "ann"},
		{"  @Ann.Lee_92 ", "ann.lee_92"},
		{"@@ann", "ann"},
		{"https://www.instagram.com/Ann.Lee/", "ann.lee"},
		{"HTTP://instagram.com/ann?igsh=abc", "ann"},
		{"https://www.tiktok.com/@Ann#top", "ann"},
		{"https://instagram.com/", ""},
		{"@", ""},
		{"", ""},
		{"instagram.com/ann", "instagram.com/ann"}, // only addresses with http(s)://
		{"ΑΝΝΑ", "αννα"},
		{"Иван", "иван"},
		{"zoe\u0301", "zoé"}, // decomposed é becomes one character
	}
	for _, tc := range tests {
		got := NormalizeHandle(tc.in)
		if got != tc.want {
			t.Errorf("NormalizeHandle(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if again := NormalizeHandle(got); again != got {
			t.Errorf("NormalizeHandle(%q) = %q, but normalising again gives %q", tc.in, got, again)
		}
	}
}

func TestPrepare(t *testing.T) {
	at := func(h, m int) time.Time { return time.Date(2025, 3, 1, h, m, 0, 0, time.UTC) }
	list := []Entrant{
		{Name: "Zoe", Handle: "@Zoe", EntryTime: at(9, 0), Line: 2},
		{Name: "  Ann\n Lee ", Handle: "ann", EntryTime: at(10, 0).Add(900 * time.Millisecond), Line: 3},
		{Name: "Ann again", Handle: "@ANN", EntryTime: at(8, 0), Line: 4},      // earlier: this one counts
		{Name: "Ann tie", Handle: "Ann", EntryTime: at(8, 0), Line: 5},         // same time, later line
		{Name: "Bob", Handle: "bob", Line: 6},                                  // no time: after any with one
		{Name: "Bob timed", Handle: "BOB", EntryTime: at(23, 0), Line: 7},      // counts
		{Name: "Shop", Handle: "https://instagram.com/TheShop", Line: 8},       // excluded
		{Name: "Shop again", Handle: "@theshop", EntryTime: at(7, 0), Line: 9}, // excluded
		{Name: "Kai", Handle: "kai", EntryTime: time.Date(2025, 3, 1, 12, 0, 0, 0, time.FixedZone("EET", 2*3600)), Line: 10},
	}
	p := Prepare(list, []string{" @TheShop ", "", "nobody"})
	want := Pool{
		Entrants: []Entrant{
			{Name: "Ann again", Handle: "ann", EntryTime: at(8, 0), Line: 4},
			{Name: "Bob timed", Handle: "bob", EntryTime: at(23, 0), Line: 7},
			{Name: "Kai", Handle: "kai", EntryTime: at(10, 0), Line: 10},
			{Name: "Zoe", Handle: "zoe", EntryTime: at(9, 0), Line: 2},
		},
		Duplicates: []Entrant{
			{Name: "Ann tie", Handle: "ann", EntryTime: at(8, 0), Line: 5},
			{Name: "Ann Lee", Handle: "ann", EntryTime: at(10, 0), Line: 3},
			{Name: "Bob", Handle: "bob", Line: 6},
		},
		Excluded: []Entrant{
			{Name: "Shop again", Handle: "theshop", EntryTime: at(7, 0), Line: 9},
			{Name: "Shop", Handle: "theshop", Line: 8},
		},
		// printf 'ann\tAnn again\t2025-03-01T08:00:00Z\nbob\tBob timed\t2025-03-01T23:00:00Z\nkai\tKai\t2025-03-01T10:00:00Z\nzoe\tZoe\t2025-03-01T09:00:00Z\n' | sha256sum
		Hash: "1fe0f62281e19e9975435ba73eb86170044c85bf93e2e6946de05017034fb3e0",
	}
	if !reflect.DeepEqual(p, want) {
		t.Errorf("Prepare =\n%+v\nwant\n%+v", p, want)
	}
	canon := "ann\tAnn again\t2025-03-01T08:00:00Z\nbob\tBob timed\t2025-03-01T23:00:00Z\nkai\tKai\t2025-03-01T10:00:00Z\nzoe\tZoe\t2025-03-01T09:00:00Z\n"
	if sum := sha256.Sum256([]byte(canon)); hex.EncodeToString(sum[:]) != p.Hash {
		t.Errorf("Hash %s is not the SHA-256 of the canonical list", p.Hash)
	}
}

func TestHash(t *testing.T) {
	if got := Hash(nil); got != "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" {
		t.Errorf("Hash(nil) = %s, want the SHA-256 of nothing", got)
	}
	// No name, no time: the fields are empty but the tabs stay.
	sum := sha256.Sum256([]byte("ann\t\t\n"))
	if got := Hash([]Entrant{{Handle: "ann"}}); got != hex.EncodeToString(sum[:]) {
		t.Errorf("Hash(ann) = %s", got)
	}
	// The name is tidied the same way whether Prepare or the file did it.
	a := Prepare([]Entrant{{Name: "Δη\u0301μος \t Π.", Handle: "d"}}, nil)
	b := Prepare([]Entrant{{Name: "Δήμος Π.", Handle: "d"}}, nil)
	if a.Hash != b.Hash || a.Entrants[0].Name != "Δήμος Π." {
		t.Errorf("names: %q %s, %q %s", a.Entrants[0].Name, a.Hash, b.Entrants[0].Name, b.Hash)
	}
}

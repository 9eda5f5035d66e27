package draw

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"kairos/model/msg"
)

// vectorCSV is a messy file that tidies to ten entrants; the test vector
// below was checked against an implementation written separately from the
// certificate's description (Python's hashlib).
const vectorCSV = "Name;Username;Date\n" +
	"Ann Lee;@Ann;01.03.2025 09:00\n" +
	"\n" +
	"Jo;https://www.instagram.com/JO/;2025-03-04 23:59:59\n" +
	"Ben K;ben_k;2025-03-01T09:05:00Z\n" +
	"Cleo Dup;@cleo;2025-03-02 10:00\n" +
	";@CLEO;2025-03-01T12:00:00+02:00\n" +
	"\"Δημη\u0301τρης   Π\";@Dimitris.P;2025-03-02T08:30:00Z\n" +
	"Eva;eva;\n" +
	"Farid;@farid;2025-03-02 12:00\n" +
	"Georgia;georgia;2025-03-03T07:45\n" +
	"Hana;@hana;2025-03-03T22:10:00+02:00\n" +
	"Иван;@IVAN;04.03.2025 11:11:11\n" +
	"Spam Bot;@sponsor_shop;2025-03-01 08:00\n" +
	"Ann again;@ann;2025-03-05 10:00\n"

const vectorSeed = "kairos test vector 1"

func vectorPool(t *testing.T) Pool {
	t.Helper()
	rows := rowsOf(t, vectorCSV)
	list, err := ParseEntrants(rows, GuessMapping(FirstRow(rows)))
	if err != nil {
		t.Fatal(err)
	}
	return Prepare(list, []string{"@Sponsor_Shop"})
}

func handles(list []Entrant) []string {
	out := make([]string, len(list))
	for i, e := range list {
		out[i] = e.Handle
	}
	return out
}

func TestRunVector(t *testing.T) {
	p := vectorPool(t)
	if got := handles(p.Entrants); !reflect.DeepEqual(got, []string{"ann", "ben_k", "cleo", "dimitris.p", "eva", "farid", "georgia", "hana", "ivan", "jo"}) {
		t.Fatalf("entrants %q", got)
	}
	if got := handles(p.Duplicates); !reflect.DeepEqual(got, []string{"ann", "cleo"}) || p.Duplicates[1].Name != "Cleo Dup" {
		t.Errorf("duplicates %+v", p.Duplicates)
	}
	if len(p.Excluded) != 1 || p.Excluded[0].Handle != "sponsor_shop" || p.Excluded[0].Line != 14 {
		t.Errorf("excluded %+v", p.Excluded)
	}
	const hash = "153745af7dcc12ac9181f2e1c465d26a2b9398459a5ea34e379ec31f70dad259"
	if p.Hash != hash {
		t.Fatalf("Hash = %s, want %s", p.Hash, hash)
	}
	r, err := Run(p, vectorSeed, 3, 2)
	if err != nil {
		t.Fatal(err)
	}
	if r.Seed != vectorSeed || r.Hash != hash || r.Count != 10 || r.Algorithm != Algorithm {
		t.Errorf("Result %+v", r)
	}
	if w, a := handles(r.Winners), handles(r.Alternates); !reflect.DeepEqual(w, []string{"farid", "georgia", "hana"}) ||
		!reflect.DeepEqual(a, []string{"ivan", "dimitris.p"}) {
		t.Errorf("winners %q, alternates %q; want [farid georgia hana], [ivan dimitris.p]", w, a)
	}
	if r.Alternates[1].Name != "Δημήτρης Π" || r.Winners[2].EntryTime.Format("15:04") != "20:10" {
		t.Errorf("entrants drawn %+v %+v", r.Alternates[1], r.Winners[2])
	}
	r, _ = Run(p, "2026-11-25 EuroMillions 7 19 23 38 41", 1, 4)
	if w, a := handles(r.Winners), handles(r.Alternates); !reflect.DeepEqual(w, []string{"hana"}) ||
		!reflect.DeepEqual(a, []string{"ann", "georgia", "dimitris.p", "eva"}) {
		t.Errorf("second seed: winners %q, alternates %q", w, a)
	}
}

// The first words of the stream for the vector, and the rejection of words
// at or above the largest multiple of m below 2^64.
func TestStream(t *testing.T) {
	hash := "153745af7dcc12ac9181f2e1c465d26a2b9398459a5ea34e379ec31f70dad259"
	want := []uint64{0x020671f341152fcb, 0x96542c182bce15a5, 0xabcdbb017e6095a5, 0x14ab22e188135f2d, 0x42a5e4fae390b200}
	s := newStream(vectorSeed, hash)
	for i, w := range want {
		if got := s.word(); got != w {
			t.Errorf("word %d = %#x, want %#x", i, got, w)
		}
	}
	// m = 2^63+1: only words below m are kept, so the 2nd and 3rd go.
	s = newStream(vectorSeed, hash)
	const m = 1<<63 + 1
	for i, w := range []uint64{want[0], want[3], want[4]} {
		if got := s.below(m); got != w {
			t.Errorf("pick %d below 2^63+1 = %#x, want %#x", i, got, w)
		}
	}
	// m = 1 and powers of two reject nothing.
	s = newStream(vectorSeed, hash)
	if a, b, c := s.below(1), s.below(1<<32), s.below(2); a != 0 || b != want[1]%(1<<32) || c != want[2]%2 {
		t.Errorf("below(1), below(2^32), below(2) = %d, %d, %d", a, b, c)
	}
}

func pool(n int) Pool {
	list := make([]Entrant, n)
	for i := range list {
		list[i] = Entrant{Name: fmt.Sprintf("Person %d", i), Handle: fmt.Sprintf("user%03d", i), Line: i + 2}
	}
	return Prepare(list, nil)
}

func TestRunSeedMatters(t *testing.T) {
	p := pool(50)
	a, err1 := Run(p, "seed one", 5, 3)
	b, err2 := Run(p, "seed two", 5, 3)
	again, _ := Run(p, "seed one", 5, 3)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	if reflect.DeepEqual(handles(a.Winners), handles(b.Winners)) {
		t.Errorf("two seeds drew the same winners %q", handles(a.Winners))
	}
	if !reflect.DeepEqual(a, again) {
		t.Errorf("the same seed drew %+v, then %+v", a, again)
	}
	seen := map[string]bool{}
	for _, e := range append(a.Winners, a.Alternates...) {
		if seen[e.Handle] {
			t.Errorf("%s drawn twice", e.Handle)
		}
		seen[e.Handle] = true
	}
}

// The order of the file does not matter.
func TestRunIgnoresFileOrder(t *testing.T) {
	rows := rowsOf(t, vectorCSV)
	list, err := ParseEntrants(rows, GuessMapping(FirstRow(rows)))
	if err != nil {
		t.Fatal(err)
	}
	want, _ := Run(Prepare(list, []string{"sponsor_shop"}), vectorSeed, 3, 2)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		shuffled := append([]Entrant(nil), list...)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		got, err := Run(Prepare(shuffled, []string{"sponsor_shop"}), vectorSeed, 3, 2)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Fatalf("shuffled input drew %+v, %v; want %+v", got, err, want)
		}
	}
}

// Every entrant is as likely to win; the seeds are fixed, so the test is
// repeatable.
func TestRunIsFair(t *testing.T) {
	p := pool(3)
	counts := map[string]int{}
	for i := range 3000 {
		r, err := Run(p, fmt.Sprint("seed ", i), 1, 0)
		if err != nil {
			t.Fatal(err)
		}
		counts[r.Winners[0].Handle]++
	}
	for _, h := range handles(p.Entrants) {
		if c := counts[h]; c < 900 || c > 1100 {
			t.Errorf("%s won %d of 3000 draws: %v", h, c, counts)
		}
	}
	// Drawing everyone is a permutation.
	r, _ := Run(pool(7), "all", 4, 3)
	got := handles(append(r.Winners, r.Alternates...))
	if len(got) != 7 || len(map[string]bool{got[0]: true, got[1]: true, got[2]: true, got[3]: true, got[4]: true, got[5]: true, got[6]: true}) != 7 {
		t.Errorf("drawing all 7: %q", got)
	}
}

func TestRunRefuses(t *testing.T) {
	p := pool(12)
	unsorted := pool(3)
	unsorted.Entrants[0], unsorted.Entrants[1] = unsorted.Entrants[1], unsorted.Entrants[0]
	changed := pool(3)
	changed.Entrants = changed.Entrants[:2]
	raw := Pool{Entrants: []Entrant{{Handle: "@Ann"}}}
	tests := []struct {
		p                   Pool
		seed                string
		winners, alternates int
		want                string
	}{
		{p, "", 1, 0, "The seed is empty: use a new random seed, or a value announced before the draw."},
		{p, "  ", 1, 0, "The seed is empty: use a new random seed, or a value announced before the draw."},
		{p, " abc", 1, 0, "The seed must not start or end with a space."},
		{p, "ab\x00c", 1, 0, "The seed must be plain text on one line, without invisible characters."},
		{p, "ab\u200bc", 1, 0, "The seed must be plain text on one line, without invisible characters."},
		{p, "s", 0, 2, "Draw at least one winner."},
		{p, "s", 1, -1, "The number of alternates cannot be negative."},
		{p, "s", 10, 5, "There are only 12 entrants: you asked for 10 winners and 5 alternates."},
		{p, "s", 13, 0, "There are only 12 entrants: you asked for 13 winners and 0 alternates."},
		{pool(1), "s", 1, 1, "There is only 1 entrant: you asked for 1 winner and 1 alternate."},
		{Pool{}, "s", 1, 0, "There are no entrants to draw from."},
		{unsorted, "s", 1, 0, "The entrant list must be prepared for the draw first: one entry per handle, sorted by handle."},
		{raw, "s", 1, 0, "The entrant list must be prepared for the draw first: one entry per handle, sorted by handle."},
		{changed, "s", 1, 0, "The entrant list has changed since it was prepared for the draw."},
	}
	for _, tc := range tests {
		r, err := Run(tc.p, tc.seed, tc.winners, tc.alternates)
		var local msg.Localized // the interface translates it
		if err == nil || err.Error() != tc.want || r.Winners != nil || !errors.As(err, &local) {
			t.Errorf("Run(%q, %d, %d) = %+v, %v; want %q", tc.seed, tc.winners, tc.alternates, r, err, tc.want)
		}
	}
	// A pool put together by hand, without a hash, is fine once sorted.
	hand := []Entrant{{Handle: "a"}, {Handle: "b"}}
	if r, err := Run(Pool{Entrants: hand}, "s", 2, 0); err != nil || r.Hash != Hash(hand) || len(r.Winners) != 2 {
		t.Errorf("hand-made pool: %+v, %v", r, err)
	}
}

func TestNewSeed(t *testing.T) {
	a, b := NewSeed(), NewSeed()
	if !regexp.MustCompile(`^[0-9a-f]{32}$`).MatchString(a) || a == b {
		t.Errorf("NewSeed = %q, %q", a, b)
	}
	if _, err := Run(pool(2), a, 1, 0); err != nil {
		t.Errorf("a new seed is refused: %v", err)
	}
	if strings.ContainsAny(Algorithm, "\n") || !strings.HasPrefix(Algorithm, "kairos-draw-v1: ") {
		t.Errorf("Algorithm %q", Algorithm)
	}
}

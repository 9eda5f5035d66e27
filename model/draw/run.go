package draw

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math"
	"strings"

	"kairos/model/msg"
)

// Algorithm names the way Run draws; a certificate prints it.
const Algorithm = "kairos-draw-v1: SHA-256 counter stream, rejection sampling, partial Fisher–Yates over entrants sorted by handle"

// Result is the outcome of a draw.
type Result struct {
	Seed, Hash string // the seed and the Pool's Hash
	Count      int    // entrants in the draw
	// Winners and Alternates in the order they were drawn: alternate 1
	// replaces the first winner who cannot take the prize.
	Winners, Alternates []Entrant
	Algorithm           string
}

// Run draws winners and then alternates from p with seed. The draw is fully
// specified, so that it can be repeated without Kairos (and does not depend
// on Go's math/rand, whose streams may change between versions):
//
// The random stream is made of 32-byte blocks, block j (j = 0, 1, 2...)
// being SHA-256(seed 0x00 hash 0x00 J), where seed is the seed's UTF-8
// bytes, hash the pool's Hash as 64 lowercase hexadecimal characters and J
// the 8-byte big-endian j. The stream is read as 8-byte big-endian unsigned
// words, in turn.
//
// With n entrants sorted by handle at positions 0..n-1, pick i (i = 0, 1,
// ...) takes m = n-i and reads words until one, w, is below the largest
// multiple of m that is at most 2^64 (2^64 itself when m divides it), so
// that every r is equally likely; r = w mod m. Every pick reads at least one
// word, even when m = 1. The entrants at positions i and i+r swap places and
// the one now at position i is drawn. The first `winners` picks are the
// winners, the next `alternates` the alternates.
//
// Run refuses a pool that Prepare did not make (handles not normalised,
// repeated or out of order) or whose Hash no longer matches its entrants;
// a pool without a Hash gets one.
func Run(p Pool, seed string, winners, alternates int) (Result, error) {
	if err := CheckSeed(seed); err != nil {
		return Result{}, err
	}
	if winners < 1 {
		return Result{}, msg.Errorf("Draw at least one winner.")
	}
	if alternates < 0 {
		return Result{}, msg.Errorf("The number of alternates cannot be negative.")
	}
	for i, e := range p.Entrants {
		if e.Handle == "" || NormalizeHandle(e.Handle) != e.Handle || (i > 0 && e.Handle <= p.Entrants[i-1].Handle) {
			return Result{}, msg.Errorf("The entrant list must be prepared for the draw first: one entry per handle, sorted by handle.")
		}
	}
	hash := Hash(p.Entrants)
	if p.Hash != "" && p.Hash != hash {
		return Result{}, msg.Errorf("The entrant list has changed since it was prepared for the draw.")
	}
	n := len(p.Entrants)
	if n == 0 {
		return Result{}, msg.Errorf("There are no entrants to draw from.")
	}
	if k := winners + alternates; k > n || k < winners {
		return Result{}, &msg.Error{Text: msg.Plural(n,
			"There is only {{.Count}} entrant: you asked for {{.Winners}} and {{.Alternates}}.",
			"There are only {{.Count}} entrants: you asked for {{.Winners}} and {{.Alternates}}.",
			"Winners", msg.Plural(winners, "{{.Count}} winner", "{{.Count}} winners"),
			"Alternates", msg.Plural(alternates, "{{.Count}} alternate", "{{.Count}} alternates"))}
	}
	picked := pick(p.Entrants, seed, hash, winners+alternates)
	return Result{
		Seed: seed, Hash: hash, Count: n,
		Winners:    picked[:winners],
		Alternates: picked[winners:],
		Algorithm:  Algorithm,
	}, nil
}

// CheckSeed refuses seeds that Run would refuse: empty ones, and those that
// could be mistyped or misread when the draw is repeated (outer spaces,
// invisible characters).
func CheckSeed(seed string) error {
	switch {
	case strings.TrimSpace(seed) == "":
		return msg.Errorf("The seed is empty: use a new random seed, or a value announced before the draw.")
	case strings.TrimSpace(seed) != seed:
		return msg.Errorf("The seed must not start or end with a space.")
	case strings.IndexFunc(seed, invisible) >= 0:
		return msg.Errorf("The seed must be plain text on one line, without invisible characters.")
	}
	return nil
}

// pick runs the partial Fisher–Yates shuffle of Run and returns the first k
// entrants drawn.
func pick(sorted []Entrant, seed, hash string, k int) []Entrant {
	a := append([]Entrant(nil), sorted...)
	s := newStream(seed, hash)
	for i := range k {
		r := i + int(s.below(uint64(len(a)-i)))
		a[i], a[r] = a[r], a[i]
	}
	return a[:k:k]
}

// stream is the SHA-256 counter stream of Run.
type stream struct {
	prefix []byte // seed 0x00 hash 0x00
	block  uint64 // the next block's number
	buf    []byte // what is left of the current block
}

func newStream(seed, hash string) *stream {
	prefix := append([]byte(seed), 0)
	prefix = append(prefix, hash...)
	return &stream{prefix: append(prefix, 0)}
}

// word returns the stream's next 8-byte big-endian word.
func (s *stream) word() uint64 {
	if len(s.buf) == 0 {
		sum := sha256.Sum256(binary.BigEndian.AppendUint64(append([]byte(nil), s.prefix...), s.block))
		s.block++
		s.buf = sum[:]
	}
	w := binary.BigEndian.Uint64(s.buf)
	s.buf = s.buf[8:]
	return w
}

// below returns a uniform number in [0, m), m ≥ 1, by rejection sampling.
func (s *stream) below(m uint64) uint64 {
	// 2^64 mod m; words at or above 2^64 - rem would favour small numbers.
	rem := (math.MaxUint64%m + 1) % m
	for {
		w := s.word()
		if rem == 0 || w < -rem {
			return w % m
		}
	}
}

// NewSeed returns a fresh random seed: 16 bytes from crypto/rand as 32
// lowercase hexadecimal characters.
func NewSeed() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // never fails: crypto/rand aborts the program instead
	return hex.EncodeToString(b[:])
}

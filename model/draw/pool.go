package draw

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"
)

// NormalizeHandle is the form a handle is compared, sorted and hashed in:
// outer spaces and leading "@"s dropped; a profile address reduced to its
// first path segment ("https://www.instagram.com/Jane.Doe/" is "jane.doe",
// "https://www.tiktok.com/@jane" is "jane"); lower case (Go's
// strings.ToLower); Unicode NFC. Normalising twice changes nothing.
func NormalizeHandle(h string) string {
	h = trimAt(h)
	for _, scheme := range []string{"https://", "http://"} {
		if len(h) >= len(scheme) && strings.EqualFold(h[:len(scheme)], scheme) {
			_, path, _ := strings.Cut(h[len(scheme):], "/")
			h, _, _ = strings.Cut(path, "/")
			h, _, _ = strings.Cut(h, "?")
			h, _, _ = strings.Cut(h, "#")
			h = trimAt(h)
			break
		}
	}
	return norm.NFC.String(strings.ToLower(h))
}

// trimAt drops outer spaces and leading "@"s.
func trimAt(h string) string {
	return strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(h), "@"))
}

// normalizeName is the form a name is hashed in: NFC, outer white space
// dropped and every run of white space inside (tabs and line breaks
// included) made one space.
func normalizeName(s string) string {
	return strings.Join(strings.Fields(norm.NFC.String(s)), " ")
}

// normalizeTime is the form an entry time is compared and hashed in: UTC,
// whole seconds (fractions cut off).
func normalizeTime(t time.Time) time.Time {
	if t.IsZero() {
		return time.Time{}
	}
	return t.UTC().Truncate(time.Second)
}

// Pool is the entrant list ready for the draw.
type Pool struct {
	// Entrants has one entry per handle, sorted by handle.
	Entrants []Entrant
	// Duplicates are the later entries of handles that entered more than
	// once; Excluded the entries of excluded handles.
	Duplicates, Excluded []Entrant
	// Hash fingerprints Entrants; see Hash.
	Hash string
}

// Prepare readies list for the draw. Handles are normalised with
// NormalizeHandle, names with their white space tidied (see Hash) and times
// made UTC whole seconds. Every entry of a handle in exclude (normalised the
// same way) goes to Excluded. A handle that entered more than once keeps its
// earliest entry (one without a time counts as later than one with a time;
// on a tie, the one earlier in the file counts) and the others go to
// Duplicates. Entrants are sorted by handle, so the order of the file does
// not matter; Duplicates and Excluded by handle and then entry.
func Prepare(list []Entrant, exclude []string) Pool {
	excluded := map[string]bool{}
	for _, h := range exclude {
		if h = NormalizeHandle(h); h != "" {
			excluded[h] = true
		}
	}
	var p Pool
	all := make([]Entrant, 0, len(list))
	for _, e := range list {
		e.Handle, e.Name, e.EntryTime = NormalizeHandle(e.Handle), normalizeName(e.Name), normalizeTime(e.EntryTime)
		if excluded[e.Handle] {
			p.Excluded = append(p.Excluded, e)
			continue
		}
		all = append(all, e)
	}
	// By handle, then earliest, then first in the file: the first of each
	// handle is the one that counts. Stable, so that entries with no line
	// keep the order of list.
	slices.SortStableFunc(all, byHandleThenEntry)
	for i, e := range all {
		if i > 0 && e.Handle == all[i-1].Handle {
			p.Duplicates = append(p.Duplicates, e)
			continue
		}
		p.Entrants = append(p.Entrants, e)
	}
	slices.SortStableFunc(p.Excluded, byHandleThenEntry)
	p.Hash = Hash(p.Entrants)
	return p
}

// byHandleThenEntry orders entries by handle, then by entry time (an entry
// without a time after those with one), then by line.
func byHandleThenEntry(a, b Entrant) int {
	return cmp.Or(
		strings.Compare(a.Handle, b.Handle),
		cmp.Compare(btoi(a.EntryTime.IsZero()), btoi(b.EntryTime.IsZero())),
		a.EntryTime.Compare(b.EntryTime),
		cmp.Compare(a.Line, b.Line))
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Hash fingerprints an entrant list as Prepare leaves it: the lowercase
// hexadecimal SHA-256 of its canonical form, which has one line per entrant,
// in the list's order (sorted by handle, byte by byte):
//
//	handle TAB name TAB entry-time LF
//
// in UTF-8, where handle is normalised as NormalizeHandle says; name is in
// Unicode NFC with outer white space dropped and every run of white space
// inside made one space ("" when there is no name); entry-time is RFC 3339
// in UTC to the second, like 2025-03-01T14:05:00Z ("" when there is no
// time). The list of no entrant hashes the empty text.
func Hash(list []Entrant) string {
	h := sha256.New()
	for _, e := range list {
		h.Write([]byte(canonicalLine(e)))
	}
	return hex.EncodeToString(h.Sum(nil))
}

func canonicalLine(e Entrant) string {
	return e.Handle + "\t" + e.Name + "\t" + formatTime(e.EntryTime) + "\n"
}

// formatTime writes t as RFC 3339 UTC to the second, "" for the zero time.
func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02T15:04:05Z")
}

package draw

import (
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
)

// Record is what a certificate tells about a draw.
type Record struct {
	Contest, Sponsor string
	DrawnAt          time.Time
	Result           Result
	// Duplicates and Excluded count the entries left out (Pool.Duplicates
	// and Pool.Excluded); ExcludedHandles are the handles excluded.
	Duplicates, Excluded int
	ExcludedHandles      []string
	// Source is where the entrants came from, such as the file's name.
	Source string
	// Late entries, made after Cutoff, were left out before the list was
	// prepared; Zone names where times written without a zone were taken.
	Late   int
	Cutoff time.Time
	Zone   string
}

// Certificate writes the plain-text certificate of a draw: what was drawn
// from what, the winners and alternates, and how anyone can repeat the draw
// and check the result.
func Certificate(r Record) string {
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	res := r.Result
	title := "Kairos winner draw certificate"
	line("%s", title)
	line("%s", strings.Repeat("=", len([]rune(title))))
	line("")
	if c := oneLine(r.Contest); c != "" {
		line("Contest:   %s", c)
	}
	if s := oneLine(r.Sponsor); s != "" {
		line("Sponsor:   %s", s)
	}
	line("Drawn at:  %s (UTC)", r.DrawnAt.UTC().Format(time.RFC3339))
	if s := oneLine(r.Source); s != "" {
		line("Entrants:  %s", s)
	}
	line("")
	line("Entries counted:       %d", res.Count+r.Duplicates+r.Excluded+r.Late)
	if r.Late > 0 {
		line("Late entries left out: %d (made after %s)", r.Late, r.Cutoff.UTC().Format(time.RFC3339))
	}
	if r.Zone != "" {
		line("Entry times without a zone were read in %s.", r.Zone)
	}
	line("Duplicates removed:    %d (each handle counts once, at its earliest entry)", r.Duplicates)
	var excluded []string // normalised, each once
	for _, h := range r.ExcludedHandles {
		if h = NormalizeHandle(h); h != "" && !slices.Contains(excluded, h) {
			excluded = append(excluded, h)
		}
	}
	if len(excluded) > 0 {
		line("Excluded:              %d (@%s)", r.Excluded, strings.Join(excluded, ", @"))
	} else {
		line("Excluded:              %d", r.Excluded)
	}
	line("Entrants in the draw:  %d", res.Count)
	line("")
	line("SHA-256 of the normalised entrant list:")
	line("  %s", res.Hash)
	line("Seed:       %s", res.Seed)
	line("Algorithm:  %s", res.Algorithm)
	line("")
	line("Winners")
	writeEntrants(&b, res.Winners)
	if len(res.Alternates) > 0 {
		line("")
		line("Alternates (in order, should a winner not take the prize)")
		writeEntrants(&b, res.Alternates)
	}
	line("")
	line("How to re-run this draw")
	line("-----------------------")
	line("Anyone with Kairos and the entrant list can repeat the draw and get the")
	line("same winners in the same order:")
	line("")
	cmd := fmt.Sprintf("  kairos draw --entrants FILE --seed %s --winners %d --alternates %d",
		shellQuote(res.Seed), len(res.Winners), len(res.Alternates))
	if len(excluded) > 0 {
		cmd += " --exclude " + shellQuote(strings.Join(excluded, ","))
	}
	line("%s", cmd)
	line("")
	if r.Late > 0 {
		line("FILE is the exported entrant list. The original file also holds the late")
		line("entries left out above, so it gives a different list and other winners.")
	} else {
		line("FILE is the exported entrant list (or the original file, with the same")
		line("columns; if Kairos cannot tell them apart, add --map to say which is")
		line("which).")
	}
	line("The command prints the SHA-256 of the normalised entrant list: it must")
	line("match the one above, which shows that the list is the same. Its counts")
	line("of entries and duplicates may differ; the SHA-256 and winners may not.")
	line("")
	line("How the list is normalised: handles lose leading @s (and a profile")
	line("address its https://site/ part), are lower-cased and in Unicode NFC; a")
	line("handle that entered more than once keeps its earliest entry (one without")
	line("a time comes after those with one; on a tie the first in the file wins);")
	line("excluded handles are removed; the rest is sorted by handle, byte by byte.")
	line("The SHA-256 is of one line per entrant, \"handle TAB name TAB time\" and a")
	line("line feed, in UTF-8, with the name in NFC and its white space tidied to")
	line("single spaces, and the time in UTC to the second, like")
	line("2025-03-01T14:05:00Z (empty when unknown).")
	line("")
	line("How the winners are picked: block j of a random stream is")
	line("SHA-256(seed, a 0 byte, the SHA-256 above in hex, a 0 byte, j as 8 bytes")
	line("big-endian), read as 8-byte big-endian numbers. For pick i (from 0) of")
	line("n entrants, numbers at or above the largest multiple of n-i not above")
	line("2^64 are skipped, r is the next number mod n-i, and the entrant at")
	line("position i+r of the sorted list swaps with the one at position i and is")
	line("drawn. Winners come first, then alternates.")
	return b.String()
}

func writeEntrants(b *strings.Builder, list []Entrant) {
	for i, e := range list {
		fmt.Fprintf(b, "  %d. %s\n", i+1, Label(e))
	}
}

// Label is how a winner is shown: "@handle (Name)", or "@handle" without a
// name.
func Label(e Entrant) string {
	if name := oneLine(e.Name); name != "" {
		return "@" + e.Handle + " (" + name + ")"
	}
	return "@" + e.Handle
}

// oneLine keeps text that a certificate line shows to one line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// shellQuote writes s so that a shell passes it on unchanged.
func shellQuote(s string) string {
	safe := s != ""
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_.,@+:/=", r)) {
			safe = false
			break
		}
	}
	if safe {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// WriteEntrantsCSV writes list (normally Pool.Entrants) as CSV with the
// header name,handle,entry_time and the times in RFC 3339 UTC, so that
// ReadRows, GuessMapping, ParseEntrants and Prepare read it back to the
// same Pool and Hash.
func WriteEntrantsCSV(w io.Writer, list []Entrant) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"name", "handle", "entry_time"}); err != nil {
		return err
	}
	for _, e := range list {
		if err := cw.Write([]string{e.Name, e.Handle, formatTime(e.EntryTime)}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

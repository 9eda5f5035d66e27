package draw

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// ErrNoEntrants is the error for a file without a single entrant.
var ErrNoEntrants = errors.New("The file has no entrants.")

// ErrNoHandleColumn is the error for a mapping without a handle column.
var ErrNoHandleColumn = errors.New("No column of the file is titled as the handles (handle, username, @...): choose the column that holds them.")

// RowError is a row of the file that could not be read.
type RowError struct {
	Line   int // 1-based line in the file
	Reason string
}

func (e RowError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Reason) }

// RowErrors is every row that could not be read, in file order.
type RowErrors []RowError

// maxListed is how many rows RowErrors.Error lists.
const maxListed = 20

func (e RowErrors) Error() string {
	var b strings.Builder
	if len(e) == 1 {
		b.WriteString("1 row could not be read:")
	} else {
		fmt.Fprintf(&b, "%d rows could not be read:", len(e))
	}
	for i, re := range e {
		if i == maxListed {
			fmt.Fprintf(&b, "\nand %d more", len(e)-maxListed)
			break
		}
		b.WriteString("\n" + re.Error())
	}
	return b.String()
}

// ParseEntrants turns rows (from ReadRows: rows[i] is line i+1 of the
// file) into entrants, placing the columns with m. Blank rows are skipped.
// Every malformed row is reported, in a RowErrors, and then no entrant is
// returned: a draw must not quietly leave people out. A row is malformed
// when it has fewer columns than m needs, its handle is empty, has a space
// or an invisible character in it, or its entry time is not empty and not
// one of these (times without a zone are in m.Zone, UTC when nil):
//
//	2025-03-01T14:05:00Z, 2025-03-01T16:05:00+02:00  RFC 3339 (fractions of a second allowed)
//	2025-03-01T14:05:00+0000                          Instagram's API
//	2025-03-01 14:05:00, 2025-03-01 14:05, 2025-03-01T14:05, 2025-03-01 14:05:00+02:00
//	2025-03-01                                        (midnight)
//	01.03.2025 14:05, 1.3.2025 14:05:00, 01.03.2025   day first, as dots always are
//	01/03/2025 14:05, 3/1/2025 2:05 PM, 3/1/2025, 2:05:00 PM
//
// Dates with slashes are read as m.Dates says; with Auto the file decides:
// a first number above 12 (13/03/2025) means day first, a second above 12
// (03/13/2025) month first. When no date settles it, or dates settle it both
// ways, such dates are errors, since 01/03 could be 1 March or January 3.
// Times of day are 24-hour or with AM/PM; an AM/PM does not settle the
// date order. Two-digit years and month names are not accepted.
func ParseEntrants(rows [][]string, m Mapping) ([]Entrant, error) {
	if m.Handle < 0 {
		return nil, ErrNoHandleColumn
	}
	if (m.Name >= 0 && (m.Name == m.Handle || m.Name == m.Time)) || m.Handle == m.Time {
		return nil, errors.New("The name, handle and entry time must come from different columns.")
	}
	if m.Dates != Auto && m.Dates != DayFirst && m.Dates != MonthFirst {
		return nil, fmt.Errorf("%q is not a date order: use day/month (dmy) or month/day (mdy).", string(m.Dates))
	}
	need := max(m.Name, m.Handle, m.Time) + 1
	start := 0
	for start < len(rows) && blank(rows[start]) {
		start++
	}
	if m.Header {
		start++
	}
	data := func(yield func(line int, row []string) bool) {
		for i := start; i < len(rows); i++ {
			if !blank(rows[i]) && !yield(i+1, rows[i]) {
				return
			}
		}
	}
	order := m.Dates
	var conflict string
	if m.Time >= 0 && order == Auto {
		order, conflict = dateOrder(data, m.Time)
	}
	var list []Entrant
	var errs RowErrors
	for line, row := range data {
		bad := func(format string, args ...any) {
			errs = append(errs, RowError{Line: line, Reason: fmt.Sprintf(format, args...)})
		}
		if len(row) < need {
			bad("the row has only %d %s, but %d are needed", len(row), plural(len(row), "column", "columns"), need)
			continue
		}
		e := Entrant{Handle: strings.TrimSpace(row[m.Handle]), Line: line}
		if reason := handleProblem(e.Handle); reason != "" {
			bad("%s", reason)
			continue
		}
		if m.Name >= 0 {
			e.Name = strings.TrimSpace(row[m.Name])
		}
		if m.Time >= 0 {
			cell := strings.TrimSpace(row[m.Time])
			if cell == "" {
				list = append(list, e) // no time: fine, it counts as the latest
				continue
			}
			if conflict != "" && isSlashDate(cell) {
				bad("%q: %s", cell, conflict)
				continue
			}
			t, reason := parseTime(cell, order, m.Zone)
			if reason != "" {
				bad("%s", reason)
				continue
			}
			e.EntryTime = t
		}
		list = append(list, e)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	if len(list) == 0 {
		return nil, ErrNoEntrants
	}
	return list, nil
}

// handleProblem says what is wrong with a handle cell, or "".
func handleProblem(h string) string {
	switch {
	case h == "":
		return "the handle is empty"
	case strings.IndexFunc(h, unicode.IsSpace) >= 0:
		return fmt.Sprintf("the handle %q has a space in it", h)
	case strings.IndexFunc(h, invisible) >= 0:
		return fmt.Sprintf("the handle %q has an invisible character in it", h)
	case NormalizeHandle(h) == "":
		return fmt.Sprintf("%q is not a handle", h)
	}
	return ""
}

// invisible reports control and formatting characters (zero-width spaces,
// direction marks), which a pasted handle sometimes carries.
func invisible(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == unicode.ReplacementChar
}

// dateOrder decides how the file's slash dates read: DayFirst when some
// date's first number is above 12, MonthFirst when some date's second is,
// Auto when none settles it. When dates settle it both ways it returns
// Auto and the reason to report.
func dateOrder(data func(func(int, []string) bool), col int) (DateOrder, string) {
	dayLine, monthLine := 0, 0
	for line, row := range data {
		if col >= len(row) {
			continue
		}
		a, b, _, _, sep, ok := splitNumericDate(strings.TrimSpace(row[col]))
		if !ok || sep != '/' {
			continue
		}
		if a > 12 && b <= 12 && dayLine == 0 {
			dayLine = line
		}
		if b > 12 && a <= 12 && monthLine == 0 {
			monthLine = line
		}
	}
	switch {
	case dayLine > 0 && monthLine > 0:
		return Auto, fmt.Sprintf("the file writes some dates day/month (line %d) and others month/day (line %d)", dayLine, monthLine)
	case dayLine > 0:
		return DayFirst, ""
	case monthLine > 0:
		return MonthFirst, ""
	}
	return Auto, ""
}

// isoLayouts are the year-first layouts parseTime accepts, tried in turn.
var isoLayouts = []string{
	time.RFC3339,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05Z0700",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04:05",
	"2006-01-02 15:04",
	"2006-01-02T15:04",
	"2006-01-02",
}

// clockLayouts are the times of day that may follow a dotted or slashed
// date.
var clockLayouts = []string{"15:04", "15:04:05", "3:04 PM", "3:04:05 PM", "3:04PM", "3:04:05PM"}

// parseTime reads an entry time; the reason is "" when it could, or says
// why not.
func parseTime(s string, order DateOrder, loc *time.Location) (time.Time, string) {
	if loc == nil {
		loc = time.UTC
	}
	notTime := fmt.Sprintf("%q is not a date and time", s)
	if s == "" {
		return time.Time{}, notTime
	}
	if s[0] >= '0' && s[0] <= '9' && len(s) >= 10 && s[4] == '-' {
		for _, layout := range isoLayouts {
			if t, err := time.ParseInLocation(layout, s, loc); err == nil {
				return t.UTC(), ""
			}
		}
		return time.Time{}, notTime
	}
	a, b, year, clock, sep, ok := splitNumericDate(s)
	if !ok {
		return time.Time{}, notTime
	}
	if a < 1 || b < 1 {
		return time.Time{}, notTime
	}
	day, month := a, b
	if sep == '/' {
		switch {
		case order == MonthFirst, order == Auto && b > 12:
			day, month = b, a
		case order == DayFirst, a > 12, a == b:
		default:
			return time.Time{}, fmt.Sprintf("%q could be %d %s or %s %d: choose whether dates are day/month or month/day",
				s, a, time.Month(b), time.Month(a), b)
		}
	}
	if month < 1 || month > 12 || day < 1 {
		return time.Time{}, notTime
	}
	var hour, minute, second int
	if clock != "" {
		c, ok := parseClock(clock)
		if !ok {
			return time.Time{}, notTime
		}
		hour, minute, second = c.Hour(), c.Minute(), c.Second()
	}
	t := time.Date(year, time.Month(month), day, hour, minute, second, 0, loc)
	if t.Day() != day {
		return time.Time{}, notTime // 31/04 or 29/02 of a common year
	}
	return t.UTC(), ""
}

// parseClock reads a time of day in one of clockLayouts.
func parseClock(s string) (time.Time, bool) {
	s = strings.ToUpper(s)
	for _, layout := range clockLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// splitNumericDate splits "1.3.2025 14:05" or "03/01/2025, 2:05 PM" into
// its two leading numbers, the year, the time of day ("" when none) and the
// separator ('.' or '/').
func splitNumericDate(s string) (a, b, year int, clock string, sep byte, ok bool) {
	date, clock, _ := strings.Cut(s, " ")
	date = strings.TrimSuffix(date, ",")
	clock = strings.TrimSpace(clock)
	parts := strings.Split(date, "/")
	sep = '/'
	if len(parts) != 3 {
		parts, sep = strings.Split(date, "."), '.'
	}
	if len(parts) != 3 || len(parts[0]) > 2 || len(parts[1]) > 2 || len(parts[2]) != 4 {
		return 0, 0, 0, "", 0, false
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || p == "" || p[0] < '0' || p[0] > '9' {
			return 0, 0, 0, "", 0, false
		}
		n[i] = v
	}
	return n[0], n[1], n[2], clock, sep, true
}

// isSlashDate reports whether s is a date written with slashes.
func isSlashDate(s string) bool {
	_, _, _, _, sep, ok := splitNumericDate(s)
	return ok && sep == '/'
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

package draw

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"kairos/model"
	"kairos/model/msg"
)

// ErrNoEntrants is the error for a file without a single entrant.
var ErrNoEntrants = msg.Errorf("The file has no entrants.")

// ErrNoHandleColumn is the error for a mapping without a handle column.
var ErrNoHandleColumn = msg.Errorf("No column of the file is titled as the handles (handle, username, @...): choose the column that holds them.")

// RowError is a row of the file that could not be read.
type RowError struct {
	Line int // 1-based line in the file
	// Reasons say why, each a sentence (see package msg).
	Reasons []msg.Text
}

// Error is the row in English as the command line writes it:
// "line 4: the handle is empty".
func (e RowError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, JoinReasons(e.Reasons)) }

// JoinReasons writes reasons in English as one clause, for the command
// line and logs: each sentence without its capital and full stop, joined
// by "; ".
func JoinReasons(reasons []msg.Text) string {
	parts := make([]string, len(reasons))
	for i, r := range reasons {
		parts[i] = lowerFirst(strings.TrimSuffix(r.String(), "."))
	}
	return strings.Join(parts, "; ")
}

// lowerFirst lowers the first letter of a sentence (not of "URL").
func lowerFirst(s string) string {
	r := []rune(s)
	if len(r) > 1 && unicode.IsUpper(r[0]) && !unicode.IsUpper(r[1]) {
		r[0] = unicode.ToLower(r[0])
	}
	return string(r)
}

// RowErrors is every row that could not be read, in file order.
type RowErrors []RowError

// maxListed is how many rows RowErrors lists.
const maxListed = 20

// heading is the sentence that opens the list.
func (e RowErrors) heading() msg.Text {
	return msg.Plural(len(e), "{{.Count}} row could not be read:", "{{.Count}} rows could not be read:")
}

// Error lists the rows in English, one a line, as the command line writes
// them.
func (e RowErrors) Error() string {
	var b strings.Builder
	b.WriteString(e.heading().String())
	for i, re := range e {
		if i == maxListed {
			fmt.Fprintf(&b, "\nand %d more", len(e)-maxListed)
			break
		}
		b.WriteString("\n" + re.Error())
	}
	return b.String()
}

// Texts are e's sentences for the interface, one a line: how many rows,
// each row (the first 20) by its line with its reasons, and how many more.
// render writes a reason in the interface's language; a row's reasons are
// joined by spaces.
func (e RowErrors) Texts(render func(msg.Text) string) []msg.Text {
	out := []msg.Text{e.heading()}
	for i, re := range e {
		if i == maxListed {
			more := len(e) - maxListed
			out = append(out, msg.Plural(more, "… and {{.Count}} more row.", "… and {{.Count}} more rows."))
			break
		}
		reasons := make([]string, len(re.Reasons))
		for j, r := range re.Reasons {
			reasons[j] = render(r)
		}
		out = append(out, msg.New("Line {{.Line}}: {{.Reasons}}", "Line", re.Line, "Reasons", strings.Join(reasons, " ")))
	}
	return out
}

// Quoted is a cell as a message quotes it: as Go quotes strings, with
// invisible characters and line breaks escaped, less the outer quote marks
// (the message's template has its own).
func Quoted(s string) string {
	q := strconv.Quote(s)
	return q[1 : len(q)-1]
}

// DateOrderError is the error for a mapping whose date order is none of
// Auto, DayFirst and MonthFirst.
func DateOrderError(order DateOrder) error {
	return msg.Errorf("\"{{.Order}}\" is not a date order: use day/month (dmy) or month/day (mdy).", "Order", Quoted(string(order)))
}

// ShortRow is the reason for a row with have cells when need are needed.
func ShortRow(have, need int) msg.Text {
	return msg.Plural(have, "The row has only {{.Count}} column, but {{.Need}} are needed.",
		"The row has only {{.Count}} columns, but {{.Need}} are needed.", "Need", need)
}

// MixedOrders is the reason for a date cell written with slashes in a file
// that writes some dates day/month (first on dayLine) and others month/day
// (first on monthLine).
func MixedOrders(cell string, dayLine, monthLine int) msg.Text {
	return msg.New("\"{{.Cell}}\": the file writes some dates day/month (line {{.DayLine}}) and others month/day (line {{.MonthLine}}).",
		"Cell", Quoted(cell), "DayLine", dayLine, "MonthLine", monthLine)
}

// Ambiguous is the reason for a date cell that reads as day a of month b
// or month a, day b of year, and no order was chosen.
func Ambiguous(cell string, a, b, year int) msg.Text {
	return msg.New("\"{{.Cell}}\" could be {{.DayFirst}} or {{.MonthFirst}}: choose whether dates are day/month or month/day.",
		"Cell", Quoted(cell), "DayFirst", model.Date{Year: year, Month: time.Month(b), Day: a},
		"MonthFirst", model.Date{Year: year, Month: time.Month(a), Day: b})
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
		return nil, msg.Errorf("The name, handle and entry time must come from different columns.")
	}
	if m.Dates != Auto && m.Dates != DayFirst && m.Dates != MonthFirst {
		return nil, DateOrderError(m.Dates)
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
	var dayLine, monthLine int // where the file's dates first settle the order each way
	if m.Time >= 0 && order == Auto {
		order, dayLine, monthLine = dateOrder(data, m.Time)
	}
	var list []Entrant
	var errs RowErrors
	for line, row := range data {
		bad := func(reason msg.Text) {
			errs = append(errs, RowError{Line: line, Reasons: []msg.Text{reason}})
		}
		if len(row) < need {
			bad(ShortRow(len(row), need))
			continue
		}
		e := Entrant{Handle: strings.TrimSpace(row[m.Handle]), Line: line}
		if reason, ok := handleProblem(e.Handle); !ok {
			bad(reason)
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
			if dayLine > 0 && monthLine > 0 && isSlashDate(cell) {
				bad(MixedOrders(cell, dayLine, monthLine))
				continue
			}
			t, reason, ok := parseTime(cell, order, m.Zone)
			if !ok {
				bad(reason)
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

// handleProblem says what is wrong with a handle cell; ok when nothing is.
func handleProblem(h string) (reason msg.Text, ok bool) {
	switch {
	case h == "":
		return msg.New("The handle is empty."), false
	case strings.IndexFunc(h, unicode.IsSpace) >= 0:
		return msg.New("The handle \"{{.Handle}}\" has a space in it.", "Handle", Quoted(h)), false
	case strings.IndexFunc(h, invisible) >= 0:
		return msg.New("The handle \"{{.Handle}}\" has an invisible character in it.", "Handle", Quoted(h)), false
	case NormalizeHandle(h) == "":
		return msg.New("\"{{.Handle}}\" is not a handle.", "Handle", Quoted(h)), false
	}
	return msg.Text{}, true
}

// invisible reports control and formatting characters (zero-width spaces,
// direction marks), which a pasted handle sometimes carries.
func invisible(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == unicode.ReplacementChar
}

// dateOrder decides how the file's slash dates read: DayFirst when some
// date's first number is above 12, MonthFirst when some date's second is,
// Auto when none settles it. dayLine and monthLine are the first lines
// that settle it each way (0 when none): when both are, dates settle it
// both ways and the order is Auto.
func dateOrder(data func(func(int, []string) bool), col int) (order DateOrder, dayLine, monthLine int) {
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
		return Auto, dayLine, monthLine
	case dayLine > 0:
		return DayFirst, dayLine, 0
	case monthLine > 0:
		return MonthFirst, 0, monthLine
	}
	return Auto, 0, 0
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

// parseTime reads an entry time; ok when it could, else reason says why
// not.
func parseTime(s string, order DateOrder, loc *time.Location) (t time.Time, reason msg.Text, ok bool) {
	if loc == nil {
		loc = time.UTC
	}
	notTime := msg.New("\"{{.Cell}}\" is not a date and time.", "Cell", Quoted(s))
	if s == "" {
		return time.Time{}, notTime, false
	}
	if s[0] >= '0' && s[0] <= '9' && len(s) >= 10 && s[4] == '-' {
		for _, layout := range isoLayouts {
			if t, err := time.ParseInLocation(layout, s, loc); err == nil {
				return t.UTC(), msg.Text{}, true
			}
		}
		return time.Time{}, notTime, false
	}
	a, b, year, clock, sep, ok := splitNumericDate(s)
	if !ok {
		return time.Time{}, notTime, false
	}
	if a < 1 || b < 1 {
		return time.Time{}, notTime, false
	}
	day, month := a, b
	if sep == '/' {
		switch {
		case order == MonthFirst, order == Auto && b > 12:
			day, month = b, a
		case order == DayFirst, a > 12, a == b:
		default:
			return time.Time{}, Ambiguous(s, a, b, year), false
		}
	}
	if month < 1 || month > 12 || day < 1 {
		return time.Time{}, notTime, false
	}
	var hour, minute, second int
	if clock != "" {
		c, ok := parseClock(clock)
		if !ok {
			return time.Time{}, notTime, false
		}
		hour, minute, second = c.Hour(), c.Minute(), c.Second()
	}
	t = time.Date(year, time.Month(month), day, hour, minute, second, 0, loc)
	if t.Day() != day {
		return time.Time{}, notTime, false // 31/04 or 29/02 of a common year
	}
	return t.UTC(), msg.Text{}, true
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

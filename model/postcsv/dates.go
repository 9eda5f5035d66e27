package postcsv

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"kairos/model"
	"kairos/model/draw"
	"kairos/model/msg"
)

// parseWhen reads a date cell: a day, perhaps with its time of day; ok
// when it could, else reason says why not. It reads:
//
//	2027-03-14, 2027/03/14, 2027-3-4            year first (Kairos, Publer)
//	2027-03-14 09:30, 2027-03-14T09:30:00       with a time, seconds dropped
//	2027-03-14T07:30:00Z, 2027-03-14 09:30+02:00 a time with its offset: moved to zone
//	14.03.2027, 14.03.2027 09.30                day first, as dots always are
//	14/03/2027 09:30, 3/14/2027 9:30 PM         day or month first, as order says
//	14-03-2027                                  likewise
//	14 March 2027, 14 Mar 2027 09:30            English month names
//	March 14, 2027, Mar 14 2027 9:30 PM
//
// With order Auto a slashed date whose first number is above 12 is day
// first, whose second is, month first; 04/03/2027 is an error asking for
// the order (ParseEach decides Auto from the whole file first). Times are
// 24-hour or with AM/PM. Two-digit years are not read: 04/03/27 could be
// any of three days.
func parseWhen(s string, order draw.DateOrder, zone *time.Location) (d model.Date, c model.Clock, reason msg.Text, ok bool) {
	notDate := msg.New("\"{{.Cell}}\" is not a date.", "Cell", draw.Quoted(s))
	year, month, day, clock, named := namedMonthDate(s)
	if !named {
		var date string
		date, clock = splitWhen(s)
		n, ok := splitNumeric(date)
		if !ok {
			return model.Date{}, model.NoClock, notDate, false
		}
		year, month, day = n.year, n.b, n.c
		if !n.yearFirst {
			year, month, day = n.year, n.b, n.a // day first
			switch {
			case n.sep == '.':
			case order == draw.MonthFirst, order == draw.Auto && n.b > 12 && n.a <= 12:
				month, day = n.a, n.b
			case order == draw.DayFirst, n.a > 12, n.a == n.b:
			default:
				return model.Date{}, model.NoClock, draw.Ambiguous(s, n.a, n.b, n.year), false
			}
		}
	}
	if year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 ||
		time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC).Day() != day {
		return model.Date{}, model.NoClock, notDate, false // also 31/04 and 29/02 of a common year
	}
	d = model.Date{Year: year, Month: time.Month(month), Day: day}
	if clock == "" {
		return d, model.NoClock, msg.Text{}, true
	}
	c, offset, zoned, ok := parseClock(clock)
	if !ok {
		return model.Date{}, model.NoClock, msg.New("\"{{.Cell}}\" is not a date and time: the time should be like 09:30 or 9:30 PM.",
			"Cell", draw.Quoted(s)), false
	}
	if zoned {
		if zone == nil {
			zone = time.UTC
		}
		t := time.Date(year, time.Month(month), day, c.Hour(), c.Minute(), 0, 0, time.FixedZone("", offset)).In(zone)
		if t.Year() < 1900 || t.Year() > 2999 {
			return model.Date{}, model.NoClock, notDate, false
		}
		return model.DateOf(t), model.At(t.Hour(), t.Minute()), msg.Text{}, true
	}
	return d, c, msg.Text{}, true
}

// parseTimeCell reads a time column's cell: 09:30, 9:30, 09:30:00,
// 9:30 PM or 09.30; ok when it could, else reason says why not.
func parseTimeCell(s string) (c model.Clock, reason msg.Text, ok bool) {
	c, _, zoned, ok := parseClock(s)
	if !ok || zoned {
		return model.NoClock, msg.New("\"{{.Cell}}\" is not a time of day: write it like 09:30 or 9:30 PM.", "Cell", draw.Quoted(s)), false
	}
	return c, msg.Text{}, true
}

// splitWhen cuts a numeric date cell into the date and the time of day
// after it (after a space, a comma or ISO's T).
func splitWhen(s string) (date, clock string) {
	if i := strings.IndexAny(s, " Tt"); i > 0 {
		date, clock = s[:i], s[i+1:]
	} else {
		date = s
	}
	return strings.TrimSuffix(date, ","), strings.TrimSpace(clock)
}

// numeric is a date of three numbers: year first (2027-03-14: b month, c
// day) or year last (a and b are day and month one way or the other).
type numeric struct {
	a, b, c, year int
	sep           byte
	yearFirst     bool
}

// splitNumeric splits "2027-03-14", "14.03.2027" or "3/14/2027".
func splitNumeric(date string) (numeric, bool) {
	var sep byte
	for _, c := range []byte{'-', '/', '.'} {
		if strings.Count(date, string(c)) == 2 {
			sep = c
			break
		}
	}
	if sep == 0 {
		return numeric{}, false
	}
	parts := strings.Split(date, string(sep))
	var n [3]int
	for i, p := range parts {
		if p == "" || len(p) > 4 || strings.Trim(p, "0123456789") != "" {
			return numeric{}, false
		}
		n[i], _ = strconv.Atoi(p)
	}
	switch {
	case len(parts[0]) == 4 && len(parts[1]) <= 2 && len(parts[2]) <= 2:
		return numeric{b: n[1], c: n[2], year: n[0], sep: sep, yearFirst: true}, true
	case len(parts[2]) == 4 && len(parts[0]) <= 2 && len(parts[1]) <= 2:
		return numeric{a: n[0], b: n[1], year: n[2], sep: sep}, true
	}
	return numeric{}, false
}

// clockRE is a time of day: hours, minutes, perhaps seconds (and their
// fraction), AM or PM, and an offset from UTC.
var clockRE = regexp.MustCompile(`^(\d{1,2})[:.](\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s*(?:([AaPp])\.?[Mm]\.?)?\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$`)

// parseClock reads a time of day; offset (seconds east of UTC) counts only
// when zoned.
func parseClock(s string) (c model.Clock, offset int, zoned, ok bool) {
	m := clockRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return model.NoClock, 0, false, false
	}
	h, _ := strconv.Atoi(m[1])
	mi, _ := strconv.Atoi(m[2])
	if m[3] != "" {
		if sec, _ := strconv.Atoi(m[3]); sec > 59 {
			return model.NoClock, 0, false, false
		}
	}
	switch strings.ToUpper(m[4]) {
	case "A", "P":
		if h < 1 || h > 12 {
			return model.NoClock, 0, false, false
		}
		h %= 12
		if strings.ToUpper(m[4]) == "P" {
			h += 12
		}
	}
	if h > 23 || mi > 59 {
		return model.NoClock, 0, false, false
	}
	if z := m[5]; z != "" {
		zoned = true
		if z[0] == '+' || z[0] == '-' {
			digits := strings.ReplaceAll(z[1:], ":", "")
			oh, _ := strconv.Atoi(digits[:2])
			om := 0
			if len(digits) == 4 {
				om, _ = strconv.Atoi(digits[2:])
			}
			if oh > 14 || om > 59 {
				return model.NoClock, 0, false, false
			}
			offset = oh*3600 + om*60
			if z[0] == '-' {
				offset = -offset
			}
		}
	}
	return model.At(h, mi), offset, zoned, true
}

// The English forms with a month's name: "14 March 2027 09:30" and
// "March 14, 2027 9:30 PM".
var (
	dayMonthRE = regexp.MustCompile(`^(\d{1,2})(?:st|nd|rd|th)?\s+(\pL+)\.?,?\s+(\d{4})(?:,?\s+(.+))?$`)
	monthDayRE = regexp.MustCompile(`^(\pL+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(.+))?$`)
)

// namedMonthDate reads a date with an English month name.
func namedMonthDate(s string) (year, month, day int, clock string, ok bool) {
	var dayText, monthText string
	if m := dayMonthRE.FindStringSubmatch(s); m != nil {
		dayText, monthText, year, clock = m[1], m[2], atoi(m[3]), m[4]
	} else if m := monthDayRE.FindStringSubmatch(s); m != nil {
		dayText, monthText, year, clock = m[2], m[1], atoi(m[3]), m[4]
	} else {
		return 0, 0, 0, "", false
	}
	month = monthNumber(monthText)
	return year, month, atoi(dayText), strings.TrimSpace(clock), month > 0
}

// monthNumber is 1 to 12 for an English month name or its abbreviation
// (any case), 0 otherwise.
func monthNumber(name string) int {
	name = strings.ToLower(name)
	if name == "sept" {
		return 9
	}
	for m := time.January; m <= time.December; m++ {
		full := strings.ToLower(m.String())
		if name == full || name == full[:3] {
			return int(m)
		}
	}
	return 0
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// fileOrder decides how the file's day-last numeric dates read: DayFirst
// when some date's first number is above 12, MonthFirst when some date's
// second is, Auto when none settles it. dayLine and monthLine are the
// first lines that settle it each way (0 when none): when both are, dates
// settle it both ways and the order is Auto.
func fileOrder(cells func(yield func(line int, cell string) bool)) (order draw.DateOrder, dayLine, monthLine int) {
	for line, cell := range cells {
		n, ok := orderSensitive(cell)
		if !ok {
			continue
		}
		if n.a > 12 && n.b <= 12 && dayLine == 0 {
			dayLine = line
		}
		if n.b > 12 && n.a <= 12 && monthLine == 0 {
			monthLine = line
		}
	}
	switch {
	case dayLine > 0 && monthLine > 0:
		return draw.Auto, dayLine, monthLine
	case dayLine > 0:
		return draw.DayFirst, dayLine, 0
	case monthLine > 0:
		return draw.MonthFirst, 0, monthLine
	}
	return draw.Auto, 0, 0
}

// orderSensitive returns the numbers of a date whose reading depends on
// the date order (3/4/2027, 03-04-2027; not 03.04.2027 or 2027-03-04).
func orderSensitive(cell string) (numeric, bool) {
	if _, _, _, _, named := namedMonthDate(cell); named {
		return numeric{}, false
	}
	date, _ := splitWhen(cell)
	n, ok := splitNumeric(date)
	return n, ok && !n.yearFirst && n.sep != '.'
}

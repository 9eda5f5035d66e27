// Package draw picks giveaway winners so that anyone can check the result:
// it reads the entrant list from a CSV file, tidies it (one entry per
// handle, excluded accounts removed, sorted by handle), fingerprints it with
// SHA-256 and draws winners and alternates with a fully specified generator
// driven by a seed. The same file and seed give the same winners on any
// computer and any Go version, and the certificate says how to check it.
// Pure Go: no Fyne, no SQL.
package draw

import (
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Entrant is one entry of a giveaway.
type Entrant struct {
	Name, Handle string
	// EntryTime is when the person entered (zero when the file has no
	// times).
	EntryTime time.Time
	// Line is the 1-based line of the source file the entry came from, or
	// 0 when unknown.
	Line int
}

// Mapping says which columns of the file hold what: 0-based column indexes,
// -1 when the file has no such column. Handle is required; Name and Time are
// optional. Header is true when the first row that is not blank names the
// columns instead of being an entrant.
type Mapping struct {
	Name, Handle, Time int
	Header             bool
	// Dates is how dates written with slashes (04/03/2025) are read; the
	// zero value, Auto, decides from the file.
	Dates DateOrder
	// Zone is where entry times written without a zone were taken: exports
	// of comments and forms give local time. Nil means UTC.
	Zone *time.Location
}

// DateOrder is how a date written with slashes is read.
type DateOrder string

// The date orders.
const (
	Auto       DateOrder = ""    // from the file: a day above 12 shows the order
	DayFirst   DateOrder = "dmy" // 04/03/2025 is 4 March 2025
	MonthFirst DateOrder = "mdy" // 04/03/2025 is April 3, 2025
)

// The header names GuessMapping recognises, compared after headerKey.
var (
	nameHeaders = []string{
		"name", "full name", "fullname", "display name", "real name", "first and last name",
		"имя", "фио", "полное имя", "имя и фамилия",
		"όνομα", "ονοματεπώνυμο", "πλήρες όνομα",
	}
	handleHeaders = []string{
		"handle", "username", "user name", "user", "account", "account name", "@", "profile",
		"screen name", "nickname", "nick", "login", "owner username", "ownerusername",
		"instagram", "instagram handle", "tiktok", "tiktok handle", "handle @", "user handle",
		"ник", "никнейм", "имя пользователя", "пользователь", "логин", "аккаунт", "профиль",
		"χρήστης", "όνομα χρήστη", "λογαριασμός", "προφίλ",
	}
	timeHeaders = []string{
		"time", "timestamp", "date", "datetime", "date time", "date and time", "entry time",
		"entered at", "entered", "created at", "createdat", "created", "commented at",
		"comment time", "comment date", "submitted at", "submitted", "posted at",
		"время", "дата", "дата и время", "время комментария",
		"ώρα", "ημερομηνία", "ημερομηνία και ώρα",
	}
	headerRoles = func() map[string]int {
		m := map[string]int{}
		for role, list := range [][]string{nameHeaders, handleHeaders, timeHeaders} {
			for _, h := range list {
				m[headerKey(h)] = role
			}
		}
		return m
	}()
)

const (
	roleName = iota
	roleHandle
	roleTime
)

// headerKey is how a column title is compared: lower case, accents
// dropped (so ΟΝΟΜΑ, Όνομα and όνομα match), "_", "-" and "." read as
// spaces, runs of spaces made one, and a trailing ":" or "*" ignored.
func headerKey(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '_' || r == '-' || r == '.' || r == '(' || r == ')':
			b.WriteRune(' ')
		default:
			b.WriteRune(r)
		}
	}
	return strings.Trim(strings.Join(strings.Fields(b.String()), " "), " :*")
}

// GuessMapping reads the columns from the first row of the file. A row
// with a recognised column title (name, handle, username, time, date, имя,
// ник, дата, όνομα, χρήστης, ημερομηνία...; any case) is a header, and each
// title places its column (the first of each kind wins); Handle stays -1
// when no title names the handles. Otherwise the row is an entrant and the
// columns are placed by position, as PositionalMapping does.
func GuessMapping(firstRow []string) Mapping {
	m := Mapping{Name: -1, Handle: -1, Time: -1}
	for i, cell := range firstRow {
		role, ok := headerRoles[headerKey(cell)]
		if !ok {
			continue
		}
		m.Header = true
		switch {
		case role == roleName && m.Name < 0:
			m.Name = i
		case role == roleHandle && m.Handle < 0:
			m.Handle = i
		case role == roleTime && m.Time < 0:
			m.Time = i
		}
	}
	if m.Header {
		return m
	}
	return PositionalMapping(firstRow)
}

// PositionalMapping places the columns of a file without a header: one
// column is the handle; two are name and handle, or handle and time when
// the second holds a date (in any of the forms ParseEntrants reads); three or more are name, handle and
// time.
func PositionalMapping(firstRow []string) Mapping {
	switch {
	case len(firstRow) <= 1:
		return Mapping{Name: -1, Handle: 0, Time: -1}
	case len(firstRow) == 2:
		if looksLikeTime(strings.TrimSpace(firstRow[1])) {
			return Mapping{Name: -1, Handle: 0, Time: 1}
		}
		return Mapping{Name: 0, Handle: 1, Time: -1}
	}
	return Mapping{Name: 0, Handle: 1, Time: 2}
}

// looksLikeTime reports whether s reads as a date and time one way or the
// other (01/03/2025 does, though it needs the file to say which).
func looksLikeTime(s string) bool {
	_, _, dmy := parseTime(s, DayFirst, nil)
	_, _, mdy := parseTime(s, MonthFirst, nil)
	return dmy || mdy
}

// FirstRow returns the first row that is not blank (nil when there is
// none): the row to give GuessMapping.
func FirstRow(rows [][]string) []string {
	for _, row := range rows {
		if !blank(row) {
			return row
		}
	}
	return nil
}

// blank reports whether every cell of row is empty or spaces.
func blank(row []string) bool {
	for _, c := range row {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

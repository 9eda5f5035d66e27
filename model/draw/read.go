package draw

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"

	"kairos/model/msg"
)

// ReadRows reads a CSV file of entrants. The delimiter is whichever of
// comma, semicolon and tab appears most in the first line (outside quotes;
// comma when none does). A UTF-8 byte order mark is dropped, UTF-16 (what
// Excel calls "Unicode text") is converted, and every cell loses its outer
// spaces. Quotes are strict: a stray quote mark is an error naming the line.
//
// rows[i] is the record that starts on line i+1 of the file: where no
// record starts (a blank line, or the second line of a cell that spans
// lines) the row is empty, so ParseEntrants can name true line numbers.
func ReadRows(r io.Reader) ([][]string, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, unreadable(err)
	}
	if data, err = toUTF8(data); err != nil {
		return nil, err
	}
	if i := invalidUTF8Line(data); i > 0 {
		return nil, msg.Errorf("Line {{.Line}} of the file is not UTF-8 text. Save the file as \"CSV UTF-8\" and try again.", "Line", i)
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = delimiter(data)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = false
	cr.ReuseRecord = false
	// With a tab delimiter, trimming leading space would swallow the tabs
	// of empty cells; the cells are trimmed below anyway.
	cr.TrimLeadingSpace = cr.Comma != '\t'
	var rows [][]string
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return nil, csvError(err)
		}
		line, _ := cr.FieldPos(0)
		for len(rows) < line-1 {
			rows = append(rows, nil)
		}
		for i := range rec {
			rec[i] = strings.TrimSpace(rec[i])
		}
		rows = append(rows, rec)
	}
}

// toUTF8 drops a UTF-8 byte order mark and converts UTF-16 with one.
func toUTF8(data []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return data[3:], nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		out, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return nil, msg.Errorf("The file is damaged UTF-16 text. Save it as \"CSV UTF-8\" and try again.")
		}
		return out, nil
	}
	return data, nil
}

// invalidUTF8Line returns the 1-based line of the first byte that is not
// UTF-8, or 0 when all of data is UTF-8.
func invalidUTF8Line(data []byte) int {
	if utf8.Valid(data) {
		return 0
	}
	line := 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size == 1 {
			return line
		}
		if r == '\n' {
			line++
		}
		data = data[size:]
	}
	return line
}

// delimiter picks comma, semicolon or tab: the one found most often in the
// first line that is not blank, outside quotes; comma on a tie or when there
// is none.
func delimiter(data []byte) rune {
	for len(data) > 0 {
		line, rest, _ := bytes.Cut(data, []byte("\n"))
		if len(bytes.TrimSpace(line)) > 0 {
			break
		}
		data = rest
	}
	counts := map[byte]int{}
	quoted := false
	for _, c := range data {
		if c == '"' {
			quoted = !quoted
			continue
		}
		if quoted {
			continue
		}
		if c == '\n' {
			break
		}
		counts[c]++
	}
	best := byte(',')
	for _, c := range []byte{';', '\t'} {
		if counts[c] > counts[best] {
			best = c
		}
	}
	return rune(best)
}

// unreadable is the error for a file that could not be read at all; it
// wraps err, which says why.
func unreadable(err error) error {
	return &msg.Error{Text: msg.New("The file could not be read: {{.Reason}}", "Reason", msg.Cause(err)), Kind: err}
}

// csvError words a CSV syntax error for people.
func csvError(err error) error {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return unreadable(err)
	}
	lines := pe.StartLine != 0 && pe.StartLine < pe.Line
	where := []any{"Line", pe.Line}
	if lines {
		where = []any{"From", pe.StartLine, "To", pe.Line}
	}
	var t msg.Text
	switch {
	case errors.Is(pe.Err, csv.ErrQuote) && lines:
		t = msg.New("Lines {{.From}} to {{.To}} of the file could not be read: a quoted cell is not closed, or has text after its closing quote mark.", where...)
	case errors.Is(pe.Err, csv.ErrQuote):
		t = msg.New("Line {{.Line}} of the file could not be read: a quoted cell is not closed, or has text after its closing quote mark.", where...)
	case errors.Is(pe.Err, csv.ErrBareQuote) && lines:
		t = msg.New("Lines {{.From}} to {{.To}} of the file could not be read: a cell has a quote mark (\") in it but does not start with one; "+
			"put the whole cell in quotes and double the quote marks inside.", where...)
	case errors.Is(pe.Err, csv.ErrBareQuote):
		t = msg.New("Line {{.Line}} of the file could not be read: a cell has a quote mark (\") in it but does not start with one; "+
			"put the whole cell in quotes and double the quote marks inside.", where...)
	case lines:
		t = msg.New("Lines {{.From}} to {{.To}} of the file could not be read as CSV.", where...)
	default:
		t = msg.New("Line {{.Line}} of the file could not be read as CSV.", where...)
	}
	return &msg.Error{Text: t, Kind: err}
}

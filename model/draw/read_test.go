package draw

import (
	"encoding/csv"
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestReadRows(t *testing.T) {
	tests := []struct {
		name, in string
		want     [][]string
	}{
		{"comma", "name,handle\nAnn,@ann\n", [][]string{{"name", "handle"}, {"Ann", "@ann"}}},
		{"semicolon, as Excel saves in much of Europe", "Имя;Ник\nИван; @ivan \n", [][]string{{"Имя", "Ник"}, {"Иван", "@ivan"}}},
		{"tab, empty cells kept", "a\tb\t\tc\nx\t\t\tz\n", [][]string{{"a", "b", "", "c"}, {"x", "", "", "z"}}},
		{"delimiters inside quotes do not count", "\"a;b;c\",d\ne,f\n", [][]string{{"a;b;c", "d"}, {"e", "f"}}},
		{"the most frequent wins", "a,b;c;d\n", [][]string{{"a,b", "c", "d"}}},
		{"byte order mark and CRLF", "\uFEFFname,handle\r\nAnn,@ann\r\n", [][]string{{"name", "handle"}, {"Ann", "@ann"}}},
		{"spaces trimmed, quoted too", "  Ann ,  \" @ann \"\n", [][]string{{"Ann", "@ann"}}},
		{"rows of different lengths", "a\nb,c,d\n", [][]string{{"a"}, {"b", "c", "d"}}},
		{
			"rows keep their line numbers",
			"\n\nname,handle\n\n\"Ann\nLee\",@ann\n\nbob,@bob",
			[][]string{nil, nil, {"name", "handle"}, nil, {"Ann\nLee", "@ann"}, nil, nil, {"bob", "@bob"}},
		},
		{"empty", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ReadRows(strings.NewReader(tc.in))
			if err != nil || !reflect.DeepEqual(got, tc.want) {
				t.Errorf("ReadRows = %q, %v; want %q", got, err, tc.want)
			}
		})
	}
}

func TestReadRowsUTF16(t *testing.T) {
	// What Excel's "Unicode text" gives: UTF-16 little-endian, tabs.
	text := "name\thandle\r\nΌλγα\t@olga\r\n"
	in := []byte{0xFF, 0xFE}
	for _, r := range text {
		in = append(in, byte(r), byte(r>>8))
	}
	got, err := ReadRows(strings.NewReader(string(in)))
	want := [][]string{{"name", "handle"}, {"Όλγα", "@olga"}}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("ReadRows(UTF-16) = %q, %v; want %q", got, err, want)
	}
}

func TestReadRowsErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"bare quote", "name,handle\nAnn,@ann\nBob \"the builder\",@bob\n",
			`Line 3 of the file could not be read: a cell has a quote mark (") in it but does not start with one; put the whole cell in quotes and double the quote marks inside.`},
		{"text after the closing quote", "name,handle\n\"Ann\" Lee,@ann\n",
			"Line 2 of the file could not be read: a quoted cell is not closed, or has text after its closing quote mark."},
		{"quote never closed", "name,handle\n\"Ann,@ann\nBob,@bob\n",
			"Lines 2 to 3 of the file could not be read: a quoted cell is not closed, or has text after its closing quote mark."},
		{"not UTF-8", "name,handle\nAnn,@ann\n\xc8\xe2\xe0\xed,@ivan\n",
			`Line 3 of the file is not UTF-8 text. Save the file as "CSV UTF-8" and try again.`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rows, err := ReadRows(strings.NewReader(tc.in))
			if err == nil || err.Error() != tc.want || rows != nil {
				t.Errorf("ReadRows = %q, %v;\nwant error %q", rows, err, tc.want)
			}
			var pe *csv.ParseError
			if strings.Contains(tc.name, "quote") && !errors.As(err, &pe) {
				t.Errorf("the CSV error is lost: %v", err)
			}
		})
	}
}

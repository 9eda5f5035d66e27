package postcsv

import (
	"reflect"
	"testing"
)

// kairosHeader is the header of Kairos's full CSV export
// (export.PlanCSVHeader).
var kairosHeader = []string{"id", "date", "time", "time_zone", "status", "type", "pillar", "channels",
	"text", "hashtags", "link", "media", "notes", "created", "updated"}

func TestGuessReadsKnownHeaders(t *testing.T) {
	publer := []string{"Date", "Text", "Link(s)", "Media URL(s)", "Title", "Label(s)", "Alt text(s)", "Comment(s)",
		"Board/Album", "Post subtype", "CTA", "Reminder"}
	for _, tc := range []struct {
		name string
		row  []string
		want map[Field]int
	}{
		{"Kairos's full export", kairosHeader, map[Field]int{Date: 1, Time: 2, Status: 4, Type: 5, Pillar: 6,
			Channels: 7, Text: 8, Hashtags: 9, Link: 10, Media: 11, Notes: 12}},
		{"Publer", publer, map[Field]int{Date: 0, Text: 1, Link: 2, Media: 3, Pillar: 5, Notes: 7, Type: 9}},
		{"any case and spacing", []string{"  POST_TEXT ", "Scheduled-At", "Social Profiles:", "Content Pillar*"},
			map[Field]int{Text: 0, Date: 1, Channels: 2, Pillar: 3}},
		{"Greek, accents optional", []string{"ΗΜΕΡΟΜΗΝΙΑ", "Ώρα", "κειμενο", "Κανάλια", "Σημειώσεις"},
			map[Field]int{Date: 0, Time: 1, Text: 2, Channels: 3, Notes: 4}},
		{"Russian", []string{"Дата", "Время", "Текст", "Хэштеги", "Рубрика", "Статус"},
			map[Field]int{Date: 0, Time: 1, Text: 2, Hashtags: 3, Pillar: 4, Status: 5}},
		{"the first of each field wins", []string{"Caption", "Notes", "Text", "Comment"},
			map[Field]int{Text: 0, Notes: 1}},
		{"unknown titles stay unmapped", []string{"Message", "Author", "Approved by"}, map[Field]int{Text: 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := Guess(tc.row)
			if !m.Header {
				t.Error("the header was not recognised")
			}
			if !reflect.DeepEqual(m.Columns, tc.want) {
				t.Errorf("columns %v, want %v", m.Columns, tc.want)
			}
		})
	}
}

func TestGuessPlacesFilesWithoutHeader(t *testing.T) {
	for _, tc := range []struct {
		name string
		row  []string
		want map[Field]int
	}{
		{"Hootsuite: date and time, message, link", []string{"14/03/2027 09:30", "Good morning", "https://olive.travel"},
			map[Field]int{Date: 0, Text: 1, Link: 2}},
		{"Hootsuite without the link column", []string{"03/14/2027 9:30 PM", "Good evening"}, map[Field]int{Date: 0, Text: 1}},
		{"an ISO date first", []string{"2027-03-14", "Hello", "x", "y"}, map[Field]int{Date: 0, Text: 1, Link: 2}},
		{"a list of ideas", []string{"Behind the scenes of the kitchen"}, map[Field]int{Text: 0}},
		{"text first", []string{"Hello", "14/03/2027"}, map[Field]int{Text: 0}},
		{"a lone date is not a post file", []string{"14/03/2027"}, map[Field]int{Text: 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := Guess(tc.row)
			if m.Header {
				t.Error("a post was taken for a header")
			}
			if !reflect.DeepEqual(m.Columns, tc.want) {
				t.Errorf("columns %v, want %v", m.Columns, tc.want)
			}
		})
	}
	if m := Guess(nil); m.Header || len(m.Columns) != 0 {
		t.Errorf("an empty file guessed %+v", m)
	}
}

func TestColumnIsMinusOneWhenUnmapped(t *testing.T) {
	m := Mapping{Columns: map[Field]int{Text: 2, Link: -1}}
	if m.Column(Text) != 2 || m.Column(Link) != -1 || m.Column(Date) != -1 {
		t.Errorf("Column: text %d, link %d, date %d", m.Column(Text), m.Column(Link), m.Column(Date))
	}
}

package draw

import "testing"

func TestGuessMapping(t *testing.T) {
	tests := []struct {
		name string
		row  []string
		want Mapping
	}{
		{"english", []string{"Name", "Handle", "Time"}, Mapping{Name: 0, Handle: 1, Time: 2, Header: true}},
		{"export of Kairos", []string{"name", "handle", "entry_time"}, Mapping{Name: 0, Handle: 1, Time: 2, Header: true}},
		{"other order and words", []string{"Comment", "Created_At", "USERNAME", "Full Name"}, Mapping{Name: 3, Handle: 2, Time: 1, Header: true}},
		{"at sign and timestamp", []string{" @ ", "Timestamp"}, Mapping{Name: -1, Handle: 0, Time: 1, Header: true}},
		{"account, entered at", []string{"Account", "Entered at:", "Display name"}, Mapping{Name: 2, Handle: 0, Time: 1, Header: true}},
		{"profile, commented at", []string{"Profile", "Commented-At"}, Mapping{Name: -1, Handle: 0, Time: 1, Header: true}},
		{"user, date", []string{"user", "date", "text"}, Mapping{Name: -1, Handle: 0, Time: 1, Header: true}},
		{"first of each kind wins", []string{"handle", "username", "date", "time"}, Mapping{Name: -1, Handle: 0, Time: 2, Header: true}},
		{"russian", []string{"Имя", "Ник", "Время"}, Mapping{Name: 0, Handle: 1, Time: 2, Header: true}},
		{"russian date", []string{"ДАТА", "никнейм"}, Mapping{Name: -1, Handle: 1, Time: 0, Header: true}},
		{"greek", []string{"Όνομα", "Χρήστης", "Ημερομηνία"}, Mapping{Name: 0, Handle: 1, Time: 2, Header: true}},
		{"greek capitals without accents", []string{"ΩΡΑ", "ΟΝΟΜΑ ΧΡΗΣΤΗ", "ΟΝΟΜΑ"}, Mapping{Name: 2, Handle: 1, Time: 0, Header: true}},
		{"header without handles", []string{"Name", "Comment", "Date"}, Mapping{Name: 0, Handle: -1, Time: 2, Header: true}},
		{"no header, one column", []string{"@ann"}, Mapping{Name: -1, Handle: 0, Time: -1}},
		{"no header, three columns", []string{"Ann", "@ann", "2025-03-01 10:00"}, Mapping{Name: 0, Handle: 1, Time: 2}},
		{"no header, four columns", []string{"Ann", "@ann", "2025-03-01 10:00", "nice!"}, Mapping{Name: 0, Handle: 1, Time: 2}},
		{"no header, name and handle", []string{"Ann Lee", "@ann"}, Mapping{Name: 0, Handle: 1, Time: -1}},
		{"no header, handle and time", []string{"@ann", "01.03.2025 10:00"}, Mapping{Name: -1, Handle: 0, Time: 1}},
		{"no header, handle and slashed date", []string{"@ann", "01/03/2025"}, Mapping{Name: -1, Handle: 0, Time: 1}},
		{"no header, handle and a number", []string{"@ann", "1"}, Mapping{Name: 0, Handle: 1, Time: -1}},
		{"an entrant called Username is not a header", []string{"@username", "Ann"}, Mapping{Name: 0, Handle: 1, Time: -1}},
		{"empty", nil, Mapping{Name: -1, Handle: 0, Time: -1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := GuessMapping(tc.row); got != tc.want {
				t.Errorf("GuessMapping(%q) = %+v, want %+v", tc.row, got, tc.want)
			}
		})
	}
}

func TestFirstRow(t *testing.T) {
	rows := [][]string{nil, {"", " "}, {"name", "handle"}, {"Ann", "@ann"}}
	if got := FirstRow(rows); len(got) != 2 || got[0] != "name" {
		t.Errorf("FirstRow = %q, want the header", got)
	}
	if got := FirstRow([][]string{nil, {""}}); got != nil {
		t.Errorf("FirstRow of blank rows = %q, want nil", got)
	}
}

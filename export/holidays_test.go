package export

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"kairos/model"
	"kairos/model/holiday"
)

func gb2027(t *testing.T) []holiday.Day {
	t.Helper()
	days, err := holiday.PublicHolidays("GB", "", 2027)
	if err != nil {
		t.Fatal(err)
	}
	return days
}

func TestHolidaysCSV(t *testing.T) {
	days := append(gb2027(t), holiday.Day{
		Key: "fun:world-octopus-day", Kind: holiday.Fun, Date: model.NewDate(2027, 10, 8),
		Name: `Octopus Day, "eight arms"`, Category: "animals", Hashtags: []string{"#WorldOctopusDay", "#Octopus"},
	})
	var buf bytes.Buffer
	if err := HolidaysCSV(&buf, days); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatalf("the CSV does not parse: %v\n%s", err, buf.String())
	}
	want := [][]string{
		{"date", "observed", "name", "native_name", "kind", "category", "hashtags"},
		{"2027-01-01", "2027-01-01", "New Year's Day", "", "public", "bank", "#NewYearsDay"},
		{"2027-03-26", "2027-03-26", "Good Friday", "", "public", "bank", "#GoodFriday"},
		{"2027-03-29", "2027-03-29", "Easter Monday", "", "public", "bank", "#EasterMonday"},
		{"2027-05-03", "2027-05-03", "Early May Bank Holiday", "", "public", "bank", "#EarlyMayBankHoliday"},
		{"2027-05-31", "2027-05-31", "Spring Bank Holiday", "", "public", "bank", "#SpringBankHoliday"},
		{"2027-08-30", "2027-08-30", "Summer Bank Holiday", "", "public", "bank", "#SummerBankHoliday"},
		{"2027-12-25", "2027-12-27", "Christmas Day", "", "public", "bank", "#ChristmasDay"},
		{"2027-12-26", "2027-12-28", "Boxing Day", "", "public", "bank", "#BoxingDay"},
		// no observed date: the day itself; quotes and commas survive
		{"2027-10-08", "2027-10-08", `Octopus Day, "eight arms"`, "", "fun", "animals", "#WorldOctopusDay #Octopus"},
	}
	if !slices.EqualFunc(rows, want, slices.Equal) {
		t.Errorf("CSV rows:\n got %q\nwant %q", rows, want)
	}
}

func TestHolidaysICS(t *testing.T) {
	days := gb2027(t)
	days = append(days, holiday.Day{
		Key: "public:DE:Christmas Day", Kind: holiday.Public,
		Date: model.NewDate(2027, 12, 25), Observed: model.NewDate(2027, 12, 25),
		Name: "Christmas Day", NativeName: "Weihnachtstag",
		Idea: "A long idea, to force folding: thank the customers who stayed with us all year, " +
			"show the team’s Christmas jumpers, and wish everyone calm days — ünïcödé included.",
	})
	stamp := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	var buf bytes.Buffer
	if err := HolidaysICS(&buf, "Kairos: GB public holidays 2027", "Café Olé", days, stamp); err != nil {
		t.Fatal(err)
	}
	out := buf.String()

	if !strings.HasPrefix(out, "BEGIN:VCALENDAR\r\n") || !strings.HasSuffix(out, "END:VCALENDAR\r\n") {
		t.Errorf("not a VCALENDAR:\n%s", out)
	}
	if strings.Count(out, "\n") != strings.Count(out, "\r\n") {
		t.Error("some lines end in a bare LF, not CRLF")
	}
	folded := false
	for _, line := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
		if len(line) > 75 {
			t.Errorf("line of %d octets: %q", len(line), line)
		}
		if strings.HasPrefix(line, " ") {
			folded = true
		}
	}
	if !folded {
		t.Error("the long description was not folded")
	}
	if n := strings.Count(out, "BEGIN:VEVENT\r\n"); n != len(days) {
		t.Errorf("%d VEVENTs, want %d", n, len(days))
	}
	for _, want := range []string{
		"VERSION:2.0\r\n",
		"UID:Café-Olé-public-GB-Christmas-Day-2027@kairosplanner.io\r\n",
		// Christmas is on its date, the Saturday, not on the day off.
		"DTSTART;VALUE=DATE:20271225\r\n",
		"DTEND;VALUE=DATE:20271226\r\n",
		"SUMMARY:Christmas Day\r\n",
		"CATEGORIES:public\r\n",
		"DTSTAMP:20261125T090000Z\r\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("ICS lacks %q", want)
		}
	}

	// A reader that unfolds lines gets every event back whole.
	parsed, err := ics.ParseCalendar(strings.NewReader(out))
	if err != nil {
		t.Fatalf("the ICS does not parse: %v", err)
	}
	events := parsed.Events()
	if len(events) != len(days) {
		t.Fatalf("parsed %d events, want %d", len(events), len(days))
	}
	de := events[len(events)-1]
	desc := de.GetProperty(ics.ComponentPropertyDescription).Value
	if !strings.Contains(ics.FromText(desc), "ünïcödé included.\nLocal name: Weihnachtstag") {
		t.Errorf("description after unfolding = %q", desc)
	}
	start, err := events[6].GetAllDayStartAt()
	if err != nil || model.DateOf(start) != model.NewDate(2027, 12, 25) {
		t.Errorf("Christmas starts %v (%v), want 2027-12-25", start, err)
	}
	if xmas := events[6].GetProperty(ics.ComponentPropertyDescription).Value; !strings.Contains(xmas, "the day off is Monday 2027-12-27") {
		t.Errorf("Christmas description %q does not name the day off", xmas)
	}
	if desc := events[0].GetProperty(ics.ComponentPropertyDescription); desc != nil && strings.Contains(desc.Value, "day off") {
		t.Errorf("New Year's Day, off on its date, has description %q", desc.Value)
	}
}

func TestUIDIsStableAndDistinct(t *testing.T) {
	days, err := holiday.PublicHolidays("US", "", 2027)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, d := range days {
		uid := UID("", d)
		if seen[uid] {
			t.Errorf("UID %s twice", uid)
		}
		seen[uid] = true
	}
	// New Year's Day 2028, observed in 2027, keeps its own year's UID.
	if !seen["public-US-New-Years-Day-2028@kairosplanner.io"] || !seen["public-US-New-Years-Day-2027@kairosplanner.io"] {
		t.Errorf("UIDs %v", seen)
	}
}

// Two clients' exports imported into one calendar must not replace each
// other's events: the scope makes their UIDs differ.
func TestUIDScope(t *testing.T) {
	day := holiday.Day{Key: "fun:world-octopus-day", Kind: holiday.Fun, Date: model.NewDate(2027, 10, 8)}
	a, b := UID("Bakery Ltd", day), UID("gb", day)
	if a != "Bakery-Ltd-fun-world-octopus-day-2027@kairosplanner.io" || b != "gb-fun-world-octopus-day-2027@kairosplanner.io" {
		t.Errorf("UIDs %q and %q", a, b)
	}
	if UID("", day) != "fun-world-octopus-day-2027@kairosplanner.io" || UID(" - ", day) != UID("", day) {
		t.Errorf("without a scope: %q, %q", UID("", day), UID(" - ", day))
	}
}

package holiday

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"kairos/model"
)

func TestObservanceRules(t *testing.T) {
	tests := []struct {
		rule string
		year int
		want string // YYYY-MM-DD, or "" for no date that year
	}{
		// fixed
		{"fixed 10-08", 2027, "2027-10-08"},
		{"fixed 1-5", 2027, "2027-01-05"},
		{"fixed 02-29", 2028, "2028-02-29"},
		{"fixed 02-29", 2027, ""},
		// nth, counted from the start or from the end of the month
		{"nth 2 tue of 02", 2027, "2027-02-09"},
		{"nth 1 fri of 03", 2027, "2027-03-05"},
		{"nth last fri of 07", 2027, "2027-07-30"},
		{"nth last sat of 03", 2027, "2027-03-27"},
		{"nth last sun of 11", 2027, "2027-11-28"},
		{"nth 5 fri of 01", 2027, "2027-01-29"},
		{"nth 5 mon of 02", 2027, ""}, // February 2027 has four Mondays
		{"NTH 2 Tue OF 2", 2027, "2027-02-09"},
		// Western Easter and offsets from it
		{"easter", 2027, "2027-03-28"},
		{"easter +0", 2027, "2027-03-28"},
		{"easter -47", 2027, "2027-02-09"},
		{"easter -21", 2027, "2027-03-07"},
		{"easter +1", 2027, "2027-03-29"},
		{"easter -2", 2028, "2028-04-14"},
		// Orthodox (Julian) Easter
		{"orthodox-easter", 2027, "2027-05-02"},
		{"orthodox-easter", 2026, "2026-04-12"},
		{"orthodox-easter", 2025, "2025-04-20"}, // same day as Western Easter
		{"orthodox-easter -48", 2027, "2027-03-15"},
		{"orthodox-easter -59", 2026, "2026-02-12"},
		// relative to another day: US Thanksgiving + n
		{"nth 4 thu of 11 +1", 2027, "2027-11-26"},
		{"nth 4 thu of 11 +1", 2026, "2026-11-27"},
		{"nth 4 thu of 11 +4", 2027, "2027-11-29"},
		{"nth 1 mon of 09 +6", 2027, "2027-09-12"},
		{"fixed 03-01 -1", 2027, "2027-02-28"},
		{"fixed 03-01 -1", 2028, "2028-02-29"},
		// day of the year
		{"day-of-year 256", 2027, "2027-09-13"},
		{"day-of-year 256", 2028, "2028-09-12"},
		{"day-of-year 1", 2027, "2027-01-01"},
		{"day-of-year 366", 2028, "2028-12-31"},
		{"day-of-year 366", 2027, ""},
		// weekday strictly before or after a date
		{"weekday-before fri 03-20", 2027, "2027-03-19"},
		{"weekday-before fri 03-20", 2026, "2026-03-13"}, // 20 March 2026 is itself a Friday
		{"weekday-before sat 12-25", 2027, "2027-12-18"},
		{"weekday-before fri 03-01", 2028, "2028-02-25"},
		{"weekday-after mon 05-01", 2027, "2027-05-03"},
		{"weekday-after sat 05-01", 2027, "2027-05-08"}, // 1 May 2027 is itself a Saturday
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/%d", tt.rule, tt.year), func(t *testing.T) {
			got, ok := Observance{Rule: tt.rule}.DateIn(tt.year)
			if tt.want == "" {
				if ok {
					t.Fatalf("DateIn(%d) = %s, want no date", tt.year, got)
				}
				return
			}
			if !ok || got.String() != tt.want {
				t.Fatalf("DateIn(%d) = %s, %v; want %s", tt.year, got, ok, tt.want)
			}
		})
	}
}

func TestObservanceRulesRejected(t *testing.T) {
	tests := []struct{ rule, says string }{
		{"", "empty"},
		{"fixed", "fixed MM-DD"},
		{"fixed 13-01", "month \"13\""},
		{"fixed 02-30", "has days 01 to 29"},
		{"fixed 04-31", "has days 01 to 30"},
		{"fixed 1008", "use MM-DD"},
		{"nth 6 mon of 05", "1 to 5 or last"},
		{"nth 0 mon of 05", "1 to 5 or last"},
		{"nth 2 tue 02", "nth N WEEKDAY of MM"},
		{"nth 2 tuesday of 02", "not a weekday"},
		{"nth 2 tue in 02", "expected \"of\""},
		{"nth 2 tue of 13", "month \"13\""},
		{"easter 47", "easter +N"},
		{"easter +x", "offset \"+x\""},
		{"easter +400", "offset \"+400\""},
		{"orthodox-easter 05-02", "orthodox-easter +N"},
		{"day-of-year 0", "1 to 366"},
		{"day-of-year 367", "1 to 366"},
		{"day-of-year", "day-of-year N"},
		{"weekday-before fri", "WEEKDAY MM-DD"},
		{"weekday-before friday 03-20", "not a weekday"},
		{"weekday-after fri 03-32", "not a date"},
		{"lunar 01-01", "not a rule kind"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			_, err := parseObsRule(tt.rule)
			if err == nil || !strings.Contains(err.Error(), tt.says) {
				t.Fatalf("parseObsRule(%q) error = %v, want it to say %q", tt.rule, err, tt.says)
			}
			if _, ok := (Observance{Rule: tt.rule}).DateIn(2027); ok {
				t.Fatalf("DateIn gave a date for the bad rule %q", tt.rule)
			}
		})
	}
}

// entryJSON is a valid data-file entry with the given fields replaced.
func entryJSON(key string, fields ...string) string {
	base := map[string]string{
		"key": fmt.Sprintf("%q", key), "name": `"Octopus Day"`, "rule": `"fixed 10-08"`, "scope": `[]`,
		"category": `"animals"`, "hashtags": `["#WorldOctopusDay"]`, "idea": `"Eight arms, eight jobs."`,
		"set_yearly": `false`,
	}
	for i := 0; i+1 < len(fields); i += 2 {
		base[fields[i]] = fields[i+1]
	}
	var parts []string
	for k, v := range base {
		parts = append(parts, fmt.Sprintf("%q: %s", k, v))
	}
	slices.Sort(parts)
	return "{" + strings.Join(parts, ", ") + "}"
}

func TestParseObservancesReadsAnEntry(t *testing.T) {
	data := "[" + entryJSON("world-octopus-day", "scope", `["GR", "EU"]`, "set_yearly", "true",
		"flags", `["TM"]`, "note", `"A brand name."`, "hashtags", `["#Octopus", "#Χταπόδι", "#Day_1"]`) + "]"
	list, err := ParseObservances([]byte(data))
	if err != nil {
		t.Fatal(err)
	}
	want := Observance{
		Key: "world-octopus-day", Name: "Octopus Day", Rule: "fixed 10-08", Scope: []string{"GR", "EU"},
		Category: "animals", Hashtags: []string{"#Octopus", "#Χταπόδι", "#Day_1"}, Idea: "Eight arms, eight jobs.",
		SetYearly: true, Note: "A brand name.",
	}
	if len(list) != 1 || fmt.Sprint(list[0]) != fmt.Sprint(want) {
		t.Fatalf("ParseObservances = %+v, want [%+v]", list, want)
	}
}

func TestParseObservancesRejectsBadEntries(t *testing.T) {
	tests := []struct {
		name  string
		entry string
		says  []string
	}{
		{"bad rule", entryJSON("bad-rule", "rule", `"nth 9 mon of 05"`), []string{`"bad-rule"`, `rule "nth 9 mon of 05"`, "1 to 5 or last"}},
		{"no hashtags", entryJSON("no-tags", "hashtags", `[]`), []string{`"no-tags"`, "has 0 hashtags"}},
		{"four hashtags", entryJSON("many-tags", "hashtags", `["#a", "#b", "#c", "#d"]`), []string{`"many-tags"`, "has 4 hashtags"}},
		{"hashtag with a hyphen", entryJSON("dash-tag", "hashtags", `["#World-Day"]`), []string{`"dash-tag"`, `hashtag "#World-Day"`}},
		{"hashtag without #", entryJSON("plain-tag", "hashtags", `["WorldDay"]`), []string{`"plain-tag"`, `hashtag "WorldDay"`}},
		{"bare #", entryJSON("bare-tag", "hashtags", `["#"]`), []string{`"bare-tag"`, `hashtag "#"`}},
		{"unknown category", entryJSON("odd-category", "category", `"pop culture"`), []string{`"odd-category"`, `category "pop culture"`}},
		{"empty idea", entryJSON("no-idea", "idea", `"  "`), []string{`"no-idea"`, "idea is empty"}},
		{"long idea", entryJSON("long-idea", "idea", fmt.Sprintf("%q", strings.Repeat("x", 140))), []string{`"long-idea"`, "under 140"}},
		{"UK is not ISO", entryJSON("uk-scope", "scope", `["UK"]`), []string{`"uk-scope"`, `scope "UK"`}},
		{"unknown country", entryJSON("xx-scope", "scope", `["XX"]`), []string{`"xx-scope"`, `scope "XX"`}},
		{"lower-case eu", entryJSON("eu-scope", "scope", `["eu"]`), []string{`"eu-scope"`, `scope "eu"`}},
		{"flag without note", entryJSON("tm-flag", "flags", `["TM"]`), []string{`"tm-flag"`, "flag TM", "needs a note"}},
		{"unknown flag", entryJSON("v-flag", "flags", `["V"]`), []string{`"v-flag"`, `flag "V"`}},
		{"bad key", entryJSON("World Day"), []string{`"World Day"`, "kebab-case"}},
		{"empty name", entryJSON("no-name", "name", `""`), []string{`"no-name"`, "name is empty"}},
		{"duplicate key", entryJSON("twice") + "," + entryJSON("twice"), []string{`observance 3 "twice"`, "already used by observance 2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := "[" + entryJSON("good-one") + "," + tt.entry + "]"
			list, err := ParseObservances([]byte(data))
			if err == nil {
				t.Fatalf("ParseObservances accepted %s: %+v", tt.entry, list)
			}
			for _, s := range tt.says {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not say %q", err, s)
				}
			}
			if strings.Contains(err.Error(), "good-one") {
				t.Errorf("error %q blames the good entry", err)
			}
		})
	}
}

func TestParseObservancesReportsEveryBadEntry(t *testing.T) {
	data := "[" + entryJSON("first-bad", "category", `"nope"`) + "," + entryJSON("fine") + "," +
		entryJSON("second-bad", "rule", `"fixed 02-30"`, "idea", `""`) + "]"
	_, err := ParseObservances([]byte(data))
	if err == nil {
		t.Fatal("bad entries accepted")
	}
	for _, s := range []string{`observance 1 "first-bad": category`, `observance 3 "second-bad": rule`, `observance 3 "second-bad": idea is empty`} {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("error %q does not say %q", err, s)
		}
	}
}

func TestParseObservancesRejectsBadJSON(t *testing.T) {
	for _, data := range []string{`{"key": "not-a-list"}`, `[{"key": "x", "colour": "red"}]`, `[`} {
		if _, err := ParseObservances([]byte(data)); err == nil || !strings.Contains(err.Error(), "not a valid JSON") {
			t.Errorf("ParseObservances(%s) error = %v, want a JSON error", data, err)
		}
	}
}

func TestObservanceAppliesTo(t *testing.T) {
	tests := []struct {
		scope   []string
		country string
		want    bool
	}{
		{nil, "GR", true},
		{nil, "us", true},
		{[]string{"GB"}, "GB", true},
		{[]string{"GB"}, "gb", true},
		{[]string{"GB"}, "US", false},
		{[]string{"US", "CA"}, "CA", true},
		{[]string{"EU"}, "GR", true},
		{[]string{"EU"}, "de", true},
		{[]string{"EU"}, "HR", true},
		{[]string{"EU"}, "GB", false}, // left in 2020
		{[]string{"EU"}, "NO", false},
		{[]string{"EU"}, "RU", false},
		{[]string{"EU"}, "EU", true},
		{[]string{"RU"}, "", false},
		{[]string{"US", "EU"}, "FR", true},
		{[]string{"US", "EU"}, "RU", false},
	}
	for _, tt := range tests {
		if got := (Observance{Scope: tt.scope}).AppliesTo(tt.country); got != tt.want {
			t.Errorf("scope %v AppliesTo(%q) = %v, want %v", tt.scope, tt.country, got, tt.want)
		}
	}
}

func TestObservanceDay(t *testing.T) {
	o := Observance{
		Key: "day-of-the-programmer", Name: "Day of the Programmer", Rule: "day-of-year 256", Scope: []string{"RU"},
		Category: "tech", Hashtags: []string{"#ProgrammersDay"}, Idea: "Thank your developers.", SetYearly: true,
		Note: "A note.",
	}
	got, ok := o.Day(2028)
	if !ok {
		t.Fatal("no Day in 2028")
	}
	sep12 := model.NewDate(2028, 9, 12)
	want := Day{
		Key: "fun:day-of-the-programmer", Kind: Fun, Date: sep12, Observed: sep12, Name: "Day of the Programmer",
		Category: "tech", Hashtags: []string{"#ProgrammersDay"}, Idea: "Thank your developers.", SetYearly: true,
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("Day(2028) = %+v\nwant %+v", got, want)
	}
	got.Hashtags[0] = "#Changed"
	if o.Hashtags[0] != "#ProgrammersDay" {
		t.Error("changing the Day's hashtags changed the observance's")
	}
	if d, ok := (Observance{Key: "leap", Rule: "fixed 02-29"}).Day(2027); ok {
		t.Errorf("Day(2027) for 29 February = %+v, want none", d)
	}
}

// Observance dates, like public holidays, must not move with the machine's
// zone, even where a DST change skips midnight (see midnightSkippingZones).
func TestObservanceDatesDoNotDependOnTheMachineZone(t *testing.T) {
	list := loadObservances(t)
	list = append(list, Observance{Key: "charity", Rule: "fixed 09-05"}, Observance{Key: "after", Rule: "fixed 09-04 +1"},
		Observance{Key: "sunday-after", Rule: "weekday-after sun 09-01"})
	want := map[string]string{}
	for _, o := range list {
		for y := 2024; y <= 2040; y++ {
			d, _ := o.DateIn(y)
			want[fmt.Sprint(o.Key, y)] = d.String()
		}
	}
	for _, zone := range midnightSkippingZones {
		t.Run(zone, func(t *testing.T) {
			inMachineZone(t, zone)
			for _, o := range list {
				for y := 2024; y <= 2040; y++ {
					d, _ := o.DateIn(y)
					if w := want[fmt.Sprint(o.Key, y)]; d.String() != w {
						t.Errorf("%s (%s) in %d: %q in %s, %q in the test's zone", o.Key, o.Rule, y, d, zone, w)
					}
				}
			}
			for _, c := range []struct {
				rule string
				year int
				want string
			}{
				{"fixed 09-05", 2027, "2027-09-05"}, {"fixed 09-06", 2026, "2026-09-06"},
				{"easter", 2027, "2027-03-28"}, {"weekday-after sun 09-01", 2026, "2026-09-06"},
			} {
				if d, _ := (Observance{Rule: c.rule}).DateIn(c.year); d.String() != c.want {
					t.Errorf("%s in %d = %q in %s, want %s", c.rule, c.year, d, zone, c.want)
				}
			}
		})
	}
}

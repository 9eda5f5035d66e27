package contest

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"kairos/model"
)

func problems(t *testing.T, err error) model.Problems {
	t.Helper()
	if err == nil {
		return nil
	}
	var p model.Problems
	if !errors.As(err, &p) {
		t.Fatalf("error %v is not model.Problems", err)
	}
	return p
}

// baseContest is a valid week-long prize draw on Facebook, open to Greece.
func baseContest() Contest {
	athens, _ := time.LoadLocation("Europe/Athens")
	return Contest{
		ID: 7, ClientID: 3, Name: "Summer hamper", Kind: Chance, ChannelIDs: []int64{11},
		Platforms: []model.Platform{model.Facebook},
		Start:     time.Date(2027, 6, 1, 10, 0, 0, 0, athens), End: time.Date(2027, 6, 8, 23, 59, 0, 0, athens),
		Zone:    "Europe/Athens",
		Prize:   Prize{Description: "A hamper of olive oil", Quantity: 1, Value: 6000, Currency: "EUR"},
		Regions: []string{"GR"}, MinAge: 18, RulesLink: "https://olive.example/rules",
		SponsorName: "Olive Travel", SponsorAddress: "1 Harbour St, Chania",
	}
}

func TestContestValidate(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(*Contest)
		field string // "" means valid
		msg   string
	}{
		{"valid", func(*Contest) {}, "", ""},
		{"no name", func(c *Contest) { c.Name = "  " }, "name", "Give the contest a name."},
		{"name of 100 runes", func(c *Contest) { c.Name = strings.Repeat("ä", 100) }, "", ""},
		{"name of 101 runes", func(c *Contest) { c.Name = strings.Repeat("ä", 101) }, "name", "Keep the contest's name to 100 characters or fewer."},
		{"no kind", func(c *Contest) { c.Kind = "" }, "kind", "Choose how winners are picked: by chance, by skill or instant win."},
		{"unknown kind", func(c *Contest) { c.Kind = "raffle" }, "kind", "\"raffle\" is not a kind of contest: choose chance, skill or instant win."},
		{"kind in capitals", func(c *Contest) { c.Kind = " Skill " }, "", ""},
		{"no channels", func(c *Contest) { c.ChannelIDs = nil; c.Platforms = nil }, "channels", "Choose at least one channel the contest runs on."},
		{"no start", func(c *Contest) { c.Start = time.Time{} }, "start", "Enter when the contest starts."},
		{"no end", func(c *Contest) { c.End = time.Time{} }, "end", "Enter when the contest closes."},
		{"end equals start", func(c *Contest) { c.End = c.Start }, "end", "The contest must close after it starts."},
		{"end before start", func(c *Contest) { c.End = c.Start.Add(-time.Minute) }, "end", "The contest must close after it starts."},
		{"no zone", func(c *Contest) { c.Zone = "" }, "zone", "Choose the time zone the rules state the dates in, for example Europe/London."},
		{"unknown zone", func(c *Contest) { c.Zone = "Mars/Olympus" }, "zone", "\"Mars/Olympus\" is not a time zone: use a name such as Europe/London or America/New_York."},
		{"Local zone", func(c *Contest) { c.Zone = "Local" }, "zone", "\"Local\" is not a time zone: use a name such as Europe/London or America/New_York."},
		{"UTC zone", func(c *Contest) { c.Zone = "UTC" }, "", ""},
		{"no prize", func(c *Contest) { c.Prize.Description = "" }, "prize", "Describe the prize."},
		{"no quantity", func(c *Contest) { c.Prize.Quantity = 0 }, "quantity", "There must be at least one prize."},
		{"negative value", func(c *Contest) { c.Prize.Value, c.Prize.Currency = -1, "" }, "value", "The prize's value cannot be negative."},
		{"value without currency", func(c *Contest) { c.Prize.Currency = "" }, "currency", "Give the currency of the prize's value as three letters, for example EUR or USD."},
		{"currency of 4 letters", func(c *Contest) { c.Prize.Currency = "EURO" }, "currency", "Give the currency of the prize's value as three letters, for example EUR or USD."},
		{"currency in lower case", func(c *Contest) { c.Prize.Currency = " usd " }, "", ""},
		{"no value, no currency", func(c *Contest) { c.Prize.Value, c.Prize.Currency = 0, "" }, "", ""},
		{"no value, stray currency", func(c *Contest) { c.Prize.Value, c.Prize.Currency = 0, "E1" }, "currency", "Give the currency of the prize's value as three letters, for example EUR or USD."},
		{"no regions", func(c *Contest) { c.Regions = []string{" "} }, "regions", "Choose at least one country where people may enter, or EU for every member state."},
		{"unknown region", func(c *Contest) { c.Regions = []string{"GR", "XX"} }, "regions", "\"XX\" is not a country code: use the two-letter ISO code, for example US, GB or DE, or EU for every member state."},
		{"three-letter region", func(c *Contest) { c.Regions = []string{"GRC"} }, "regions", "\"GRC\" is not a country code: use the two-letter ISO code, for example US, GB or DE, or EU for every member state."},
		{"EU region", func(c *Contest) { c.Regions = []string{"eu", "us"} }, "", ""},
		{"UK becomes GB", func(c *Contest) { c.Regions = []string{"uk"} }, "", ""},
		{"age below 0", func(c *Contest) { c.MinAge = -1 }, "min_age", "The minimum age must be between 0 and 99."},
		{"age 100", func(c *Contest) { c.MinAge = 100 }, "min_age", "The minimum age must be between 0 and 99."},
		{"age 12 on Facebook", func(c *Contest) { c.MinAge = 12 }, "min_age", "Entrants on Facebook must be at least 13: set the minimum age to 13 or more."},
		{"age 0 on Facebook and Instagram", func(c *Contest) {
			c.MinAge, c.Platforms = 0, []model.Platform{model.Instagram, model.Facebook}
		}, "min_age", "Entrants on Facebook and Instagram must be at least 13: set the minimum age to 13 or more."},
		{"age 13 on Instagram", func(c *Contest) { c.MinAge, c.Platforms = 13, []model.Platform{model.Instagram} }, "", ""},
		{"age 0 on VK", func(c *Contest) { c.MinAge, c.Platforms = 0, []model.Platform{model.VK} }, "", ""},
		{"no rules link", func(c *Contest) { c.RulesLink = "" }, "", ""},
		{"rules link without scheme", func(c *Contest) { c.RulesLink = "olive.example/rules" }, "rules_link", "The rules link must be a web address starting with http:// or https://."},
		{"rules link ftp", func(c *Contest) { c.RulesLink = "ftp://olive.example/rules" }, "rules_link", "The rules link must be a web address starting with http:// or https://."},
		{"no sponsor name", func(c *Contest) { c.SponsorName = "\t" }, "sponsor_name", "Give the sponsor's name: the rules must say who runs the contest."},
		{"no sponsor address", func(c *Contest) { c.SponsorAddress = "" }, "sponsor_address", "Give the sponsor's address: the rules must say where entrants can reach them."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := baseContest()
			tc.edit(&c)
			c.Normalize()
			p := problems(t, c.Validate())
			if tc.field == "" {
				if p != nil {
					t.Fatalf("Validate = %v, want nil", p)
				}
				return
			}
			if len(p) != 1 || p.For(tc.field) != tc.msg {
				t.Fatalf("Validate = %#v, want only %s: %q", p, tc.field, tc.msg)
			}
		})
	}
}

func TestEmptyContestReportsEveryField(t *testing.T) {
	p := problems(t, Contest{}.Validate())
	var fields []string
	for _, e := range p {
		fields = append(fields, e.Field)
	}
	want := []string{"name", "kind", "channels", "start", "end", "zone", "prize", "quantity", "regions", "sponsor_name", "sponsor_address"}
	if !reflect.DeepEqual(fields, want) {
		t.Fatalf("fields %v, want %v", fields, want)
	}
}

func TestContestNormalize(t *testing.T) {
	c := Contest{
		Name: "  Hamper  ", Kind: " Chance ", Status: " Ready", Zone: " Europe/Athens ",
		Prize:      Prize{Description: " Oil ", Currency: " eur "},
		ChannelIDs: []int64{3, 1, 3, 1},
		Platforms:  []model.Platform{model.Facebook, model.Facebook},
		Regions:    []string{" gr", "GR", "", "uk", "Gb", "eu"},
		RulesLink:  " https://x.example ", SponsorName: " Olive ", SponsorAddress: " Chania ",
	}
	c.Normalize()
	want := Contest{
		Name: "Hamper", Kind: Chance, Status: Ready, Zone: "Europe/Athens",
		Prize:      Prize{Description: "Oil", Currency: "EUR"},
		ChannelIDs: []int64{3, 1},
		Platforms:  []model.Platform{model.Facebook},
		Regions:    []string{"GR", "GB", "EU"},
		RulesLink:  "https://x.example", SponsorName: "Olive", SponsorAddress: "Chania",
	}
	if !reflect.DeepEqual(c, want) {
		t.Fatalf("Normalize =\n%#v\nwant\n%#v", c, want)
	}
}

func TestKindsAndLabels(t *testing.T) {
	labels := map[Kind]string{Chance: "Chance (sweepstakes, prize draw)", Skill: "Skill (judged)", InstantWin: "Instant win"}
	for _, k := range Kinds() {
		if !k.Valid() || k.Label().String() != labels[k] {
			t.Errorf("%q: valid %v, label %q", k, k.Valid(), k.Label())
		}
	}
	if Kind("raffle").Valid() || Kind("").Valid() {
		t.Error("unknown kinds are valid")
	}
	if !Chance.ByChance() || !InstantWin.ByChance() || Skill.ByChance() {
		t.Error("ByChance is wrong")
	}
	keyLabels := map[KeyKind]string{Announcement: "Announcement", Reminder: "Reminder", LastCall: "Last call", Winners: "Winner announcement"}
	for _, k := range KeyKinds() {
		if !k.Valid() || k.Label().String() != keyLabels[k] {
			t.Errorf("%q: valid %v, label %q", k, k.Valid(), k.Label())
		}
	}
	if KeyKind("teaser").Valid() {
		t.Error("unknown key kind is valid")
	}
	if !Planning.Valid() || !Ready.Valid() || Status("done").Valid() || Status("").Valid() {
		t.Error("Status.Valid is wrong")
	}
}

func TestLocation(t *testing.T) {
	for zone, want := range map[string]string{"Europe/London": "Europe/London", "": "UTC", "Nowhere/Town": "UTC", "Local": "UTC"} {
		if got := (Contest{Zone: zone}).Location().String(); got != want {
			t.Errorf("Location(%q) = %s, want %s", zone, got, want)
		}
	}
}

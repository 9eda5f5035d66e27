package contest

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"kairos/model"
)

func TestKeyPostFields(t *testing.T) {
	c := baseContest()
	c.ChannelIDs = []int64{11, 12}
	c.Platforms = both
	ny := zone(t, "America/New_York")
	for _, k := range KeyDates(c) {
		p := KeyPost(c, k, ny)
		at := k.At.In(ny)
		if p.ClientID != 3 || !reflect.DeepEqual(p.ChannelIDs, []int64{11, 12}) || p.Status != model.Draft ||
			p.Pillar != "contest" || p.Link != c.RulesLink || p.ID != 0 {
			t.Errorf("%s: %+v", k.Kind, p)
		}
		if p.Date != model.DateOf(at) || p.Time != model.At(at.Hour(), at.Minute()) {
			t.Errorf("%s: %v %v, want %v in New York", k.Kind, p.Date, p.Time, at)
		}
		wantType := model.Text
		if k.Kind == Announcement || k.Kind == Winners {
			wantType = model.Photo
		}
		if p.Type != wantType {
			t.Errorf("%s: type %s, want %s", k.Kind, p.Type, wantType)
		}
		if !reflect.DeepEqual(p.Hashtags, []string{"#contest", "#giveaway"}) {
			t.Errorf("%s: hashtags %v", k.Kind, p.Hashtags)
		}
		// A valid draft for the client's channels.
		channels := []model.Channel{{ID: 11, ClientID: 3, Platform: model.Facebook}, {ID: 12, ClientID: 3, Platform: model.Instagram}}
		p.Normalize()
		if err := p.Validate(channels); err != nil {
			t.Errorf("%s: the post does not validate: %v", k.Kind, err)
		}
	}
	// The first key date of the base contest is 10:00 Athens, 03:00 New York.
	first := KeyPost(c, KeyDates(c)[0], ny)
	if first.Date != model.NewDate(2027, 6, 1) || first.Time != model.At(3, 0) {
		t.Errorf("announcement at %v %v", first.Date, first.Time)
	}
	first.ChannelIDs[0] = 99
	if c.ChannelIDs[0] != 11 {
		t.Error("the post shares its channel list with the contest")
	}
	if p := KeyPost(c, KeyDate{Announcement, c.Start}, nil); p.Time != model.At(7, 0) {
		t.Errorf("nil zone should be UTC: %v", p.Time)
	}
}

func TestKeyPostText(t *testing.T) {
	tests := []struct {
		name      string
		edit      func(*Contest)
		kind      KeyKind
		with, not []string
	}{
		{"announcement of a draw", func(*Contest) {}, Announcement, []string{
			"GIVEAWAY: Summer hamper", "Win a hamper of olive oil! Comment below to enter.", "Closes 8 June 2027 at 23:59 EEST.",
			"Open to residents of Greece aged 18 or over.", "No purchase necessary.", "Full rules: https://olive.example/rules",
			"This giveaway is not sponsored, endorsed or administered by, or associated with Facebook.",
		}, []string{"Instagram"}},
		{"reminder of a skill contest", func(c *Contest) { c.Kind = Skill }, Reminder, []string{
			"There is still time to enter Summer hamper!", "The best entry wins a hamper of olive oil! Comment below with your entry.", "Closes 8 June",
		}, []string{"No purchase necessary."}},
		{"last call for three prizes on both Meta platforms", func(c *Contest) { c.Prize.Quantity, c.Platforms = 3, both }, LastCall, []string{
			"Last call: Summer hamper closes soon!", "3 winners will each get a hamper of olive oil!",
			"associated with Facebook or Instagram.",
		}, nil},
		{"winner of a draw in the UK", func(c *Contest) { c.Regions = []string{"GB"} }, Winners, []string{
			"Summer hamper has closed.", "The winner of a hamper of olive oil has been drawn", "The winner's surname and county are available on request.",
			"Full rules:",
		}, []string{"Closes", "No purchase", "Comment below"}},
		{"winners of a judged contest", func(c *Contest) { c.Kind, c.Prize.Quantity = Skill, 2 }, Winners, []string{
			"The judges have chosen the 2 winners of a hamper of olive oil",
		}, []string{"surname"}},
		{"VK only, many regions, no age", func(c *Contest) {
			c.Platforms, c.Regions, c.MinAge = vk, []string{"RU", "BY", "KZ", "AM"}, 0
		}, Announcement, []string{"Open to residents of the countries listed in the rules."}, []string{"Facebook", "aged"}},
		{"US, UK and the EU", func(c *Contest) { c.Regions = []string{"US", "GB", "EU"} }, Announcement,
			[]string{"Open to residents of the United States, the United Kingdom and the EU aged 18 or over."}, nil},
		{"zone without an abbreviation", func(c *Contest) {
			dubai := zone(t, "Asia/Dubai")
			c.Zone, c.End = "Asia/Dubai", time.Date(2027, 6, 8, 20, 0, 0, 0, dubai)
		}, Announcement, []string{"Closes 8 June 2027 at 20:00 UTC+04."}, nil},
		{"brand names keep capitals", func(c *Contest) { c.Prize.Description = "Olive Box deluxe." }, Announcement,
			[]string{"Win Olive Box deluxe!"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := baseContest()
			tc.edit(&c)
			var p model.Post
			for _, k := range KeyDates(c) {
				if k.Kind == tc.kind {
					p = KeyPost(c, k, c.Location())
				}
			}
			for _, s := range tc.with {
				if !strings.Contains(p.Text, s) {
					t.Errorf("text lacks %q:\n%s", s, p.Text)
				}
			}
			for _, s := range tc.not {
				if strings.Contains(p.Text, s) {
					t.Errorf("text has %q:\n%s", s, p.Text)
				}
			}
		})
	}
}

func TestKeyPostHashtags(t *testing.T) {
	tests := []struct {
		kind    Kind
		regions []string
		want    []string
	}{
		{Chance, []string{"US"}, []string{"#contest", "#giveaway", "#sweepstakes"}},
		{InstantWin, []string{"US", "GB"}, []string{"#contest", "#giveaway", "#sweepstakes"}},
		{Skill, []string{"US"}, []string{"#contest", "#giveaway"}},
		{Chance, []string{"GB"}, []string{"#contest", "#giveaway"}},
	}
	for _, tc := range tests {
		c := baseContest()
		c.Kind, c.Regions = tc.kind, tc.regions
		if got := KeyPost(c, KeyDates(c)[0], nil).Hashtags; !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s in %v: %v, want %v", tc.kind, tc.regions, got, tc.want)
		}
	}
}

// The generated posts must pass the checks they exist to satisfy.
func TestKeyPostsBreakNoRule(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Contest)
	}{
		{"Facebook draw in Greece", func(*Contest) {}},
		{"Facebook and Instagram draw in the US, UK and Germany", func(c *Contest) {
			c.Platforms, c.Regions, c.Zone = both, []string{"US", "GB", "DE"}, "America/New_York"
		}},
		{"Instagram skill contest in the US", func(c *Contest) { c.Kind, c.Platforms, c.Regions = Skill, ig, []string{"US"} }},
		{"instant win in the UK, short", func(c *Contest) {
			c.Kind, c.Regions, c.Zone = InstantWin, []string{"GB"}, "Europe/London"
			c.End = c.Start.Add(5 * time.Hour)
		}},
		{"VK draw in Russia", func(c *Contest) { c.Platforms, c.Regions, c.Zone, c.MinAge = vk, []string{"RU"}, "Europe/Moscow", 0 }},
		{"EU-wide draw on every platform", func(c *Contest) {
			c.Platforms, c.Regions, c.Prize.Quantity = []model.Platform{model.Facebook, model.Instagram, model.VK, model.X}, []string{"EU"}, 5
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := baseContest()
			tc.edit(&c)
			c.Normalize()
			if err := c.Validate(); err != nil {
				t.Fatalf("the contest is not valid: %v", err)
			}
			dates := KeyDates(c)
			if len(dates) < 3 {
				t.Fatalf("only %d key dates", len(dates))
			}
			for _, k := range dates {
				p := KeyPost(c, k, time.UTC)
				if w := CheckKeyPost(c, p, c.Platforms, k.Kind); len(w) != 0 {
					t.Errorf("%s post warns %v:\n%s", k.Kind, w, p.FullText())
				}
			}
		})
	}
}

func TestKeyPostWithoutRulesLinkOnlyAsksForIt(t *testing.T) {
	c := baseContest()
	c.RulesLink = ""
	for _, k := range KeyDates(c) {
		p := KeyPost(c, k, nil)
		if strings.Contains(p.Text, "Full rules") || p.Link != "" {
			t.Errorf("%s: rules line without a link:\n%s", k.Kind, p.Text)
		}
		if got := rulesOf(t, CheckKeyPost(c, p, c.Platforms, k.Kind)); !reflect.DeepEqual(got, []string{"rules-link"}) {
			t.Errorf("%s: %v, want only rules-link", k.Kind, got)
		}
	}
}

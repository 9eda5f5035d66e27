package sample

import (
	"reflect"
	"slices"
	"testing"
	"time"

	"kairos/model"
)

// todays are the dates the tests plan around: a normal day, a month end, a
// year end, midsummer and a leap day.
var todays = []model.Date{
	model.NewDate(2026, time.November, 25),
	model.NewDate(2027, time.February, 28),
	model.NewDate(2028, time.December, 31),
	model.NewDate(2027, time.June, 15),
	model.NewDate(2028, time.February, 29),
}

// stored returns the bundle's channels and post i as storage would save
// them: client 1, channel IDs index+1.
func stored(b model.ClientBundle, i int) ([]model.Channel, model.Post) {
	channels := make([]model.Channel, len(b.Channels))
	for j, ch := range b.Channels {
		ch.ID, ch.ClientID = int64(j+1), 1
		channels[j] = ch
	}
	bp := b.Posts[i]
	p := bp.Post
	p.ClientID = 1
	p.ChannelIDs = nil
	for _, j := range bp.Channels {
		p.ChannelIDs = append(p.ChannelIDs, int64(j+1))
	}
	return channels, p
}

func TestEverythingValidates(t *testing.T) {
	for _, today := range todays {
		t.Run(today.String(), func(t *testing.T) {
			ws := Workspace(today)
			if len(ws.Clients) != 3 {
				t.Fatalf("got %d clients, want 3", len(ws.Clients))
			}
			for _, b := range ws.Clients {
				c := b.Client
				c.Normalize()
				if c != b.Client {
					t.Errorf("client %q changes when normalized: %+v", b.Client.Name, c)
				}
				if err := c.Validate(); err != nil {
					t.Errorf("client %q: %v", c.Name, err)
				}
				if n := len(b.Channels); n < 2 || n > 4 {
					t.Errorf("client %q has %d channels, want 2-4", c.Name, n)
				}
				for _, ch := range b.Channels {
					n := ch
					n.Normalize()
					if n != ch {
						t.Errorf("channel %q changes when normalized", ch.Handle)
					}
					if err := n.Validate(); err != nil {
						t.Errorf("channel %q: %v", ch.Label(), err)
					}
				}
				for i := range b.Posts {
					channels, p := stored(b, i)
					before := p
					p.Normalize()
					if !reflect.DeepEqual(p, before) {
						t.Errorf("%s post %d (%q) changes when normalized", c.Name, i, p.Summary(30))
					}
					if err := p.Validate(channels); err != nil {
						t.Errorf("%s post %d %s (%q): %v", c.Name, i, p.Date, p.Summary(30), err)
					}
				}
			}
		})
	}
}

// TestEveryDayValidates guards against a date that only breaks on some
// weekday or month boundary: a whole year of todays.
func TestEveryDayValidates(t *testing.T) {
	start := model.NewDate(2027, time.January, 1)
	for d := 0; d < 366; d++ {
		today := start.AddDays(d)
		for _, b := range Workspace(today).Clients {
			for i := range b.Posts {
				channels, p := stored(b, i)
				p.Normalize()
				if err := p.Validate(channels); err != nil {
					t.Fatalf("today %s, %s post %d: %v", today, b.Client.Name, i, err)
				}
			}
		}
	}
}

// Drafts are validated leniently, but a draft that is too long for its
// channels would fail the moment the user schedules it.
func TestTextsFitTheirChannels(t *testing.T) {
	for _, b := range Workspace(todays[0]).Clients {
		for _, bp := range b.Posts {
			var selected []model.Channel
			for _, j := range bp.Channels {
				selected = append(selected, b.Channels[j])
			}
			if ch, ok := model.StrictestChannel(selected); ok && bp.Post.Length() > ch.Limit() {
				t.Errorf("%s: %q is %d characters, %s allows %d",
					b.Client.Name, bp.Post.Summary(30), bp.Post.Length(), ch.Label(), ch.Limit())
			}
		}
	}
}

func TestChannelIndexes(t *testing.T) {
	for _, today := range todays {
		for _, b := range Workspace(today).Clients {
			for _, bp := range b.Posts {
				for k, j := range bp.Channels {
					if j < 0 || j >= len(b.Channels) {
						t.Errorf("%s %q: channel index %d out of range [0,%d)", b.Client.Name, bp.Post.Summary(30), j, len(b.Channels))
					}
					if slices.Contains(bp.Channels[:k], j) {
						t.Errorf("%s %q: channel index %d repeated", b.Client.Name, bp.Post.Summary(30), j)
					}
				}
				if bp.Post.Status != model.Idea && len(bp.Channels) == 0 {
					t.Errorf("%s %q: a dated post without channels", b.Client.Name, bp.Post.Summary(30))
				}
			}
		}
	}
}

func TestDatesAndStatuses(t *testing.T) {
	for _, today := range todays {
		t.Run(today.String(), func(t *testing.T) {
			var timed, dated, past, pastPublished int
			futureStatus := map[model.Status]int{}
			for _, b := range Workspace(today).Clients {
				for _, bp := range b.Posts {
					p := bp.Post
					what := b.Client.Name + " " + p.Date.String() + " " + p.Summary(30)
					if p.Status == model.Idea {
						if !p.Date.IsZero() || p.Time != model.NoClock {
							t.Errorf("%s: an idea with date %q time %q", what, p.Date, p.Time)
						}
						continue
					}
					if p.Date.IsZero() {
						t.Errorf("%s: a %s post without a date", what, p.Status)
						continue
					}
					dated++
					if off := today.DaysUntil(p.Date); off < -35 || off > 35 {
						t.Errorf("%s: %d days from today, want within 35", what, off)
					}
					if p.Date.Before(today) {
						past++
						if p.Status == model.Scheduled {
							t.Errorf("%s: scheduled in the past", what)
						}
						if p.Status == model.Published {
							pastPublished++
						}
					} else {
						if p.Status == model.Published {
							t.Errorf("%s: published in the future", what)
						}
						futureStatus[p.Status]++
					}
					if p.Time != model.NoClock {
						timed++
						if p.Time < model.At(8, 0) || p.Time > model.At(20, 30) || p.Time.Minute()%15 != 0 {
							t.Errorf("%s: time %s, want 08:00-20:30 in 15-minute steps", what, p.Time)
						}
					}
				}
			}
			if timed*4 < dated*3 || timed == dated {
				t.Errorf("%d of %d dated posts have a time; want most but not all", timed, dated)
			}
			if pastPublished*4 < past*3 {
				t.Errorf("%d of %d past posts are published; want most", pastPublished, past)
			}
			if futureStatus[model.Scheduled] == 0 || futureStatus[model.Draft] == 0 {
				t.Errorf("future statuses %v; want both scheduled and draft", futureStatus)
			}
		})
	}
}

func TestContentMix(t *testing.T) {
	for _, today := range todays {
		t.Run(today.String(), func(t *testing.T) {
			types := map[model.ContentType]int{}
			dated := 0
			for _, b := range Workspace(today).Clients {
				ideas := 0
				pillars := map[string]bool{}
				for _, bp := range b.Posts {
					pillars[bp.Post.Pillar] = true
					if bp.Post.Status == model.Idea {
						ideas++
						continue
					}
					dated++
					types[bp.Post.Type]++
				}
				if ideas < 5 || ideas > 8 {
					t.Errorf("%s has %d ideas, want 5-8", b.Client.Name, ideas)
				}
				if len(pillars) < 3 || pillars[""] {
					t.Errorf("%s pillars %v; want at least 3, none empty", b.Client.Name, pillars)
				}
			}
			if dated < 60 || dated > 110 {
				t.Errorf("%d dated posts, want 60-110", dated)
			}
			for _, ct := range model.ContentTypes() {
				if types[ct] == 0 {
					t.Errorf("no dated %s post", ct)
				}
				if types[ct]*100 > dated*35 {
					t.Errorf("%d of %d dated posts are %s, want at most 35%%", types[ct], dated, ct)
				}
			}
		})
	}
}

func TestClients(t *testing.T) {
	want := []struct{ country, zone string }{
		{"GR", "Europe/Athens"},
		{"GB", "Europe/London"},
		{"RU", "Europe/Moscow"},
	}
	ws := Workspace(todays[0])
	if len(ws.Clients) != len(want) {
		t.Fatalf("got %d clients, want %d", len(ws.Clients), len(want))
	}
	colors := map[string]bool{}
	for i, w := range want {
		c := ws.Clients[i].Client
		if c.Country != w.country || c.TimeZone != w.zone {
			t.Errorf("client %d %q is %s %s, want %s %s", i, c.Name, c.Country, c.TimeZone, w.country, w.zone)
		}
		if !slices.Contains(model.ClientColors, c.Color) || colors[c.Color] {
			t.Errorf("client %q colour %s: want a distinct colour from model.ClientColors", c.Name, c.Color)
		}
		colors[c.Color] = true
		if c.Notes == "" {
			t.Errorf("client %q has no notes", c.Name)
		}
	}
}

func TestDeterministic(t *testing.T) {
	for _, today := range todays {
		a, b := Workspace(today), Workspace(today)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s: two calls give different workspaces", today)
		}
	}
}

// Posts made from the same template must not share slices, or editing the
// hashtags of one post in the UI would silently edit another.
func TestPostsShareNoSlices(t *testing.T) {
	ws := Workspace(todays[0])
	seen := map[*string]bool{}
	seenIdx := map[*int]bool{}
	for _, b := range ws.Clients {
		for _, bp := range b.Posts {
			for _, s := range [][]string{bp.Post.Hashtags, bp.Post.Media} {
				if len(s) > 0 {
					if seen[&s[0]] {
						t.Errorf("%q shares a slice with another post", bp.Post.Summary(30))
					}
					seen[&s[0]] = true
				}
			}
			if len(bp.Channels) > 0 {
				if seenIdx[&bp.Channels[0]] {
					t.Errorf("%q shares its channel indexes with another post", bp.Post.Summary(30))
				}
				seenIdx[&bp.Channels[0]] = true
			}
		}
	}
}

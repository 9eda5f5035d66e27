package contest

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"kairos/model"
)

func TestRewordPostFollowsTheContestsFacts(t *testing.T) {
	old := baseContest()
	athens := old.Location()
	updated := old
	updated.End = time.Date(2027, 6, 5, 20, 0, 0, 0, athens)
	updated.Name = "Midsummer hamper"
	updated.RulesLink = "https://olive.example/rules-v2"
	updated.Prize.Quantity = 3
	updated.Regions = []string{"GR", "CY"}
	updated.Platforms = both
	own := "\nMy own words about the Summer hamper stay, and so do https://olive.example/rules-2023 and 8 June."
	for _, k := range KeyDates(old) {
		p := KeyPost(old, k, athens)
		p.Text += own // the user's edit
		got := RewordPost(p, old, updated)
		fresh := KeyPost(updated, KeyDate{k.Kind, k.At}, athens)
		if want := fresh.Text + own; got.Text != want {
			t.Errorf("%s: reworded to\n%s\nwant\n%s", k.Kind, got.Text, want)
		}
		if got.Link != updated.RulesLink || got.Date != p.Date || got.Time != p.Time || got.Status != p.Status {
			t.Errorf("%s: %+v", k.Kind, got)
		}
		// As storage does it: moved and reworded, the post breaks no rule.
		followed := RewordPost(ShiftPost(p, k.Kind, old, updated, athens), old, updated)
		if w := CheckKeyPostIn(updated, followed, both, k.Kind, athens); len(w) != 0 {
			t.Errorf("%s: the moved and reworded post breaks rules: %+v", k.Kind, w)
		}
		p.Status = model.Published
		if again := RewordPost(p, old, updated); !reflect.DeepEqual(again, p) {
			t.Errorf("%s: a published post was reworded", k.Kind)
		}
	}
}

func TestRewordPostTouchesOnlyWhatChanged(t *testing.T) {
	old := baseContest()
	athens := old.Location()
	p := KeyPost(old, KeyDates(old)[0], athens)
	p.Text = "GIVEAWAY: Summer hamper 🎉\n\nWin a hamper of olive oil! Tell us your favourite dish.\nEnds 8 June at midnight.\nFull rules: https://olive.example/rules"
	p.Hashtags = []string{"#olives", "#giveaway"}

	// Only the end moved: the words carry no closing() phrase, so nothing
	// changes (closing-date will flag "8 June" instead).
	moved := old
	moved.End = old.End.AddDate(0, 0, 2)
	if got := RewordPost(p, old, moved); !reflect.DeepEqual(got, p) {
		t.Errorf("a move changed the user's own words:\n%s", got.Text)
	}

	// The name and the link: the headline the user extended still starts
	// with the generated phrase.
	renamed := old
	renamed.Name, renamed.RulesLink = "Olive week", "https://olive.example/rules-2"
	got := RewordPost(p, old, renamed)
	want := "GIVEAWAY: Olive week 🎉\n\nWin a hamper of olive oil! Tell us your favourite dish.\nEnds 8 June at midnight.\nFull rules: https://olive.example/rules-2"
	if got.Text != want || got.Link != renamed.RulesLink {
		t.Errorf("renamed to\n%s\nlink %s", got.Text, got.Link)
	}
	if !slices.Equal(got.Hashtags, p.Hashtags) {
		t.Errorf("the user's hashtags changed: %v", got.Hashtags)
	}

	// The rules link dropped: its generated line goes, the post's link too.
	unlinked := old
	unlinked.RulesLink = ""
	if got := RewordPost(p, old, unlinked); strings.Contains(got.Text, "Full rules") || got.Link != "" {
		t.Errorf("without a rules link: %q, link %q", got.Text, got.Link)
	}

	// Opened to the US: KeyPost's hashtags follow, the user's would not.
	us := old
	us.Regions = []string{"US"}
	p2 := KeyPost(old, KeyDates(old)[0], athens)
	if got := RewordPost(p2, old, us); !slices.Equal(got.Hashtags, keyHashtags(us)) {
		t.Errorf("hashtags %v, want %v", got.Hashtags, keyHashtags(us))
	}

	// A contest without a link gains one: the linkless post links to it.
	p3 := KeyPost(unlinked, KeyDates(unlinked)[0], athens)
	if got := RewordPost(p3, unlinked, old); got.Link != old.RulesLink {
		t.Errorf("link %q, want %q", got.Link, old.RulesLink)
	}
	// A post linking elsewhere keeps its link.
	p3.Link = "https://olive.example/shop"
	if got := RewordPost(p3, unlinked, old); got.Link != p3.Link {
		t.Errorf("the post's own link became %q", got.Link)
	}
}

func TestCheckKeyPostInFlagsPostsOutsideTheContest(t *testing.T) {
	c := baseContest() // 1 June 10:00 to 8 June 23:59, Athens
	athens, ny := c.Location(), zone(t, "America/New_York")
	at := func(d int, clock model.Clock) model.Post {
		p := linked("Comment to enter!")
		p.Date, p.Time = model.NewDate(2027, 6, d), clock
		return p
	}
	midnight := c
	midnight.End = time.Date(2027, 6, 9, 0, 0, 0, 0, athens)
	tests := []struct {
		name string
		c    Contest
		p    model.Post
		kind KeyKind
		zone *time.Location
		want []string
	}{
		{"announcement at the start", c, at(1, model.At(10, 0)), Announcement, athens, nil},
		{"announcement before the start", c, at(1, model.At(9, 59)), Announcement, athens, []string{"key-date.outside"}},
		{"announcement all day on the opening day", c, at(1, model.NoClock), Announcement, athens, nil},
		{"announcement all day the day before", c, model.Post{Text: "Comment to enter!", Link: c.RulesLink, Date: model.NewDate(2027, 5, 31)}, Announcement, athens, []string{"key-date.outside"}},
		{"reminder inside", c, at(5, model.At(10, 0)), Reminder, athens, nil},
		{"reminder after the close", c, at(9, model.At(10, 0)), Reminder, athens, []string{"key-date.outside"}},
		{"reminder all day after the close", c, at(9, model.NoClock), Reminder, athens, []string{"key-date.outside"}},
		{"last call at the close", c, at(8, model.At(23, 59)), LastCall, athens, []string{"key-date.outside"}},
		{"last call a minute before", c, at(8, model.At(23, 58)), LastCall, athens, nil},
		{"last call on the closing day, all day", c, at(8, model.NoClock), LastCall, athens, nil},
		{"last call all day on the day a midnight close begins", midnight, at(9, model.NoClock), LastCall, athens, []string{"key-date.outside"}},
		{"last call all day before a midnight close", midnight, at(8, model.NoClock), LastCall, athens, nil},
		{"winners before the close", c, at(8, model.At(12, 0)), Winners, athens, []string{"key-date.outside"}},
		{"winners after the close", c, at(9, model.At(12, 0)), Winners, athens, nil},
		{"winners all day on the closing day", c, at(8, model.NoClock), Winners, athens, nil},
		{"winners all day before the closing day", c, at(7, model.NoClock), Winners, athens, []string{"key-date.outside"}},
		// 8 June 23:59 Athens is 16:59 in New York.
		{"last call read in the post's zone", c, at(8, model.At(17, 0)), LastCall, ny, []string{"key-date.outside"}},
		{"last call read in the post's zone, just inside", c, at(8, model.At(16, 58)), LastCall, ny, nil},
		{"winners read in the post's zone", c, at(8, model.At(17, 0)), Winners, ny, nil},
		{"nil zone is UTC", c, at(8, model.At(20, 59)), LastCall, nil, []string{"key-date.outside"}},
	}
	for _, tc := range tests {
		got := rulesOf(t, CheckKeyPostIn(tc.c, tc.p, vk, tc.kind, tc.zone))
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}

	// The messages say which way and when.
	for _, tc := range []struct {
		p    model.Post
		kind KeyKind
		msg  string
	}{
		{at(9, model.At(10, 0)), Reminder, "This reminder is dated after the contest closes (2027-06-08 at 23:59 EEST): move it or the contest."},
		{at(1, model.At(9, 0)), Announcement, "This announcement is dated before the contest opens (2027-06-01 at 10:00 EEST): move it or the contest."},
		{at(8, model.At(12, 0)), Winners, "This winner announcement is dated before the contest closes (2027-06-08 at 23:59 EEST): move it or the contest."},
	} {
		w := CheckKeyPostIn(c, tc.p, vk, tc.kind, athens)
		if len(w) != 1 || w[0].Message.String() != tc.msg {
			t.Errorf("%s: %+v, want %q", tc.kind, w, tc.msg)
			continue
		}
		// The day goes in as a date, so the interface writes it its way.
		if _, ok := w[0].Message.Args["Date"].(model.Date); !ok {
			t.Errorf("%s: the date is a %T, want a model.Date", tc.kind, w[0].Message.Args["Date"])
		}
	}

	// Undated posts, and contests without both dates, are not checked.
	undated := linked("Comment to enter!")
	noEnd := c
	noEnd.End = time.Time{}
	if w := CheckKeyPostIn(c, undated, vk, Reminder, athens); len(w) != 0 {
		t.Errorf("undated: %+v", w)
	}
	if w := CheckKeyPostIn(noEnd, at(20, model.At(10, 0)), vk, Reminder, athens); len(w) != 0 {
		t.Errorf("no end: %+v", w)
	}
}

func TestCheckKeyPostFlagsAWrongClosingDate(t *testing.T) {
	c := baseContest() // closes 8 June 23:59 in Athens, open to Greece
	midnight := c
	midnight.End = time.Date(2027, 6, 9, 0, 0, 0, 0, c.Location())
	tests := []struct {
		c    Contest
		text string
		kind KeyKind
		want bool
	}{
		{c, "Comment to enter! Closes 8 June at 23:59.", Reminder, false},
		{c, "Comment to enter! Closes 15 June.", Reminder, true},
		{c, "Comment to enter! Ends on June 1st.", Announcement, true},
		{c, "Last chance: entries close 7/6!", LastCall, true},
		{c, "Comment to enter! Open until 2027-06-09.", Reminder, true},
		{c, "Розыгрыш продлится до 15 июня", Reminder, true},
		{c, "Διαγωνισμός έως 15 Ιουνίου", Reminder, true},
		{c, "Розыгрыш до 8 июня", Reminder, false},
		{c, "Comment to enter! Closes soon.", Reminder, false},             // no date to compare
		{c, "Comment by 30/06 to enter.", Reminder, false},                 // no closing word
		{c, "Ends 8 June. Winners announced on 10 June.", Reminder, false}, // the other date is not the close
		{c, "Ends in 2.5 hours!", LastCall, false},
		{c, "Closes 23.59 on 8 June.", LastCall, false},
		{c, "The winner is drawn 10 June, entries close 8 June.", Reminder, false},
		{c, "Closes 15 June.", Winners, false}, // a winners post speaks of the past
		{midnight, "Closes at midnight at the end of 8 June.", Reminder, false},
		{midnight, "Closes 9 June at 00:00.", Reminder, false},
		{midnight, "Closes 10 June.", Reminder, true},
	}
	for _, tc := range tests {
		for _, regions := range [][]string{{"GR"}, {"US"}, {"RU"}} {
			c := tc.c
			c.Regions = regions
			p := linked(tc.text, "#contest")
			w := CheckKeyPost(c, p, vk, tc.kind)
			if has := slices.Contains(rulesOf(t, w), "closing-date"); has != tc.want {
				t.Errorf("%q (%s) in %v: %+v", tc.text, tc.kind, regions, w)
			}
		}
	}
	w := CheckKeyPost(c, linked("Comment to enter! Closes 15 June."), vk, Reminder)
	if len(w) != 1 || w[0].Message.String() != "This post says the contest closes 15 June, but it closes 2027-06-08 at 23:59 EEST. Correct the date in the post, or the contest's end." {
		t.Errorf("message: %+v", w)
	}
}

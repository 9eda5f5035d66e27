package contest

import (
	"reflect"
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
	k := KeyDates(old)[0]
	p := KeyPost(old, k, athens)
	p.Text += "\nMy own words about the Summer hamper stay." // the user's edit
	got := RewordPost(p, old, updated)
	for _, want := range []string{"Closes 5 June 2027 at 20:00 EEST", "Midsummer hamper", "https://olive.example/rules-v2"} {
		if !strings.Contains(got.Text, want) {
			t.Errorf("reworded text lacks %q:\n%s", want, got.Text)
		}
	}
	if strings.Contains(got.Text, "8 June") || got.Link != updated.RulesLink {
		t.Errorf("old facts remain:\n%s\nlink %s", got.Text, got.Link)
	}
	if w := CheckKeyPostIn(updated, got, fb, Announcement, athens); len(w) != 0 {
		t.Errorf("the reworded post breaks rules: %+v", w)
	}
	p.Status = model.Published
	if again := RewordPost(p, old, updated); again.Text != p.Text {
		t.Error("a published post was reworded")
	}
}

func TestCheckKeyPostInFlagsPostsOutsideTheContest(t *testing.T) {
	c := baseContest() // 1 June 10:00 to 8 June 23:59, Athens
	athens := c.Location()
	at := func(d int, clock model.Clock) model.Post {
		p := linked("Comment to enter!")
		p.Date, p.Time = model.NewDate(2027, 6, d), clock
		return p
	}
	tests := []struct {
		name string
		p    model.Post
		kind KeyKind
		want []string
	}{
		{"announcement at the start", at(1, model.At(10, 0)), Announcement, nil},
		{"announcement before the start", at(1, model.At(9, 0)), Announcement, []string{"key-date.outside"}},
		{"reminder after the close", at(9, model.At(10, 0)), Reminder, []string{"key-date.outside"}},
		{"last call on the closing day, all day", at(8, model.NoClock), LastCall, nil},
		{"winners before the close", at(8, model.At(12, 0)), Winners, []string{"key-date.outside"}},
		{"winners after the close", at(9, model.At(12, 0)), Winners, nil},
	}
	for _, tc := range tests {
		got := rulesOf(t, CheckKeyPostIn(c, tc.p, vk, tc.kind, athens))
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestCheckKeyPostInFlagsAWrongClosingDate(t *testing.T) {
	c := baseContest() // closes 8 June
	athens := c.Location()
	for text, want := range map[string]bool{
		"Comment to enter! Closes 8 June at 23:59.": false,
		"Comment to enter! Closes 15 June.":         true,
		"Comment to enter! Ends on June 1st.":       true,
		"Comment to enter! Closes soon.":            false, // no date to compare
		"Comment by 30/06 to enter.":                false, // no closing word
	} {
		p := linked(text)
		p.Date, p.Time = model.NewDate(2027, 6, 2), model.At(10, 0)
		got := rulesOf(t, CheckKeyPostIn(c, p, vk, Reminder, athens))
		if has := reflect.DeepEqual(got, []string{"closing-date"}); has != want {
			t.Errorf("%q: %v", text, got)
		}
	}
}

func TestRuleFalsePositivesFound(t *testing.T) {
	us := baseContest()
	us.Regions = []string{"US"}
	for _, text := range []string{
		"NO PURCHASE OR PAYMENT OF ANY KIND IS NECESSARY TO ENTER OR WIN.",
		"You don't have to buy anything to enter. No purchase necessary.",
		"Purchase not necessary to enter.",
		"No purchase required.",
	} {
		got := rulesOf(t, CheckKeyPost(us, linked(text, "#sweepstakes"), vk, Announcement))
		if len(got) != 0 {
			t.Errorf("%q: %v, want none", text, got)
		}
	}
	for text, want := range map[string]bool{
		"Share on Facebook to enter":          true,
		"Share this on your page to enter":    true,
		"Share to your story to enter!":       true,
		"Share your favourite recipe below.":  false,
		"Share your thoughts in the comments": false,
	} {
		got := rulesOf(t, CheckPost(baseContest(), linked(text), fb))
		if has := reflect.DeepEqual(got, []string{"facebook.share-timeline"}); has != want {
			t.Errorf("%q: %v", text, got)
		}
	}
	c := baseContest()
	for text, want := range map[string]bool{
		"Rules: https://olive.example/rules":      true,
		"Rules: https://olive.example/rules.":     true,
		"Rules (https://olive.example/rules)":     true,
		"Rules: https://olive.example/rules-2023": false,
	} {
		p := model.Post{Text: text}
		if got := mentionsLink(p, p.FullText(), c.RulesLink); got != want {
			t.Errorf("mentionsLink(%q) = %v", text, got)
		}
	}
}

package ui

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
	"kairos/model/contest"
	"kairos/model/draw"
	"kairos/storage"
)

// openContests shows the Contests screen for the calendar fixture's client
// (GR, Instagram and X channels).
func openContests(t *testing.T) (*Kairos, *storage.Store, model.Client, *contestsScreen) {
	t.Helper()
	k, store, c, _ := calendarWith(t)
	k.show(screenContests)
	return k, store, c, k.screens[screenContests].(*contestsScreen)
}

// storedContest adds a valid contest with its key-date posts.
func storedContest(t *testing.T, k *Kairos, store *storage.Store, cl model.Client, s *contestsScreen) contest.Contest {
	t.Helper()
	c := s.blank(cl)
	c.Name, c.Prize.Description, c.SponsorAddress = "Sunset cruise giveaway", "Two seats on a sunset cruise", "1 Harbour St, Chania"
	c.RulesLink = "https://olive.example/rules"
	if err := store.CreateContest(&c, true); err != nil {
		t.Fatal(err)
	}
	s.selected = c.ID
	s.refresh()
	return c
}

func TestCreateContestThroughTheForm(t *testing.T) {
	k, store, cl, s := openContests(t)
	if !strings.Contains(texts(s.list), "No contests yet") {
		t.Fatalf("empty state missing: %q", texts(s.list))
	}
	test.Tap(findButton(t, s.box, "New contest"))
	f := s.form
	if f.zone.Text != "Europe/Athens" || f.regions.Text != "GR" || len(f.chosen.Selected) != 2 {
		t.Errorf("the form starts with zone %q, regions %q, channels %v", f.zone.Text, f.regions.Text, f.chosen.Selected)
	}
	f.value.SetText("12,5x")
	test.Tap(findButton(t, overlay(t, k), "Create contest"))
	for _, want := range []string{"name", "prize value", "sponsor's address"} {
		if !strings.Contains(strings.ToLower(f.problems.Text), want) {
			t.Errorf("the problems do not mention %s: %q", want, f.problems.Text)
		}
	}
	if list, _ := store.Contests(cl.ID); len(list) != 0 {
		t.Fatalf("a refused contest was stored: %+v", list)
	}
	f.name.SetText("Sunset cruise giveaway")
	f.prize.SetText("Two seats on a sunset cruise")
	f.value.SetText("120")
	f.currency.SetText("eur")
	f.address.SetText("1 Harbour St, Chania")
	test.Tap(findButton(t, overlay(t, k), "Create contest"))
	list, _ := store.Contests(cl.ID)
	if len(list) != 1 || list[0].Prize.Value != 12000 || list[0].Prize.Currency != "EUR" {
		t.Fatalf("stored %+v", list)
	}
	shown := texts(s.detail) + texts(s.checklist) + texts(s.posts) + texts(s.draw.box)
	for _, want := range []string{"Sunset cruise giveaway", "Progress", "Instagram", "Announcement", "Entrants", "0 of"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the contest screen lacks %q", want)
		}
	}
	posts, _ := store.ContestPosts(list[0].ID)
	if len(posts) < 3 {
		t.Errorf("%d key-date posts were planned", len(posts))
	}
}

// What the user typed is quoted as typed, even when it looks like a
// template.
func TestContestFormQuotesWhatWasTyped(t *testing.T) {
	k, _, _, s := openContests(t)
	test.Tap(findButton(t, s.box, "New contest"))
	f := s.form
	f.startTime.SetText("{{.Field}}")
	f.endTime.SetText(`{{printf "%s" 1}}`)
	test.Tap(findButton(t, overlay(t, k), "Create contest"))
	for _, want := range []string{`Starts: “{{.Field}}” is not a time`, `Ends: “{{printf "%s" 1}}” is not a time`} {
		if !strings.Contains(f.problems.Text, want) {
			t.Errorf("the problems do not quote %s: %q", want, f.problems.Text)
		}
	}
}

func TestReadyToLaunchIsRefusedUntilTheChecklistIsSettled(t *testing.T) {
	k, store, cl, s := openContests(t)
	c := storedContest(t, k, store, cl, s)
	test.Tap(findButton(t, s.detail, "Ready to launch"))
	if got := texts(overlay(t, k)); !strings.Contains(got, "Not ready to launch") || !strings.Contains(got, "required") {
		t.Fatalf("the refusal does not list what is missing: %q", got)
	}
	if got, _ := store.Contest(c.ID); got.Status != contest.Planning {
		t.Fatalf("status %q after a refused launch", got.Status)
	}
	k.win.Canvas().Overlays().Top().Hide()
	k.win.Canvas().Overlays().Remove(k.win.Canvas().Overlays().Top())

	// Waiving asks for a reason and refuses an empty one.
	test.Tap(findButton(t, s.checklist, "Waive…"))
	test.Tap(findButton(t, overlay(t, k), "Waive"))
	if !strings.Contains(texts(overlay(t, k)), "Say why") {
		t.Fatalf("a waiver without a reason is not explained: %q", texts(overlay(t, k)))
	}
	items, _ := store.Checklist(c.ID)
	for _, it := range items {
		if it.Waived {
			t.Fatalf("a waiver without a reason was stored: %+v", it)
		}
	}
	var reason *widget.Entry
	walk(overlay(t, k), func(o fyne.CanvasObject) bool {
		if e, ok := o.(*widget.Entry); ok && e.MultiLine {
			reason = e
		}
		return true
	})
	reason.SetText("Entry is free for everyone, there is nothing to buy.")
	test.Tap(findButton(t, overlay(t, k), "Waive"))
	items, _ = store.Checklist(c.ID)
	if !anyWaived(items) {
		t.Fatal("the waiver with a reason was not stored")
	}
	if !strings.Contains(texts(s.checklist), "Waived: Entry is free") {
		t.Errorf("the waiver's reason is not shown")
	}
	for _, it := range items {
		if it.Required && !it.Waived {
			if _, err := store.SetItemDone(it.ID, true); err != nil {
				t.Fatal(err)
			}
		}
	}
	s.refresh()
	test.Tap(findButton(t, s.detail, "Ready to launch"))
	if got, _ := store.Contest(c.ID); got.Status != contest.Ready {
		t.Fatalf("status %q once every required item is settled", got.Status)
	}
	if !strings.Contains(texts(s.list), "Ready to launch") {
		t.Errorf("the list does not show the new status: %q", texts(s.list))
	}
}

func anyWaived(items []contest.Item) bool {
	for _, it := range items {
		if it.Waived {
			return true
		}
	}
	return false
}

func TestEditingTheDatesMovesTheContestPosts(t *testing.T) {
	k, store, cl, s := openContests(t)
	c := storedContest(t, k, store, cl, s)
	before, _ := store.ContestPosts(c.ID)
	f := s.edit(c)
	start := c.Start.AddDate(0, 0, 3)
	end := c.End.AddDate(0, 0, 3)
	f.startDay.SetDate(&start)
	f.endDay.SetDate(&end)
	test.Tap(findButton(t, overlay(t, k), "Save contest"))
	after, _ := store.ContestPosts(c.ID)
	for i := range after {
		if want := before[i].Post.Date.AddDays(3); after[i].Post.Date != want {
			t.Errorf("%s post on %v, want %v", after[i].Kind, after[i].Post.Date, want)
		}
	}
	if !strings.Contains(texts(s.detail), "moved with the contest's dates") {
		t.Errorf("the move is not reported: %q", texts(s.detail))
	}
}

func TestPostEditorWarnsAboutContestRules(t *testing.T) {
	k, store, cl, s := openContests(t)
	c := storedContest(t, k, store, cl, s)
	posts, _ := store.ContestPosts(c.ID)
	e := showPostEditor(k, posts[0].Post, nil)
	if got := texts(e.contest.box); !strings.Contains(got, "no rule problems") {
		t.Fatalf("a generated post is flagged: %q", got)
	}
	e.text.SetText("Tag yourself in this photo to enter! Buy any cruise to enter.")
	e.link.SetText("")
	got := texts(e.contest.box)
	for _, want := range []string{"Instagram", "rules"} {
		if !strings.Contains(got, want) {
			t.Errorf("the warnings lack %q: %q", want, got)
		}
	}
}

func TestDrawPanelImportsMapsAndRecordsADraw(t *testing.T) {
	k, store, cl, s := openContests(t)
	c := storedContest(t, k, store, cl, s)
	p := s.draw
	// A file with other column names and order: the user maps them.
	bad := [][]string{{"When", "Who", "Account"}, {"2026-11-27 10:00", "Ann", "@ann"}, {"soon", "Bob", "@bob"}, {"2026-11-27 11:00", "Cy", ""}}
	m := p.askMapping("entries.csv", bad)
	if m.index(m.handle) != 2 || !m.header.Checked {
		t.Errorf("guessed mapping %+v", m.mapping())
	}
	m.pick(m.name, 1)
	m.pick(m.time, 0)
	// Toggling the header row keeps the chosen columns.
	m.header.SetChecked(false)
	m.header.SetChecked(true)
	if got := m.mapping(); got.Handle != 2 || got.Name != 1 || got.Time != 0 {
		t.Errorf("after toggling the header row the mapping is %+v", got)
	}
	if !strings.Contains(texts(m.preview), "Ann") || !strings.Contains(texts(m.preview), "2026-11-27 10:00") {
		t.Errorf("the preview does not follow the mapping: %q", texts(m.preview))
	}
	test.Tap(findButton(t, overlay(t, k), "Import"))
	if got := m.problems.Text; !strings.Contains(got, "Line 3: \"soon\" is not a date and time.") || !strings.Contains(got, "Line 4: The handle is empty.") {
		t.Fatalf("bad rows are not listed by line: %q", got)
	}
	if len(p.entrants) != 0 {
		t.Fatalf("%d entrants imported from a file with bad rows", len(p.entrants))
	}
	k.win.Canvas().Overlays().Remove(k.win.Canvas().Overlays().Top())

	var rows [][]string
	rows = append(rows, []string{"name", "handle", "time"})
	for i := 0; i < 12; i++ {
		rows = append(rows, []string{fmt.Sprintf("Fan %d", i), fmt.Sprintf("@fan%d", i), "2026-11-27 10:00"})
	}
	rows = append(rows, []string{"Late", "@late", "2027-12-31 10:00"}, []string{"Staff", "@staff", "2026-11-27 10:00"})
	p.askMapping("entries.csv", rows)
	test.Tap(findButton(t, overlay(t, k), "Import"))
	if len(p.entrants) != 14 || !strings.Contains(p.summary.Text, "14 entries") {
		t.Fatalf("imported %d: %q", len(p.entrants), p.summary.Text)
	}
	p.exclude.SetText("staff")
	p.seed.SetText("fixed-seed")
	p.winners.SetText("1")
	p.alternates.SetText("2")
	test.Tap(findButton(t, s.draw.box, "Draw winners"))
	draws, _ := store.Draws(c.ID)
	if len(draws) != 1 {
		t.Fatalf("%d draws recorded; problems %q", len(draws), p.problems.Text)
	}
	res := draws[0].Record.Result
	if res.Seed != "fixed-seed" || res.Count != 12 || len(res.Winners) != 1 || len(res.Alternates) != 2 {
		t.Errorf("recorded %+v", res)
	}
	for _, e := range append(res.Winners, res.Alternates...) {
		if e.Handle == "staff" || e.Handle == "late" {
			t.Errorf("%s was drawn", e.Handle)
		}
	}
	if !strings.Contains(p.summary.Text, "already has a recorded draw") {
		t.Errorf("after a draw the summary does not say a new one joins it: %q", p.summary.Text)
	}
	if !strings.Contains(texts(p.records), "fixed-seed") || p.seed.Text == "fixed-seed" {
		t.Errorf("the record is not listed, or the seed was not renewed: %q", texts(p.records))
	}
	var cert bytes.Buffer
	cert.WriteString(draw.Certificate(draws[0].Record))
	if !strings.Contains(cert.String(), "--seed fixed-seed") {
		t.Errorf("the certificate does not say how to re-run the draw:\n%s", cert.String())
	}
	var list bytes.Buffer
	if err := p.writeEntrants(&list, draws[0].ID); err != nil || strings.Count(list.String(), "\n") != 13 {
		t.Errorf("entrant list: %v\n%s", err, list.String())
	}
	// Too many winners for the pool is refused in words and records nothing.
	p.winners.SetText("20")
	test.Tap(findButton(t, s.draw.box, "Draw winners"))
	if !strings.Contains(p.problems.Text, "only 12") {
		t.Errorf("an impossible draw is not explained: %q", p.problems.Text)
	}
	if again, _ := store.Draws(c.ID); len(again) != 1 {
		t.Errorf("%d draws after a refused one", len(again))
	}
}

// A judged contest picks its winners by its criteria: the screen offers no
// draw for it, and offers it again when the kind goes back to chance.
func TestJudgedContestsHaveNoDrawTab(t *testing.T) {
	k, store, cl, s := openContests(t)
	c := storedContest(t, k, store, cl, s)
	tabTitles := func() []string {
		var titles []string
		for _, it := range s.tabs.Items {
			titles = append(titles, it.Text)
		}
		return titles
	}
	if got := tabTitles(); len(got) != 3 || got[2] != "Winner draw" {
		t.Fatalf("a prize draw's tabs: %v", got)
	}
	c.Kind = contest.Skill
	if _, err := store.UpdateContest(&c); err != nil {
		t.Fatal(err)
	}
	s.refresh()
	if got := tabTitles(); len(got) != 2 {
		t.Errorf("a judged contest's tabs: %v, want no draw", got)
	}
	c.Kind = contest.Chance
	if _, err := store.UpdateContest(&c); err != nil {
		t.Fatal(err)
	}
	s.refresh()
	if got := tabTitles(); len(got) != 3 {
		t.Errorf("back to a draw: %v", got)
	}
}

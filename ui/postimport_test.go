package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"kairos/model"
	"kairos/model/postcsv"
	"kairos/storage"
)

// waitImport waits for the dialog's import to finish.
func waitImport(t *testing.T, d *postImport) {
	t.Helper()
	if d.done == nil {
		t.Fatal("no import was started")
	}
	select {
	case <-d.done:
	case <-time.After(10 * time.Second):
		t.Fatal("the import did not finish")
	}
}

func postCount(t *testing.T, store *storage.Store, clientID int64) int {
	t.Helper()
	n, err := store.PostCount(clientID)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestPostImportListsBadRowsByLineAndStoresNothing(t *testing.T) {
	k, store, c, _ := calendarWith(t)
	k.show(screenIdeas)
	findButton(t, k.screens[screenIdeas].object(), "Import posts from CSV…")
	rows := [][]string{
		{"When", "Caption", "Network"},
		{"14/03/2027 09:30", "Spring in Crete", "Instagram"},
		nil, // a blank line 3
		{"soon", "No date yet", "Instagram"},
		{"15/03/2027 10:00", "Somewhere else", "MySpace"},
	}
	d, err := showPostImport(k, c, "plan.csv", rows)
	if err != nil {
		t.Fatal(err)
	}
	m := d.mapping()
	if !m.Header || m.Column(postcsv.Date) != 0 || m.Column(postcsv.Text) != 1 || m.Column(postcsv.Channels) != 2 {
		t.Errorf("guessed mapping %+v", m)
	}
	if got := d.problems.Text; !strings.HasPrefix(got, "2 rows could not be read:\nLine 4: \"soon\" is not a date.\n") ||
		!strings.Contains(got, `Line 5: The client has no channel "MySpace"`) || strings.Contains(got, "Line 2") || !d.problemsBox.Visible() {
		t.Errorf("bad rows are not listed by line: %q", got)
	}
	preview := texts(d.preview)
	for _, want := range []string{"2027-03-14", "09:30", "Instagram @olive", "Spring in Crete", "4 ✗"} {
		if !strings.Contains(preview, want) {
			t.Errorf("the preview lacks %q:\n%s", want, preview)
		}
	}
	if !d.confirm.Disabled() {
		t.Error("Import is offered for a file with bad rows")
	}
	test.Tap(findButton(t, overlay(t, k), "Import"))
	d.importNow() // even if it were pressed
	if n := postCount(t, store, c.ID); n != 0 {
		t.Fatalf("%d posts stored from a file with bad rows", n)
	}
	if got := d.problems.Text; !strings.Contains(got, "Line 4") || !strings.Contains(got, "Line 5") {
		t.Errorf("a refused import does not list the bad rows: %q", got)
	}
	// Leaving the channels out settles line 5; line 4 stays.
	d.pick(postcsv.Channels, -1)
	if got := d.problems.Text; !strings.Contains(got, "Line 4") || strings.Contains(got, "Line 5") {
		t.Errorf("after unmapping the channels: %q", got)
	}
	if !strings.Contains(texts(d.preview), "–") || strings.Contains(texts(d.preview), "Instagram @olive") {
		t.Errorf("the preview does not follow the mapping:\n%s", texts(d.preview))
	}
}

func TestPostImportStoresEveryRowAndSaysHowMany(t *testing.T) {
	k, store, c, chs := calendarWith(t)
	k.show(screenIdeas)
	rows := [][]string{{"date", "channels", "status", "text", "hashtags"}}
	for i := 0; i < 11; i++ {
		rows = append(rows, []string{fmt.Sprintf("%02d/03/2027 1%d:00", i+1, i%10), "", "scheduled",
			fmt.Sprintf("Spring post %d", i+1), "#spring"})
	}
	rows = append(rows, []string{"", "Instagram", "", "An idea for later", ""})
	d, err := showPostImport(k, c, "spring.csv", rows)
	if err != nil {
		t.Fatal(err)
	}
	// 01/03 to 11/03 settle nothing: the user says how to read them.
	if !strings.Contains(d.problems.Text, "could be Mon 1 Mar 2027 or Sun 3 Jan 2027: choose") || !d.confirm.Disabled() {
		t.Fatalf("ambiguous dates: %q", d.problems.Text)
	}
	d.dates.SetSelected(datesDayFirst)
	// Scheduled posts need a channel: the rows without one take X.
	if !strings.Contains(d.problems.Text, "Line 2: Choose at least one channel for a scheduled post.") {
		t.Fatalf("rows without channels: %q", d.problems.Text)
	}
	d.defaults.SetSelected([]string{chs[1].Label()})
	if d.err != nil || d.confirm.Disabled() {
		t.Fatalf("the file is still refused: %v", d.err)
	}
	if !strings.Contains(d.summary.Text, "spring.csv: 12 posts ready to import") ||
		!strings.Contains(texts(d.preview), "and 6 more") || !strings.Contains(texts(d.preview), "2027-03-02") {
		t.Errorf("summary %q, preview\n%s", d.summary.Text, texts(d.preview))
	}
	// Unticking the header keeps each field's column; the header row then
	// is a bad post.
	d.header.SetChecked(false)
	if d.mapping().Column(postcsv.Text) != 3 || !strings.Contains(d.problems.Text, "Line 1:") {
		t.Errorf("without the header: %+v, %q", d.mapping(), d.problems.Text)
	}
	if d.columns[postcsv.Text].Selected != "Column 4" {
		t.Errorf("the text column reads %q", d.columns[postcsv.Text].Selected)
	}
	d.header.SetChecked(true)
	if d.columns[postcsv.Text].Selected != "text (column 4)" || d.err != nil {
		t.Fatalf("with the header again: %q, %v", d.columns[postcsv.Text].Selected, d.err)
	}
	test.Tap(findButton(t, overlay(t, k), "Import"))
	select {
	case <-d.done:
	default:
		t.Error("a small import did not finish before Import returned")
	}
	waitImport(t, d)
	if n := postCount(t, store, c.ID); n != 12 || d.result != 12 {
		t.Fatalf("%d posts stored (%d reported), want 12; problems %q", n, d.result, d.problems.Text)
	}
	if got := texts(overlay(t, k)); !strings.Contains(got, "Imported 12 posts into Olive & Sea.") {
		t.Errorf("no confirmation: %q", got)
	}
	posts, _ := store.PostsBetween(c.ID, model.NewDate(2027, 3, 2), model.NewDate(2027, 3, 2))
	if len(posts) != 1 || posts[0].Time != model.At(11, 0) || posts[0].Status != model.Scheduled ||
		len(posts[0].ChannelIDs) != 1 || posts[0].ChannelIDs[0] != chs[1].ID {
		t.Errorf("2 March: %+v", posts)
	}
	ideas := k.screens[screenIdeas].(*ideasScreen)
	if !strings.Contains(texts(ideas.box), "An idea for later") {
		t.Errorf("the ideas screen was not refreshed:\n%s", texts(ideas.box))
	}
}

func TestPostImportReportsAFailedSaveAndKeepsTheDialog(t *testing.T) {
	k, store, c, chs := calendarWith(t)
	rows := [][]string{{"date", "channels", "text"}, {"2027-03-14", "Instagram", "One"}, {"2027-03-15", "X", "Two"}}
	d, err := showPostImport(k, c, "two.csv", rows)
	if err != nil || d.err != nil {
		t.Fatalf("%v, %v", err, d.err)
	}
	// The X channel goes (in another window, say) before Import.
	if err := store.DeleteChannel(chs[1].ID); err != nil {
		t.Fatal(err)
	}
	test.Tap(findButton(t, overlay(t, k), "Import"))
	waitImport(t, d)
	if n := postCount(t, store, c.ID); n != 0 {
		t.Fatalf("%d posts stored", n)
	}
	if got := d.problems.Text; !strings.HasPrefix(got, "Nothing was imported: the post on line 3 could not be saved.") {
		t.Errorf("problem %q", got)
	}
	if d.confirm.Disabled() || d.cancel.Disabled() || overlay(t, k) == nil {
		t.Error("the dialog is not ready for another try")
	}
}

func TestPostImportRunsLargeFilesBehindAProgressBar(t *testing.T) {
	k, store, c, _ := calendarWith(t)
	defer func(n int) { backgroundImportPosts = n }(backgroundImportPosts)
	backgroundImportPosts = 3
	rows := [][]string{{"text"}, {"One"}, {"Two"}, {"Three"}}
	d, err := showPostImport(k, c, "ideas.csv", rows)
	if err != nil {
		t.Fatal(err)
	}
	test.Tap(findButton(t, overlay(t, k), "Import"))
	waitImport(t, d)
	if n := postCount(t, store, c.ID); n != 3 || d.progress.Visible() {
		t.Errorf("%d posts stored; progress bar still shown: %v", n, d.progress.Visible())
	}
}

func TestPostImportRefusesAMappingWithoutText(t *testing.T) {
	k, _, c, _ := calendarWith(t)
	d, err := showPostImport(k, c, "dates.csv", [][]string{{"date", "text"}, {"2027-03-14", "Hi"}})
	if err != nil {
		t.Fatal(err)
	}
	d.pick(postcsv.Text, -1)
	if !strings.Contains(d.problems.Text, "Choose the column that holds the posts' text") || !d.confirm.Disabled() ||
		d.summary.Text != "dates.csv" {
		t.Errorf("problem %q, summary %q", d.problems.Text, d.summary.Text)
	}
	d.pick(postcsv.Date, 1)
	d.pick(postcsv.Notes, 1)
	if !strings.Contains(d.problems.Text, `Column 2 is chosen for both "Date (and time)" and "Notes"`) {
		t.Errorf("problem %q", d.problems.Text)
	}
}

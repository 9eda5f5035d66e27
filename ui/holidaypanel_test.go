package ui

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"kairos/model"
	"kairos/model/holiday"
)

// greekPanel is the calendar of a Greek client in November 2026.
func greekPanel(t *testing.T) (*Kairos, *holidayPanel, model.Client) {
	t.Helper()
	k, _, c, _ := calendarWith(t) // Olive & Sea, GR
	k.calendar.side.SelectIndex(1)
	return k, k.calendar.days, c
}

func findDay(t *testing.T, h *holidayPanel, name string) holiday.Day {
	t.Helper()
	for _, d := range h.visible() {
		if d.Name == name {
			return d
		}
	}
	t.Fatalf("%q is not among the suggestions", name)
	return holiday.Day{}
}

func TestPanelSuggestsPublicAndFunDaysAndMarksThem(t *testing.T) {
	k, h, _ := greekPanel(t)
	ochi := findDay(t, h, "Ochi Day") // 28 Oct: in the month grid's first week
	if ochi.Kind != holiday.Public || ochi.NativeName == "" {
		t.Errorf("Ochi Day: %+v", ochi)
	}
	findDay(t, h, "Christmas Day") // within today + 30 days
	if fun := h.visible(); !strings.Contains(texts(h.list), "Fun") || len(fun) < 5 {
		t.Errorf("few suggestions: %d", len(fun))
	}
	cell := k.calendar.month.cells[indexOf(k.calendar.month.days, model.NewDate(2026, 10, 28))]
	if cell.state.marker != "Ochi Day" || !cell.state.public {
		t.Errorf("28 Oct cell: %+v", cell.state)
	}
}

func TestPanelFiltersByKindCategoryAndSearch(t *testing.T) {
	_, h, _ := greekPanel(t)
	h.kinds.SetSelected([]string{"Public"})
	for _, d := range h.visible() {
		if d.Kind != holiday.Public {
			t.Fatalf("kind filter let %+v through", d)
		}
	}
	h.kinds.SetSelected([]string{"Public", "Fun", "Own"})
	h.search.SetText("christmas")
	for _, d := range h.visible() {
		if !strings.Contains(strings.ToLower(d.Name+strings.Join(d.Hashtags, " ")+d.Idea+d.NativeName), "christmas") {
			t.Fatalf("search let %+v through", d)
		}
	}
	h.search.SetText("")
	var category string
	for _, d := range h.visible() {
		if d.Category != "" && d.Kind == holiday.Fun {
			category = d.Category
			break
		}
	}
	h.category.SetSelected(category)
	for _, d := range h.visible() {
		if d.Category != category {
			t.Fatalf("category %q let %+v through", category, d)
		}
	}
}

func TestPlanAPostFromASuggestion(t *testing.T) {
	k, h, c := greekPanel(t)
	day := findDay(t, h, "Christmas Day")
	h.plan(day)
	e := k.editor
	if e.date.Date == nil || model.DateOf(*e.date.Date) != day.Observed || e.status.Selected != "draft" {
		t.Fatalf("editor opened on %v, status %q", e.date.Date, e.status.Selected)
	}
	if e.hashtags.Text != strings.Join(day.Hashtags, " ") {
		t.Errorf("hashtags %q, want %v", e.hashtags.Text, day.Hashtags)
	}
	test.Tap(findButton(t, overlay(t, k), "Save"))
	posts, _ := k.store.PostsBetween(c.ID, day.Observed, day.Observed)
	if len(posts) != 1 || posts[0].Status != model.Draft {
		t.Fatalf("posts on Christmas: %+v", posts)
	}
}

func TestDragASuggestionOntoADay(t *testing.T) {
	k, h, c := greekPanel(t)
	day := findDay(t, h, "Christmas Day")
	var chip *postChip
	for _, r := range h.rows {
		if r.day.Key == day.Key {
			chip = r.chip
		}
	}
	target := model.NewDate(2026, 12, 3)
	k.calendar.setView(viewMonth)
	dragTo(chip, monthCellPos(t, k, target))
	posts, _ := k.store.PostsBetween(c.ID, target, target)
	if len(posts) != 1 || posts[0].Status != model.Draft || strings.Join(posts[0].Hashtags, " ") != strings.Join(day.Hashtags, " ") {
		t.Fatalf("after dropping the suggestion: %+v", posts)
	}
	k.calendar.undo()
	if posts, _ := k.store.PostsBetween(c.ID, target, target); len(posts) != 0 {
		t.Errorf("undo left %d posts", len(posts))
	}
}

func TestHideASuggestionForThisClient(t *testing.T) {
	k, h, c := greekPanel(t)
	day := findDay(t, h, "Ochi Day")
	h.hide(day)
	for _, d := range h.visible() {
		if d.Key == day.Key {
			t.Fatal("the hidden day is still listed")
		}
	}
	if hidden, _ := k.store.HiddenSuggestions(c.ID); !hidden[day.Key] {
		t.Error("hiding was not stored")
	}
	cell := k.calendar.month.cells[indexOf(k.calendar.month.days, model.NewDate(2026, 10, 28))]
	if cell.state.marker == "Ochi Day" {
		t.Error("the day cell still names the hidden day")
	}
}

func TestClientsOwnDaysAppearInThePanel(t *testing.T) {
	k, h, c := greekPanel(t)
	d := model.CustomDay{ClientID: c.ID, Name: "Opening day", Date: model.NewDate(2015, 12, 1), Yearly: true, Idea: "Thank our first guests"}
	if err := k.store.SaveCustomDay(&d); err != nil {
		t.Fatal(err)
	}
	k.calendar.refresh()
	got := findDay(t, h, "Opening day (11 years)")
	if got.Kind != holiday.Custom || got.Observed != model.NewDate(2026, 12, 1) {
		t.Errorf("custom day: %+v", got)
	}
}

func TestExportTheYearAsCSV(t *testing.T) {
	_, h, c := greekPanel(t)
	h.hide(findDay(t, h, "Ochi Day"))
	var buf bytes.Buffer
	if err := h.writeExport(&buf, c, 2027, false); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != "date,observed,name,native_name,kind,category,hashtags" || len(rows) < 100 {
		t.Fatalf("%d rows, header %v", len(rows), rows[0])
	}
	all := ""
	for _, r := range rows {
		all += strings.Join(r, ",") + "\n"
	}
	if !strings.Contains(all, "2027-05-02,2027-05-02,Orthodox Easter Sunday") || strings.Contains(all, "Ochi Day") {
		t.Errorf("export: Easter present %v, hidden Ochi Day absent %v", strings.Contains(all, "Orthodox Easter"), !strings.Contains(all, "Ochi Day"))
	}
	var ics bytes.Buffer
	if err := h.writeExport(&ics, c, 2027, true); err != nil || !strings.Contains(ics.String(), "BEGIN:VEVENT") {
		t.Errorf("ics export: %v", err)
	}
}

func TestDayMarksNamePublicAndOwnDaysAndDotFunDays(t *testing.T) {
	d := model.NewDate
	on := func(key string, kind holiday.Kind, name string, day model.Date) holiday.Day {
		return holiday.Day{Key: key, Kind: kind, Name: name, Date: day, Observed: day}
	}
	days := []holiday.Day{
		on("fun:a", holiday.Fun, "Octopus Day", d(2027, 10, 8)),
		on("fun:b", holiday.Fun, "Pizza Day", d(2027, 10, 9)),
		on("public:x", holiday.Public, "Ochi Day", d(2027, 10, 9)),
		on("custom:1", holiday.Custom, "Opening day", d(2027, 10, 10)),
		on("fun:c", holiday.Fun, "Hidden Day", d(2027, 10, 11)),
	}
	marks := marksFor(days, map[string]bool{"fun:c": true})
	want := map[model.Date]dayMark{
		d(2027, 10, 8):  {name: funMark},
		d(2027, 10, 9):  {name: "Ochi Day", public: true},
		d(2027, 10, 10): {name: "Opening day"},
	}
	if len(marks) != len(want) {
		t.Fatalf("marks = %+v", marks)
	}
	for day, m := range want {
		if marks[day] != m {
			t.Errorf("%s: %+v, want %+v", day, marks[day], m)
		}
	}
}

func TestPanelRowsWaitUntilItsTabIsShown(t *testing.T) {
	k, _, _, _ := calendarWith(t)
	h := k.calendar.days
	if len(h.list.Objects) != 0 || !h.stale {
		t.Fatalf("rows built while the tab is hidden: %d", len(h.list.Objects))
	}
	if len(k.calendar.marks) == 0 {
		t.Error("day markers need the suggestions even while the tab is hidden")
	}
	k.calendar.side.SelectIndex(1)
	if len(h.list.Objects) == 0 || h.stale {
		t.Error("showing the tab did not build the rows")
	}
}

func TestUnknownRegionFallsBackToNationalHolidays(t *testing.T) {
	k, store, c, _ := calendarWith(t)
	c.Country, c.Region, c.TimeZone = "DE", "Bayern", "Europe/Berlin" // a name, not the code BY
	if err := store.UpdateClient(c); err != nil {
		t.Fatal(err)
	}
	k.clientsChanged(c.ID)
	k.calendar.jumpTo(model.NewDate(2027, 10, 1))
	h := k.calendar.days
	if !strings.Contains(strings.ToLower(h.note.Text), "bayern") || !strings.Contains(h.note.Text, "national holidays") {
		t.Errorf("note: %q", h.note.Text)
	}
	public := 0
	for _, d := range h.visible() {
		if d.Kind == holiday.Public {
			public++
		}
	}
	if public == 0 {
		t.Error("an unknown region hid every public holiday")
	}
}

func TestPublicHolidaysSitOnTheirDayAndMarkTheDayOff(t *testing.T) {
	d := model.NewDate
	xmas := holiday.Day{Key: "public:GB:Christmas Day", Kind: holiday.Public, Name: "Christmas Day", Date: d(2027, 12, 25), Observed: d(2027, 12, 27)}
	marks := marksFor([]holiday.Day{xmas}, nil)
	if marks[d(2027, 12, 25)].name != "Christmas Day" || marks[d(2027, 12, 27)].name != "Christmas Day (day off)" {
		t.Errorf("marks: %+v", marks)
	}
	if p := draftFor(1, xmas); p.Date != d(2027, 12, 25) {
		t.Errorf("the draft is planned for %s", p.Date)
	}
}

func TestHidingIsUndoableAndHiddenDaysCanComeBack(t *testing.T) {
	k, h, c := greekPanel(t)
	ochi := findDay(t, h, "Ochi Day")
	h.hide(ochi)
	k.calendar.undo()
	if hidden, _ := k.store.HiddenSuggestions(c.ID); hidden[ochi.Key] {
		t.Fatal("Ctrl+Z did not bring the hidden day back")
	}
	h.hide(ochi)
	if !h.unhide.Visible() || !strings.Contains(h.unhide.Text, "1 hidden day") {
		t.Fatalf("show-hidden button: %q visible %v", h.unhide.Text, h.unhide.Visible())
	}
	test.Tap(h.unhide)
	test.Tap(findButton(t, overlay(t, k), "Yes"))
	if hidden, _ := k.store.HiddenSuggestions(c.ID); len(hidden) != 0 {
		t.Errorf("still hidden: %v", hidden)
	}
	findDay(t, h, "Ochi Day")
}

// In Russian, the note on an unknown region and a client's anniversary are
// Russian too.
func TestPanelNotesAndAnniversariesSpeakRussian(t *testing.T) {
	speak(t, "ru")
	k, store, c, _ := calendarWith(t)
	c.Country, c.Region, c.TimeZone = "DE", "Bayern", "Europe/Berlin"
	if err := store.UpdateClient(c); err != nil {
		t.Fatal(err)
	}
	d := model.CustomDay{ClientID: c.ID, Name: "Opening day", Date: model.NewDate(2022, 10, 12), Yearly: true}
	if err := store.SaveCustomDay(&d); err != nil {
		t.Fatal(err)
	}
	k.clientsChanged(c.ID)
	k.calendar.jumpTo(model.NewDate(2027, 10, 1))
	h := k.calendar.days
	if note := h.note.Text; !strings.Contains(note, "«BAYERN» — не регион страны DE") || strings.Contains(note, "not a region") {
		t.Errorf("note: %q", note)
	}
	findDay(t, h, "Opening day (5 лет)")
}

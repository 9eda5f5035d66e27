package ui

import (
	"testing"

	"fyne.io/fyne/v2"

	"kairos/model"
)

func TestCellAt(t *testing.T) {
	// 7 x 6 cells of 100 x 80 with a 4-pixel gap: 724 x 500.
	g := gridGeometry{size: fyne.NewSize(724, 500), cols: 7, rows: 6, gap: 4}
	cases := []struct {
		name string
		p    fyne.Position
		want int
		ok   bool
	}{
		{"top-left corner", fyne.NewPos(0, 0), 0, true},
		{"inside first cell", fyne.NewPos(99, 79), 0, true},
		{"in the gap goes to the cell before", fyne.NewPos(101, 81), 0, true},
		{"second column", fyne.NewPos(104, 10), 1, true},
		{"second row", fyne.NewPos(10, 84), 7, true},
		{"last cell", fyne.NewPos(723, 499), 41, true},
		{"middle", fyne.NewPos(350, 250), 2*7 + 3, true},
		{"left of grid", fyne.NewPos(-1, 10), 0, false},
		{"above grid", fyne.NewPos(10, -0.5), 0, false},
		{"right edge is outside", fyne.NewPos(724, 10), 0, false},
		{"below grid", fyne.NewPos(10, 500), 0, false},
	}
	for _, c := range cases {
		got, ok := g.cellAt(c.p)
		if ok != c.ok || (ok && got != c.want) {
			t.Errorf("%s: cellAt(%v) = %d, %v; want %d, %v", c.name, c.p, got, ok, c.want, c.ok)
		}
	}
}

func TestCellAtAgreesWithLayout(t *testing.T) {
	g := gridGeometry{size: fyne.NewSize(913, 611), cols: 7, rows: 5, gap: 3}
	cs := g.cellSize()
	for i := 0; i < 35; i++ {
		o := g.cellOrigin(i)
		for _, p := range []fyne.Position{o, o.Add(fyne.NewPos(cs.Width/2, cs.Height/2)), o.Add(fyne.NewPos(cs.Width-0.5, cs.Height-0.5))} {
			if got, ok := g.cellAt(p); !ok || got != i {
				t.Fatalf("point %v of cell %d maps to %d, %v", p, i, got, ok)
			}
		}
	}
}

func TestMonthDayAt(t *testing.T) {
	days := model.MonthGrid(2026, 11, 1) // Monday start: 26 Oct .. 6 Dec
	g := gridGeometry{size: fyne.NewSize(700, 600), cols: 7, rows: 6}
	cases := []struct {
		p    fyne.Position
		want model.Date
		ok   bool
	}{
		{fyne.NewPos(5, 5), model.NewDate(2026, 10, 26), true},
		{fyne.NewPos(250, 450), model.NewDate(2026, 11, 25), true}, // row 4, col 2
		{fyne.NewPos(695, 595), model.NewDate(2026, 12, 6), true},
		{fyne.NewPos(701, 5), model.Date{}, false},
	}
	for _, c := range cases {
		got, ok := monthDayAt(c.p, g, days)
		if ok != c.ok || got != c.want {
			t.Errorf("monthDayAt(%v) = %s, %v; want %s, %v", c.p, got, ok, c.want, c.ok)
		}
	}
	// A 5-row grid given fewer days than cells never invents a day.
	if _, ok := monthDayAt(fyne.NewPos(695, 595), g, days[:35]); ok {
		t.Error("a cell past the last day resolved to a day")
	}
}

func TestWeekSlotAt(t *testing.T) {
	g := hourGeometry{width: 700, hourHeight: 40}
	cases := []struct {
		name  string
		p     fyne.Position
		day   int
		clock model.Clock
		ok    bool
	}{
		{"midnight monday", fyne.NewPos(0, 0), 0, model.At(0, 0), true},
		{"09:00 wednesday", fyne.NewPos(250, 360), 2, model.At(9, 0), true},
		{"09:07 snaps down", fyne.NewPos(250, 364.7), 2, model.At(9, 0), true},
		{"09:08 snaps up", fyne.NewPos(250, 365.4), 2, model.At(9, 15), true},
		{"14:40 sunday", fyne.NewPos(699, 586.7), 6, model.At(14, 45), true},
		{"23:59 stays in the day", fyne.NewPos(10, 959.9), 0, model.At(23, 45), true},
		{"below the day", fyne.NewPos(10, 960), 0, model.NoClock, false},
		{"left of the grid", fyne.NewPos(-3, 100), 0, model.NoClock, false},
		{"right of the grid", fyne.NewPos(700, 100), 0, model.NoClock, false},
	}
	for _, c := range cases {
		day, clock, ok := weekSlotAt(c.p, g)
		if ok != c.ok || (ok && (day != c.day || clock != c.clock)) {
			t.Errorf("%s: weekSlotAt(%v) = %d %s %v; want %d %s %v", c.name, c.p, day, clock, ok, c.day, c.clock, c.ok)
		}
	}
	if y := yForClock(model.At(9, 30), g); y != 380 {
		t.Errorf("yForClock(09:30) = %v, want 380", y)
	}
}

func TestPlaceWeekSplitsOnlyOverlappingPosts(t *testing.T) {
	at := func(h, m int) model.Post { return model.Post{Time: model.At(h, m)} }
	var days [7][]model.Post
	days[0] = []model.Post{at(9, 0), at(10, 45), at(11, 0), at(11, 20), at(14, 0)}
	days[3] = []model.Post{at(23, 50)}
	slots := placeWeek(days)
	type place struct{ col, lane, of int }
	want := []place{{0, 0, 1}, {0, 0, 3}, {0, 1, 3}, {0, 2, 3}, {0, 0, 1}, {3, 0, 1}}
	if len(slots) != len(want) {
		t.Fatalf("%d slots, want %d", len(slots), len(want))
	}
	for i, s := range slots {
		if got := (place{s.col, s.lane, s.of}); got != want[i] {
			t.Errorf("post at %s: %+v, want %+v", s.post.Time, got, want[i])
		}
	}
}

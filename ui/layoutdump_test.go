package ui

import (
	"testing"

	"kairos/model"
)

func TestLayoutMapLocatesChipsAndDays(t *testing.T) {
	k, store, c, chs := calendarWith(t)
	p := addPost(t, k, store, model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[0].ID}, Date: nov24, Time: model.At(9, 30)})
	m := k.layout()
	chip, ok := m.Chips[p.ID]
	day, dayOK := m.Days[nov24.String()]
	if !ok || !dayOK || m.Month != "2026-11" {
		t.Fatalf("layout map: %+v", m)
	}
	if chip.X < day.X || chip.Y < day.Y || chip.X+chip.W > day.X+day.W+0.5 || chip.Y+chip.H > day.Y+day.H+0.5 {
		t.Errorf("chip %+v is not inside its day %+v", chip, day)
	}
	if len(m.Days) != len(k.calendar.month.days) {
		t.Errorf("%d days mapped, %d shown", len(m.Days), len(k.calendar.month.days))
	}
}

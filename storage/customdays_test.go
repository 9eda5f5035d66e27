package storage

import (
	"errors"
	"fmt"
	"testing"

	"kairos/model"
)

func TestCustomDaysRoundTripAndOrder(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Cafe")
	launch := model.CustomDay{ClientID: c.ID, Name: " Spring menu launch ", Date: model.NewDate(2027, 3, 20), Hashtags: []string{"#springmenu"}, Idea: "Show the new menu"}
	birthday := model.CustomDay{ClientID: c.ID, Name: "Opening day", Date: model.NewDate(2019, 1, 12), Yearly: true}
	for _, d := range []*model.CustomDay{&launch, &birthday} {
		if err := s.SaveCustomDay(d); err != nil {
			t.Fatal(err)
		}
	}
	list, err := s.CustomDays(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0].ID != birthday.ID || list[1].Name != "Spring menu launch" || !list[0].Yearly {
		t.Fatalf("days in calendar order: %+v", list)
	}
	launch.Name = "Summer menu launch"
	if err := s.SaveCustomDay(&launch); err != nil {
		t.Fatal(err)
	}
	if list, _ := s.CustomDays(c.ID); list[1].Name != "Summer menu launch" {
		t.Errorf("after update: %+v", list[1])
	}
	if err := s.DeleteCustomDay(launch.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteCustomDay(launch.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete: %v", err)
	}
}

func TestBadCustomDayChangesNothing(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Cafe")
	for _, d := range []model.CustomDay{
		{ClientID: c.ID, Date: model.NewDate(2027, 1, 1)},
		{ClientID: c.ID, Name: "No date"},
		{ClientID: c.ID, Name: "Bad tag", Date: model.NewDate(2027, 1, 1), Hashtags: []string{"#a b"}},
		{ClientID: 999, Name: "No client", Date: model.NewDate(2027, 1, 1)},
	} {
		if err := s.SaveCustomDay(&d); err == nil {
			t.Errorf("%+v saved", d)
		}
	}
	if list, _ := s.CustomDays(c.ID); len(list) != 0 {
		t.Errorf("%d days stored", len(list))
	}
}

func TestHiddenSuggestions(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Cafe")
	other := mustClient(t, s, "Other")
	for _, k := range []string{"fun:world-octopus-day", "public:GB:Boxing Day", "fun:world-octopus-day"} {
		if err := s.SetSuggestionHidden(c.ID, k, true); err != nil {
			t.Fatal(err)
		}
	}
	hidden, _ := s.HiddenSuggestions(c.ID)
	if len(hidden) != 2 || !hidden["fun:world-octopus-day"] {
		t.Fatalf("hidden = %v", hidden)
	}
	if h, _ := s.HiddenSuggestions(other.ID); len(h) != 0 {
		t.Errorf("another client sees %v hidden", h)
	}
	s.SetSuggestionHidden(c.ID, "fun:world-octopus-day", false)
	if hidden, _ := s.HiddenSuggestions(c.ID); len(hidden) != 1 || hidden["fun:world-octopus-day"] {
		t.Errorf("after showing again: %v", hidden)
	}
	if err := s.SetSuggestionHidden(999, "fun:x", true); !errors.Is(err, ErrNotFound) {
		t.Errorf("hiding for a missing client: %v", err)
	}
	s.DeleteClient(c.ID)
	var n int
	s.db.QueryRow(`SELECT count(*) FROM hidden_suggestions`).Scan(&n)
	if n != 0 {
		t.Errorf("%d hidden rows outlive their client", n)
	}
}

func TestANewDayIsNotBornHidden(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Cafe")
	d := model.CustomDay{ClientID: c.ID, Name: "Launch", Date: model.NewDate(2027, 3, 1)}
	s.SaveCustomDay(&d)
	s.SetSuggestionHidden(c.ID, fmt.Sprintf("custom:%d", d.ID), true)
	if err := s.DeleteCustomDay(d.ID); err != nil {
		t.Fatal(err)
	}
	again := model.CustomDay{ClientID: c.ID, Name: "Another", Date: model.NewDate(2027, 4, 1)}
	s.SaveCustomDay(&again)
	if hidden, _ := s.HiddenSuggestions(c.ID); hidden[fmt.Sprintf("custom:%d", again.ID)] || len(hidden) != 0 {
		t.Errorf("hidden after delete and re-add (ids %d, %d): %v", d.ID, again.ID, hidden)
	}
}

package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"kairos/model"
)

func TestStarterOpensAnIdeaWithItsPrompt(t *testing.T) {
	k, store, c, _ := calendarWith(t)
	k.show(screenIdeas)
	s := k.screens[screenIdeas].(*ideasScreen)
	if !strings.Contains(texts(s.box), "No ideas yet") {
		t.Error("the empty bank does not say so")
	}
	starter := model.Starters()[0]
	test.Tap(findButton(t, s.box, starter.Title))
	e := k.editor
	if e == nil || e.status.Selected != string(model.Idea) || e.notes.Text != starter.Prompt {
		t.Fatalf("starter editor: %+v", e)
	}
	e.text.SetText("Which island should we add next summer?")
	test.Tap(findButton(t, overlay(t, k), "Save"))
	ideas, _ := store.Undated(c.ID)
	if len(ideas) != 1 || ideas[0].Type != starter.Type || ideas[0].Status != model.Idea {
		t.Fatalf("ideas: %+v", ideas)
	}
	if !strings.Contains(texts(s.box), "Which island") || !strings.Contains(s.count.Text, "1 idea") {
		t.Errorf("the bank does not list the new idea: %q", texts(s.box))
	}
}

func TestEditWeekdayThemes(t *testing.T) {
	k, store, c, _ := calendarWith(t)
	s := openSettings(t, k)
	if s.themes.names[0].Text != "Motivation Monday" {
		t.Fatalf("default Monday theme %q", s.themes.names[0].Text)
	}
	s.themes.names[0].SetText("Menu Monday")
	s.themes.tags[0].SetText("#MenuMonday, #food")
	s.themes.names[6].SetText("")
	test.Tap(s.themes.save)
	themes, _ := store.Themes(c.ID)
	if themes[0].Name != "Menu Monday" || strings.Join(themes[0].Hashtags, " ") != "#MenuMonday #food" {
		t.Errorf("stored Monday %+v", themes[0])
	}
	if _, ok := model.ThemeFor(themes, model.NewDate(2026, 11, 29)); ok {
		t.Error("an emptied Sunday theme still applies")
	}
	s.themes.tags[1].SetText("#not valid-tag")
	test.Tap(s.themes.save)
	if !s.themes.problems.Visible() {
		t.Error("a bad hashtag was not explained")
	}
	if again, _ := store.Themes(c.ID); again[1].Name != themes[1].Name || len(again[1].Hashtags) != len(themes[1].Hashtags) {
		t.Error("a refused save changed the themes")
	}
}

package model

import (
	"strings"
	"testing"
)

func TestStarters(t *testing.T) {
	list := Starters()
	types := map[ContentType]int{}
	keys := map[string]bool{}
	for _, s := range list {
		if s.Key == "" || keys[s.Key] {
			t.Errorf("key %q is empty or repeated", s.Key)
		}
		keys[s.Key] = true
		types[s.Type]++
		if s.Title == "" || len(s.Prompt) < 40 || !strings.HasSuffix(s.Prompt, ".") {
			t.Errorf("%s: title %q, prompt %q: both must be set, the prompt whole sentences", s.Key, s.Title, s.Prompt)
		}
		if n := strings.Count(s.Prompt, ". "); n > 1 {
			t.Errorf("%s: prompt has %d sentences, want 1 or 2", s.Key, n+1)
		}
	}
	// The brief: a question, a link, an event, an offer, a testimonial,
	// a photo and a poll, and two text posts (a frequent question and news).
	for typ, n := range map[ContentType]int{Question: 1, LinkPost: 1, Event: 1, Offer: 1, Testimonial: 1, Photo: 1, Poll: 1, Text: 2} {
		if types[typ] < n {
			t.Errorf("%d %s starters, want at least %d", types[typ], typ, n)
		}
	}
}

func TestStarterNewIdea(t *testing.T) {
	for _, s := range Starters() {
		p := s.NewIdea(4)
		if p.ClientID != 4 || p.Status != Idea || p.Type != s.Type || p.Notes != s.Prompt || p.Text != "" ||
			p.Time != NoClock || !p.Date.IsZero() || p.ID != 0 {
			t.Errorf("%s: idea %+v", s.Key, p)
		}
		p.Normalize()
		if err := p.Validate(nil); err != nil {
			t.Errorf("%s: the new idea cannot be saved: %v", s.Key, err)
		}
	}
	s := Starter{Key: "k", Type: Photo, Hashtags: []string{"#a"}}
	p := s.NewIdea(1)
	p.Hashtags[0] = "#b"
	if s.Hashtags[0] != "#a" {
		t.Error("the idea shares its hashtags with the starter")
	}
}

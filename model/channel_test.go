package model

import (
	"strings"
	"testing"
)

func TestChannelLimit(t *testing.T) {
	tests := []struct {
		name string
		ch   Channel
		want int
	}{
		{"Instagram default", Channel{Platform: Instagram}, 2200},
		{"X default", Channel{Platform: X}, 280},
		{"Telegram override", Channel{Platform: Telegram, TextLimit: 1024}, 1024},
		{"override of 1", Channel{Platform: X, TextLimit: 1}, 1},
		{"zero means default", Channel{Platform: Telegram, TextLimit: 0}, 4096},
		{"negative means default", Channel{Platform: Telegram, TextLimit: -5}, 4096},
		{"unknown platform", Channel{Platform: "myspace"}, 0},
	}
	for _, tt := range tests {
		if got := tt.ch.Limit(); got != tt.want {
			t.Errorf("%s: Limit() = %d, want %d", tt.name, got, tt.want)
		}
	}
}

func TestChannelNormalize(t *testing.T) {
	ch := Channel{Platform: Instagram, Handle: " \t@olive.travel \n"}
	ch.Normalize()
	if ch.Handle != "@olive.travel" {
		t.Errorf("Normalize: Handle = %q", ch.Handle)
	}
	if err := ch.Validate(); err != nil {
		t.Errorf("Validate after Normalize: %v", err)
	}
}

func TestChannelValidate(t *testing.T) {
	tests := []struct {
		name    string
		ch      Channel
		field   string // "" = valid
		wantMsg []string
	}{
		{"good", Channel{Platform: Instagram, Handle: "@olive.travel"}, "", nil},
		{"override at max", Channel{Platform: Telegram, Handle: "@olive", TextLimit: 4096}, "", nil},
		{"override of 1", Channel{Platform: X, Handle: "@olive", TextLimit: 1}, "", nil},
		{"100-rune handle", Channel{Platform: VK, Handle: strings.Repeat("ж", 100)}, "", nil},
		{"unknown platform", Channel{Platform: "myspace", Handle: "@olive"}, "platform", []string{`"myspace"`}},
		{"empty platform", Channel{Platform: "", Handle: "@olive"}, "platform", nil},
		{"display name is not a key", Channel{Platform: "Instagram", Handle: "@olive"}, "platform", nil},
		{"no handle", Channel{Platform: X, Handle: ""}, "handle", nil},
		{"101-rune handle", Channel{Platform: VK, Handle: strings.Repeat("ж", 101)}, "handle", nil},
		{"tab in handle", Channel{Platform: X, Handle: "@a\tb"}, "handle", nil},
		{"newline in handle", Channel{Platform: X, Handle: "@a\nb"}, "handle", nil},
		{"limit above max", Channel{Platform: Telegram, Handle: "@olive", TextLimit: 4097}, "limit", []string{"4096", "Telegram"}},
		{"limit above X max", Channel{Platform: X, Handle: "@olive", TextLimit: 281}, "limit", []string{"280", "X"}},
		{"negative limit", Channel{Platform: Instagram, Handle: "@olive", TextLimit: -1}, "limit", []string{"2200", "Instagram"}},
		{"50 posts a day", Channel{Platform: X, Handle: "@olive", MaxPerDay: 50}, "", nil},
		{"24-hour gap", Channel{Platform: X, Handle: "@olive", MinGapHours: 24}, "", nil},
		{"51 posts a day", Channel{Platform: X, Handle: "@olive", MaxPerDay: 51}, "max_per_day", []string{"50"}},
		{"negative posts a day", Channel{Platform: X, Handle: "@olive", MaxPerDay: -1}, "max_per_day", []string{"50"}},
		{"25-hour gap", Channel{Platform: X, Handle: "@olive", MinGapHours: 25}, "min_gap_hours", []string{"24 hours"}},
		{"negative gap", Channel{Platform: X, Handle: "@olive", MinGapHours: -2}, "min_gap_hours", []string{"24 hours"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkOnlyProblem(t, tt.ch.Validate(), tt.field, tt.wantMsg...)
		})
	}
}

func TestChannelValidateSeveralProblems(t *testing.T) {
	p := problemsOf(t, Channel{Platform: "myspace", Handle: ""}.Validate())
	if p.For("platform") == "" || p.For("handle") == "" {
		t.Errorf("want platform and handle problems, got %+v", p)
	}
	// No limit check is possible for an unknown platform.
	if p.For("limit") != "" {
		t.Errorf("unexpected limit problem for unknown platform: %+v", p)
	}
}

func TestChannelLabel(t *testing.T) {
	tests := []struct {
		ch   Channel
		want string
	}{
		{Channel{Platform: Instagram, Handle: "@olive.travel"}, "Instagram @olive.travel"},
		{Channel{Platform: LinkedIn, Handle: "Olive Travel"}, "LinkedIn Olive Travel"},
		{Channel{Platform: X, Handle: "@olive"}, "X @olive"},
		{Channel{Platform: "myspace", Handle: "@olive"}, "myspace @olive"},
	}
	for _, tt := range tests {
		if got := tt.ch.Label(); got != tt.want {
			t.Errorf("Label() = %q, want %q", got, tt.want)
		}
	}
}

func TestChannelGuard(t *testing.T) {
	tests := []struct {
		name string
		ch   Channel
		want Guard
	}{
		{"Instagram default", Channel{Platform: Instagram}, Guard{2, 6}},
		{"X default", Channel{Platform: X}, Guard{8, 1}},
		{"both overridden", Channel{Platform: Instagram, MaxPerDay: 5, MinGapHours: 1}, Guard{5, 1}},
		{"only the daily limit", Channel{Platform: LinkedIn, MaxPerDay: 3}, Guard{3, 12}},
		{"only the gap", Channel{Platform: LinkedIn, MinGapHours: 24}, Guard{1, 24}},
		{"unknown platform", Channel{Platform: "myspace"}, Guard{}},
	}
	for _, tt := range tests {
		if got := tt.ch.Guard(); got != tt.want {
			t.Errorf("%s: Guard() = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

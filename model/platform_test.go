package model

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

var rgbRE = regexp.MustCompile(`^#[0-9A-Fa-f]{6}$`)

func TestPlatformsInfo(t *testing.T) {
	ps := Platforms()
	if len(ps) != 10 {
		t.Errorf("Platforms() has %d entries, want 10", len(ps))
	}
	seen := map[Platform]bool{}
	names := map[string]bool{}
	for _, p := range ps {
		t.Run(string(p), func(t *testing.T) {
			if seen[p] {
				t.Errorf("%q listed twice", p)
			}
			seen[p] = true
			if !p.Valid() {
				t.Errorf("%q is not Valid", p)
			}
			info := p.Info()
			if info.Name == "" || p.Name() != info.Name {
				t.Errorf("%q: Name() = %q, Info().Name = %q", p, p.Name(), info.Name)
			}
			if names[strings.ToLower(info.Name)] {
				t.Errorf("display name %q used twice", info.Name)
			}
			names[strings.ToLower(info.Name)] = true
			if info.TextLimit <= 0 {
				t.Errorf("%q: TextLimit = %d", p, info.TextLimit)
			}
			if !rgbRE.MatchString(info.Color) {
				t.Errorf("%q: Color = %q, want #RRGGBB", p, info.Color)
			}
			if info.MaxPerDay <= 0 {
				t.Errorf("%q: MaxPerDay = %d", p, info.MaxPerDay)
			}
			if info.MinGapHours <= 0 || info.MinGapHours > 24 {
				t.Errorf("%q: MinGapHours = %d", p, info.MinGapHours)
			}
		})
	}
}

func TestPlatformTextLimits(t *testing.T) {
	tests := []struct {
		p    Platform
		want int
	}{
		{X, 280},
		{Instagram, 2200},
		{LinkedIn, 3000},
		{Threads, 500},
		{Telegram, 4096},
	}
	for _, tt := range tests {
		if got := tt.p.Info().TextLimit; got != tt.want {
			t.Errorf("%s TextLimit = %d, want %d", tt.p, got, tt.want)
		}
	}
}

func TestPlatformNames(t *testing.T) {
	tests := []struct {
		p    Platform
		want string
	}{
		{X, "X"},
		{Instagram, "Instagram"},
		{LinkedIn, "LinkedIn"},
		{TikTok, "TikTok"},
		{YouTube, "YouTube"},
		{VK, "VK"},
		{Platform("myspace"), "myspace"},
		{Platform(""), ""},
	}
	for _, tt := range tests {
		if got := tt.p.Name(); got != tt.want {
			t.Errorf("Platform(%q).Name() = %q, want %q", tt.p, got, tt.want)
		}
	}
}

func TestUnknownPlatform(t *testing.T) {
	for _, p := range []Platform{"", "myspace", "X", "Instagram", "twitter"} {
		if p.Valid() {
			t.Errorf("Platform(%q).Valid() = true", p)
		}
		if info := p.Info(); info != (PlatformInfo{}) {
			t.Errorf("Platform(%q).Info() = %+v, want zero", p, info)
		}
	}
}

func TestParsePlatform(t *testing.T) {
	tests := []struct {
		in   string
		want Platform
	}{
		{"x", X},
		{"X", X},
		{"instagram", Instagram},
		{"Instagram", Instagram},
		{"INSTAGRAM", Instagram},
		{"iNsTaGrAm", Instagram},
		{"linkedin", LinkedIn},
		{"LinkedIn", LinkedIn},
		{"LINKEDIN", LinkedIn},
		{"youtube", YouTube},
		{"YouTube", YouTube},
		{"tiktok", TikTok},
		{" TikTok ", TikTok},
		{"vk", VK},
		{"VK", VK},
		{"Telegram", Telegram},
		{"pinterest", Pinterest},
		{"THREADS", Threads},
		{"Facebook", Facebook},
	}
	for _, tt := range tests {
		got, err := ParsePlatform(tt.in)
		if err != nil {
			t.Errorf("ParsePlatform(%q) error: %v", tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("ParsePlatform(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// Every key and display name parses back to its platform.
	for _, p := range Platforms() {
		for _, s := range []string{string(p), p.Name(), strings.ToUpper(p.Name()), strings.ToLower(p.Name())} {
			if got, err := ParsePlatform(s); err != nil || got != p {
				t.Errorf("ParsePlatform(%q) = %q, %v; want %q", s, got, err, p)
			}
		}
	}
}

func TestParsePlatformUnknown(t *testing.T) {
	for _, in := range []string{"myspace", "", "insta", "twitter", "face book", "x.com"} {
		got, err := ParsePlatform(in)
		if err == nil {
			t.Errorf("ParsePlatform(%q) = %q, want an error", in, got)
			continue
		}
		if got != "" {
			t.Errorf("ParsePlatform(%q) = %q with error, want empty", in, got)
		}
		if !strings.Contains(err.Error(), fmt.Sprintf("%q", in)) {
			t.Errorf("ParsePlatform(%q) error %q does not mention the value", in, err)
		}
	}
}

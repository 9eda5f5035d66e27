package model

import (
	"kairos/model/msg"
)

// Platform is a social network a channel publishes to.
type Platform string

// The platforms Kairos plans for.
const (
	Facebook  Platform = "facebook"
	Instagram Platform = "instagram"
	VK        Platform = "vk"
	X         Platform = "x"
	LinkedIn  Platform = "linkedin"
	TikTok    Platform = "tiktok"
	YouTube   Platform = "youtube"
	Telegram  Platform = "telegram"
	Pinterest Platform = "pinterest"
	Threads   Platform = "threads"
)

// PlatformInfo holds the facts Kairos needs about a platform.
type PlatformInfo struct {
	Name string
	// TextLimit is the longest post text the platform accepts, in characters
	// (Unicode code points), as its own help pages state for a post or caption.
	TextLimit int
	// Color is the brand colour used for chips, as #RRGGBB.
	Color string
	// MaxPerDay and MinGapHours are the default posting-frequency guard: what
	// social media guides commonly advise before reach drops or followers tire.
	MaxPerDay   int
	MinGapHours int
}

var platformInfo = map[Platform]PlatformInfo{
	Facebook:  {"Facebook", 63206, "#1877F2", 2, 4},
	Instagram: {"Instagram", 2200, "#E1306C", 2, 6},
	VK:        {"VK", 16384, "#0077FF", 3, 3},
	X:         {"X", 280, "#14171A", 8, 1},
	LinkedIn:  {"LinkedIn", 3000, "#0A66C2", 1, 12},
	TikTok:    {"TikTok", 4000, "#25F4EE", 3, 3},
	YouTube:   {"YouTube", 5000, "#FF0000", 1, 12},
	Telegram:  {"Telegram", 4096, "#26A5E4", 5, 2},
	Pinterest: {"Pinterest", 500, "#E60023", 10, 1},
	Threads:   {"Threads", 500, "#101010", 5, 2},
}

// Platforms lists every platform in the order menus show them.
func Platforms() []Platform {
	return []Platform{Facebook, Instagram, VK, X, LinkedIn, TikTok, YouTube, Telegram, Pinterest, Threads}
}

// Info returns the facts for p; unknown platforms get a zero PlatformInfo.
func (p Platform) Info() PlatformInfo { return platformInfo[p] }

// Valid reports whether p is a platform Kairos knows.
func (p Platform) Valid() bool { _, ok := platformInfo[p]; return ok }

// Name is the platform's display name.
func (p Platform) Name() string {
	if !p.Valid() {
		return string(p)
	}
	return platformInfo[p].Name
}

// ParsePlatform accepts a platform's key or display name, in any case.
func ParsePlatform(s string) (Platform, error) {
	for _, p := range Platforms() {
		if equalFold(s, string(p)) || equalFold(s, p.Name()) {
			return p, nil
		}
	}
	return "", msg.Errorf("\"{{.Text}}\" is not a platform Kairos knows; choose one of Facebook, Instagram, VK, X, LinkedIn, TikTok, YouTube, Telegram, Pinterest or Threads.", "Text", s)
}

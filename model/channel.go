package model

import (
	"sort"
	"strings"
)

// Channel is one of a client's accounts on a platform.
type Channel struct {
	ID       int64
	ClientID int64
	Platform Platform
	// Handle is the account's name on the platform, for example @olive.travel.
	Handle string
	// TextLimit overrides the platform's limit when set (for example a
	// Telegram channel that posts captions under media: 1,024). 0 = default.
	TextLimit int
	// MaxPerDay and MinGapHours override the platform's posting-frequency
	// guard for this account. 0 = the platform default.
	MaxPerDay   int
	MinGapHours int
}

// Guard is how often a channel should post: at most MaxPerDay posts a day,
// at least MinGapHours apart.
type Guard struct{ MaxPerDay, MinGapHours int }

// Guard is the channel's own limits where set, the platform's otherwise.
func (ch Channel) Guard() Guard {
	g := Guard{ch.Platform.Info().MaxPerDay, ch.Platform.Info().MinGapHours}
	if ch.MaxPerDay > 0 {
		g.MaxPerDay = ch.MaxPerDay
	}
	if ch.MinGapHours > 0 {
		g.MinGapHours = ch.MinGapHours
	}
	return g
}

// The largest guard values a user may set.
const (
	MaxPerDayLimit = 50
	// MinGapHoursLimit is a day: the frequency check looks at the day before
	// and after a post, and a longer rest is what MaxPerDay expresses.
	MinGapHoursLimit = 24
)

// Normalize trims the handle.
func (ch *Channel) Normalize() { ch.Handle = strings.TrimSpace(ch.Handle) }

// Limit is the longest text this channel accepts.
func (ch Channel) Limit() int {
	if ch.TextLimit > 0 {
		return ch.TextLimit
	}
	return ch.Platform.Info().TextLimit
}

// Label is how menus name the channel: "Instagram @olive.travel".
func (ch Channel) Label() string { return ch.Platform.Name() + " " + ch.Handle }

// Validate reports every problem with ch; call Normalize first.
func (ch Channel) Validate() error {
	var p Problems
	if !ch.Platform.Valid() {
		p.add("platform", "\"{{.Platform}}\" is not a platform Kairos knows.", "Platform", string(ch.Platform))
	}
	switch {
	case ch.Handle == "":
		p.add("handle", "Enter the account's handle or page name, for example @olive.travel.")
	case len([]rune(ch.Handle)) > 100:
		p.add("handle", "Keep the handle to 100 characters or fewer.")
	case strings.ContainsAny(ch.Handle, "\n\t"):
		p.add("handle", "A handle is one line with no tabs.")
	}
	if ch.Platform.Valid() && (ch.TextLimit < 0 || ch.TextLimit > ch.Platform.Info().TextLimit) {
		p.add("limit", "The text limit must be between 1 and {{.Max}} for {{.Platform}} (leave it empty for the platform's own limit).",
			"Max", ch.Platform.Info().TextLimit, "Platform", ch.Platform.Name())
	}
	if ch.MaxPerDay < 0 || ch.MaxPerDay > MaxPerDayLimit {
		p.add("max_per_day", "Posts a day must be between 1 and {{.Max}} (leave it empty for the platform's usual limit).", "Max", MaxPerDayLimit)
	}
	if ch.MinGapHours < 0 || ch.MinGapHours > MinGapHoursLimit {
		p.add("min_gap_hours", "The gap between posts must be between 1 and {{.Max}} hours (leave it empty for the platform's usual gap).", "Max", MinGapHoursLimit)
	}
	return p.err()
}

// SortChannels orders channels as the platform menu does, then by handle.
func SortChannels(list []Channel) {
	rank := map[Platform]int{}
	for i, p := range Platforms() {
		rank[p] = i
	}
	sort.SliceStable(list, func(i, j int) bool {
		if rank[list[i].Platform] != rank[list[j].Platform] {
			return rank[list[i].Platform] < rank[list[j].Platform]
		}
		return strings.ToLower(list[i].Handle) < strings.ToLower(list[j].Handle)
	})
}

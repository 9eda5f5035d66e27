// Package contest holds giveaways: what a contest is, the checklist of
// rules it must follow for its platforms and regions, the key dates that
// become posts on the calendar, and the checks of those posts' words.
// Facts behind the rules: Meta's promotion guidelines, US sweepstakes law,
// UK CAP code 8 and the Gambling Act 2005 (see shared/research/rules.md).
// Pure Go: no Fyne, no SQL.
package contest

import (
	"time"

	"kairos/model"
	"kairos/model/msg"
)

// Kind is how winners are chosen; it decides which rules apply (a game of
// chance needs a free way to enter, a skill contest needs judging criteria).
type Kind string

// The kinds of contest.
const (
	Chance     Kind = "chance"      // a sweepstakes or prize draw
	Skill      Kind = "skill"       // judged entries (best photo, caption...)
	InstantWin Kind = "instant_win" // the win is known at entry
)

// Kinds lists every kind in the order a form shows them.
func Kinds() []Kind { return []Kind{Chance, Skill, InstantWin} }

// Status is where a contest stands before launch.
type Status string

// The statuses. A contest is Ready once every required checklist item is
// done or waived; it falls back to Planning when one is reopened.
const (
	Planning Status = "planning"
	Ready    Status = "ready"
)

// Prize is what the winners get.
type Prize struct {
	Description string
	Quantity    int
	// Value is the approximate retail value of one prize in minor units
	// (cents), in Currency (ISO 4217, for example EUR).
	Value    int64
	Currency string
}

// Contest is one giveaway of a client.
type Contest struct {
	ID, ClientID int64
	Name         string
	Kind         Kind
	// ChannelIDs are the client's channels the contest runs on; Platforms
	// are theirs, filled in by storage, and decide which rules apply.
	ChannelIDs []int64
	Platforms  []model.Platform
	// Start and End are instants; Zone is the IANA zone the rules state
	// them in ("ends 23:59 Europe/London").
	Start, End time.Time
	Zone       string
	Prize      Prize
	// Regions are ISO 3166-1 alpha-2 codes of where people may enter; "EU"
	// stands for every member state.
	Regions        []string
	MinAge         int
	RulesLink      string
	SponsorName    string
	SponsorAddress string
	Status         Status
	Created        time.Time
	Updated        time.Time
}

// Item is one line of a contest's checklist.
type Item struct {
	ID, ContestID int64
	// Key names the template item it came from ("core.free-entry"); empty
	// for the user's own items.
	Key string
	// Set is the template set ("core", "facebook", "us"...), or Own.
	Set       string
	Text, Why string
	Required  bool
	Done      bool
	// Waived items count as settled, but only with a written reason.
	Waived      bool
	WaiveReason string
	Position    int
}

// Own is the Set of items the user added.
const Own = "own"

// KeyKind is a moment of the contest that deserves a post.
type KeyKind string

// The key dates, in the order they happen.
const (
	Announcement KeyKind = "announcement"
	Reminder     KeyKind = "reminder"
	LastCall     KeyKind = "last_call"
	Winners      KeyKind = "winners"
)

// KeyKinds lists the key dates in order.
func KeyKinds() []KeyKind { return []KeyKind{Announcement, Reminder, LastCall, Winners} }

// KeyDate is when one key moment falls.
type KeyDate struct {
	Kind KeyKind
	At   time.Time
}

// Link says that a post is a contest's post for one key moment.
type Link struct {
	PostID, ContestID int64
	Kind              KeyKind
}

// Warning is a rule a contest post seems to break, in the user's words.
type Warning struct {
	// Rule is a stable name for tests and filters ("facebook.share-timeline").
	Rule string
	// Message says what is wrong and what to do, as a sentence to translate.
	Message msg.Text
}

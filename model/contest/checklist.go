package contest

import (
	"strings"
	"unicode/utf8"

	"kairos/model"
	"kairos/model/msg"
)

// settled reports whether the item needs no more work.
func (it Item) settled() bool { return it.Done || it.Waived }

// Progress counts the items that are done or waived, out of all of them.
func Progress(items []Item) (settled, total int) {
	for _, it := range items {
		if it.settled() {
			settled++
		}
	}
	return settled, len(items)
}

// Missing lists the required items neither done nor waived, in order.
func Missing(items []Item) []Item {
	var open []Item
	for _, it := range items {
		if it.Required && !it.settled() {
			open = append(open, it)
		}
	}
	return open
}

// NotReady refuses a launch while required items are open; it lists them
// so the user sees what is left.
type NotReady struct{ Missing []Item }

func (e NotReady) Error() string { return e.Message().String() }

// Message is the refusal with the open items, one per line, as they read
// in the checklist's English (the interface lists them in its own words).
func (e NotReady) Message() msg.Text {
	t := msg.Plural(len(e.Missing), "Not ready to launch: {{.Count}} required item is still open:",
		"Not ready to launch: {{.Count}} required items are still open:")
	for _, it := range e.Missing {
		t = msg.New("{{.Text}}\n- {{.Item}}", "Text", t, "Item", it.Text)
	}
	return t
}

var _ msg.Localized = NotReady{}

// CheckReady returns nil when every required item is settled, else a
// NotReady listing the open ones.
func CheckReady(items []Item) error {
	if open := Missing(items); len(open) > 0 {
		return NotReady{Missing: open}
	}
	return nil
}

// Waive marks the item as not applying. The reason is kept as the record
// of why a rule was skipped, so it must say something.
func (it *Item) Waive(reason string) error {
	reason = strings.TrimSpace(reason)
	switch n := utf8.RuneCountInString(reason); {
	case n < 10:
		return model.Problem("waive_reason", "Say why this item does not apply (at least 10 characters).")
	case n > 500:
		return model.Problem("waive_reason", "Keep the reason to 500 characters or fewer.")
	}
	it.Waived, it.WaiveReason, it.Done = true, reason, false
	return nil
}

// Unwaive opens a waived item again and forgets the reason.
func (it *Item) Unwaive() { it.Waived, it.WaiveReason = false, "" }

// NewOwnItem is an item the user adds to a contest's checklist. Its
// Position is left for storage to set (after the last item).
func NewOwnItem(contestID int64, text string, required bool) (Item, error) {
	text = strings.TrimSpace(text)
	switch n := utf8.RuneCountInString(text); {
	case n < 3:
		return Item{}, model.Problem("text", "Describe the item in at least 3 characters.")
	case n > 300:
		return Item{}, model.Problem("text", "Keep the item to 300 characters or fewer.")
	}
	return Item{ContestID: contestID, Set: Own, Text: text, Required: required}, nil
}

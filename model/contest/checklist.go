package contest

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"kairos/model"
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

func (e NotReady) Error() string {
	var b strings.Builder
	if len(e.Missing) == 1 {
		b.WriteString("Not ready to launch: 1 required item is still open:")
	} else {
		fmt.Fprintf(&b, "Not ready to launch: %d required items are still open:", len(e.Missing))
	}
	for _, it := range e.Missing {
		b.WriteString("\n- " + it.Text)
	}
	return b.String()
}

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
		return model.FieldError{Field: "waive_reason", Message: "Say why this item does not apply (at least 10 characters)."}
	case n > 500:
		return model.FieldError{Field: "waive_reason", Message: "Keep the reason to 500 characters or fewer."}
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
		return Item{}, model.FieldError{Field: "text", Message: "Describe the item in at least 3 characters."}
	case n > 300:
		return Item{}, model.FieldError{Field: "text", Message: "Keep the item to 300 characters or fewer."}
	}
	return Item{ContestID: contestID, Set: Own, Text: text, Required: required}, nil
}

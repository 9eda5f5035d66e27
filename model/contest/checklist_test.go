package contest

import (
	"errors"
	"strings"
	"testing"

	"kairos/model"
)

func checklist() []Item {
	return []Item{
		{ID: 1, Text: "Free entry", Required: true},
		{ID: 2, Text: "Sponsor address", Required: true, Done: true},
		{ID: 3, Text: "Odds statement", Required: true, Waived: true, WaiveReason: "Judged contest, no odds."},
		{ID: 4, Text: "Branded content label"},
		{ID: 5, Text: "Release of Facebook", Required: true},
		{ID: 6, Text: "Paid partnership", Done: true},
	}
}

func TestProgress(t *testing.T) {
	tests := []struct {
		name           string
		items          []Item
		settled, total int
	}{
		{"none", nil, 0, 0},
		{"mixed", checklist(), 3, 6},
		{"all open", []Item{{}, {Required: true}}, 0, 2},
		{"done and waived both count", []Item{{Done: true}, {Waived: true}}, 2, 2},
	}
	for _, tc := range tests {
		if s, n := Progress(tc.items); s != tc.settled || n != tc.total {
			t.Errorf("%s: Progress = %d/%d, want %d/%d", tc.name, s, n, tc.settled, tc.total)
		}
	}
}

func TestMissingAndCheckReady(t *testing.T) {
	missing := Missing(checklist())
	if len(missing) != 2 || missing[0].ID != 1 || missing[1].ID != 5 {
		t.Fatalf("Missing = %+v, want items 1 and 5", missing)
	}
	err := CheckReady(checklist())
	var nr NotReady
	if !errors.As(err, &nr) || len(nr.Missing) != 2 {
		t.Fatalf("CheckReady = %v, want NotReady with 2 items", err)
	}
	want := "Not ready to launch: 2 required items are still open:\n- Free entry\n- Release of Facebook"
	if err.Error() != want {
		t.Errorf("message\n%q\nwant\n%q", err.Error(), want)
	}
	one := NotReady{Missing: []Item{{Text: "Free entry"}}}
	if got := one.Error(); got != "Not ready to launch: 1 required item is still open:\n- Free entry" {
		t.Errorf("one item: %q", got)
	}
	items := checklist()
	items[0].Done = true
	items[4].Waived = true
	if err := CheckReady(items); err != nil {
		t.Errorf("all required settled, CheckReady = %v", err)
	}
	if err := CheckReady(nil); err != nil {
		t.Errorf("empty checklist: %v", err)
	}
}

func TestWaive(t *testing.T) {
	tests := []struct {
		name   string
		reason string
		ok     bool
		stored string
	}{
		{"empty", "", false, ""},
		{"spaces", "          ", false, ""},
		{"nine runes", "Δεν ισχύε", false, ""},
		{"ten runes", "Δεν ισχύει", true, "Δεν ισχύει"},
		{"trimmed before counting", "   too short   ", false, ""},
		{"stored trimmed", "  ten chars!  ", true, "ten chars!"},
		{"500 runes", strings.Repeat("é", 500), true, strings.Repeat("é", 500)},
		{"501 runes", strings.Repeat("é", 501), false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			it := Item{Text: "Free entry", Required: true, Done: true}
			err := it.Waive(tc.reason)
			if tc.ok != (err == nil) {
				t.Fatalf("Waive(%q) = %v, ok want %v", tc.reason, err, tc.ok)
			}
			if !tc.ok {
				var fe model.FieldError
				if !errors.As(err, &fe) || fe.Field != "waive_reason" {
					t.Errorf("error %#v is not a waive_reason FieldError", err)
				}
				if !it.Done || it.Waived || it.WaiveReason != "" {
					t.Errorf("a refused waiver changed the item: %+v", it)
				}
				return
			}
			if !it.Waived || it.Done || it.WaiveReason != tc.stored {
				t.Errorf("after Waive: %+v", it)
			}
		})
	}
	it := Item{}
	if err := it.Waive("short"); err == nil || err.Error() != "Say why this item does not apply (at least 10 characters)." {
		t.Errorf("short reason: %v", err)
	}
}

func TestUnwaive(t *testing.T) {
	it := Item{Waived: true, WaiveReason: "Not relevant to this client."}
	it.Unwaive()
	if it.Waived || it.WaiveReason != "" || it.Done {
		t.Errorf("after Unwaive: %+v", it)
	}
}

func TestNewOwnItem(t *testing.T) {
	tests := []struct {
		text string
		ok   bool
		msg  string
	}{
		{"  Order the hampers  ", true, ""},
		{"abc", true, ""},
		{" ab ", false, "Describe the item in at least 3 characters."},
		{"", false, "Describe the item in at least 3 characters."},
		{strings.Repeat("ж", 300), true, ""},
		{strings.Repeat("ж", 301), false, "Keep the item to 300 characters or fewer."},
	}
	for _, tc := range tests {
		it, err := NewOwnItem(9, tc.text, true)
		if !tc.ok {
			var fe model.FieldError
			if !errors.As(err, &fe) || fe.Field != "text" || fe.Error() != tc.msg {
				t.Errorf("NewOwnItem(%q) = %v, want %q", tc.text, err, tc.msg)
			}
			continue
		}
		if err != nil {
			t.Errorf("NewOwnItem(%q) = %v", tc.text, err)
			continue
		}
		want := Item{ContestID: 9, Set: Own, Text: strings.TrimSpace(tc.text), Required: true}
		if it != want {
			t.Errorf("NewOwnItem(%q) = %+v, want %+v", tc.text, it, want)
		}
	}
	if it, _ := NewOwnItem(9, "Book the photographer", false); it.Required || it.Key != "" {
		t.Errorf("optional own item: %+v", it)
	}
}

package e2e

import (
	"regexp"
	"testing"
)

// fyneExitPrefsRace matches the one message Fyne 2.7 itself may log while
// an app quits: its exit hook rewrites preferences.json (truncating it
// first) while its own watcher of that folder, run directly once the event
// queue has drained, reads the file back empty. Nothing is lost: the save
// that follows writes the values whole. Any other Fyne error still fails
// the test.
var fyneExitPrefsRace = regexp.MustCompile(
	`(?m)^.*Fyne error: +Preferences load error:\n.*Cause: EOF\n.*At: .*/fyne/v2@[^/]+/app/preferences\.go:\d+\n?`)

// withoutFyneExitRace is output without that message.
func withoutFyneExitRace(output string) string {
	return fyneExitPrefsRace.ReplaceAllString(output, "")
}

func TestWithoutFyneExitRaceDropsOnlyThatMessage(t *testing.T) {
	race := "2026/11/26 09:52:53 Fyne error:  Preferences load error:\n" +
		"2026/11/26 09:52:53   Cause: EOF\n" +
		"2026/11/26 09:52:53   At: /root/go/pkg/mod/fyne.io/fyne/v2@v2.7.1/app/preferences.go:103\n"
	other := "2026/11/26 09:52:53 Fyne error:  Preferences load error:\n" +
		"2026/11/26 09:52:53   Cause: invalid character 'x' looking for beginning of value\n" +
		"2026/11/26 09:52:53   At: /root/go/pkg/mod/fyne.io/fyne/v2@v2.7.1/app/preferences.go:103\n"
	for _, c := range []struct{ in, want string }{
		{race, ""},
		{"before\n" + race + "after\n", "before\nafter\n"},
		{other, other},
		{race + other, other},
	} {
		if got := withoutFyneExitRace(c.in); got != c.want {
			t.Errorf("withoutFyneExitRace(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

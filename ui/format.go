package ui

import (
	"strconv"

	"fyne.io/fyne/v2/lang"
)

// count is the template data of a counted phrase, for lang.N:
// lang.N("{{.Count}} posts", n, count(n)) says "1 post" or "3 posts", and
// in Russian "1 пост", "3 поста" or "5 постов".
func count(n int) map[string]any { return map[string]any{"Count": n} }

// groupDigits writes 63206 as 63,206 (63.206 in Greek, 63 206 in Russian).
func groupDigits(n int) string {
	if n < 0 {
		return "-" + groupDigits(-n)
	}
	sep := lang.X("number.thousands", ",")
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + sep + s[i:]
	}
	return s
}

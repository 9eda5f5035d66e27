package msg

import (
	"errors"
	"strings"
	"testing"
)

func TestNewFillsTheEnglishTemplate(t *testing.T) {
	got := New("Keep the name of {{.Day}} to {{.Max}} characters.", "Day", "Monday", "Max", 40).String()
	if want := "Keep the name of Monday to 40 characters."; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got := New("No values.").String(); got != "No values." {
		t.Errorf("String() = %q", got)
	}
}

func TestPluralPicksTheEnglishForm(t *testing.T) {
	for count, want := range map[int]string{0: "0 hours", 1: "1 hour", 2: "2 hours", 21: "21 hours"} {
		if got := Plural(count, "{{.Count}} hour", "{{.Count}} hours").String(); got != want {
			t.Errorf("Plural(%d) = %q, want %q", count, got, want)
		}
	}
}

func TestNestedTextsRenderFirst(t *testing.T) {
	gap := Plural(2, "{{.Count}} hour", "{{.Count}} hours")
	outer := New("Keep {{.Gap}} between posts.", "Gap", gap)
	if got := outer.String(); got != "Keep 2 hours between posts." {
		t.Errorf("String() = %q", got)
	}
	// Render hands every Text, nested ones first, to translate, and other
	// values to value.
	var seen []string
	got := New("{{.A}} on {{.When}}", "A", gap, "When", 7).Render(func(t Text) string {
		seen = append(seen, t.Key)
		return strings.ToUpper(Fill(t.Key, t.Args))
	}, func(v any) (string, bool) {
		if n, ok := v.(int); ok && n == 7 {
			return "Sunday", true
		}
		return "", false
	})
	if got != "2 HOURS ON SUNDAY" {
		t.Errorf("Render = %q", got)
	}
	if len(seen) != 2 || seen[0] != "{{.Count}} hours" {
		t.Errorf("translate saw %v, want the nested plural first", seen)
	}
}

func TestABrokenTemplateIsKeptAsItIs(t *testing.T) {
	if got := Fill("50% off {{", nil); got != "50% off {{" {
		t.Errorf("Fill = %q", got)
	}
	if got := New("Hello {{.Missing}}!").String(); got != "Hello !" {
		t.Errorf("a missing value reads %q, want it left empty", got)
	}
}

func TestErrorKeepsItsKindAndText(t *testing.T) {
	kind := errors.New("not found")
	err := error(&Error{Text: New("The client {{.Name}} is gone.", "Name", "Olive"), Kind: kind})
	if !errors.Is(err, kind) || err.Error() != "The client Olive is gone." {
		t.Errorf("err = %v, Is(kind) = %v", err, errors.Is(err, kind))
	}
	var local Localized
	if !errors.As(err, &local) || local.Message().Key != "The client {{.Name}} is gone." {
		t.Errorf("As(Localized) failed for %v", err)
	}
}

func TestOddPairsPanic(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("New with an odd number of pair values did not panic")
		}
	}()
	New("{{.A}}", "A")
	New("{{.A}}", "A", 1, "B")
}

func TestVerbatimIsNeverReadAsATemplate(t *testing.T) {
	for _, s := range []string{"{{.Field}}", `{{printf "%s" 1}}`, "plain"} {
		if got := Verbatim(s).String(); got != s {
			t.Errorf("Verbatim(%q) reads %q", s, got)
		}
	}
}

package ui

// Every word ui puts on screen goes through Fyne's lang package: lang.L
// with the English text as its own key (a template such as "Delete
// “{{.Name}}”?" when values go in), lang.N for a counted phrase, lang.X
// where one English word needs two translations (May, the month, and May,
// its abbreviation). The keys live in assets/translations/en.json, el.json
// and ru.json. The tests below read ui's source: they name each key a file
// lacks, each literal shown without lang, and each translation whose
// placeholders differ from the English.

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"text/template"
	"unicode"

	"fyne.io/fyne/v2/lang"

	"kairos/assets"
)

// TestMain loads the translations once, in English whatever the machine's
// locale, as main does before the window is built: lang.N needs them for
// English plurals, and the tests read English text.
func TestMain(m *testing.M) {
	for _, name := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES"} {
		os.Unsetenv(name)
	}
	os.Setenv("LANG", "en_US.UTF-8")
	if err := lang.AddTranslationsFS(assets.Translations, "translations"); err != nil {
		panic(err)
	}
	os.Exit(m.Run())
}

// translationCodes are the languages Kairos ships, by file name.
var translationCodes = []string{"en", "el", "ru"}

// pluralForms are the CLDR categories each language's plurals must give.
var pluralForms = map[string][]string{"en": {"one", "other"}, "el": {"one", "other"}, "ru": {"one", "few", "many", "other"}}

// keyUse is one lang.L, lang.N or lang.X call in ui's code.
type keyUse struct {
	key, fn, fallback string
	pos               token.Position
}

// uiSource is every non-test Go file of the ui package, parsed.
type uiSource struct {
	fset   *token.FileSet
	files  []*ast.File
	consts map[string]string // package-level string constants
}

func parseUI(t *testing.T) uiSource {
	t.Helper()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	src := uiSource{fset: token.NewFileSet(), consts: map[string]string{}}
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(src.fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		src.files = append(src.files, f)
	}
	for _, f := range src.files {
		for _, d := range f.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.CONST {
				for _, spec := range g.Specs {
					vs := spec.(*ast.ValueSpec)
					for i, n := range vs.Names {
						if i < len(vs.Values) {
							if s, ok := src.str(vs.Values[i]); ok {
								src.consts[n.Name] = s
							}
						}
					}
				}
			}
		}
	}
	return src
}

// str is the value of a string literal, a sum of them or a constant.
func (s uiSource) str(e ast.Expr) (string, bool) {
	switch v := e.(type) {
	case *ast.BasicLit:
		if v.Kind == token.STRING {
			u, err := strconv.Unquote(v.Value)
			return u, err == nil
		}
	case *ast.BinaryExpr:
		if v.Op == token.ADD {
			a, ok1 := s.str(v.X)
			b, ok2 := s.str(v.Y)
			return a + b, ok1 && ok2
		}
	case *ast.ParenExpr:
		return s.str(v.X)
	case *ast.Ident:
		c, ok := s.consts[v.Name]
		return c, ok
	}
	return "", false
}

// langCall reports whether c calls lang.L, lang.N or lang.X, and which.
func langCall(c *ast.CallExpr) (string, bool) {
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok {
		return "", false
	}
	if id, ok := sel.X.(*ast.Ident); !ok || id.Name != "lang" {
		return "", false
	}
	switch sel.Sel.Name {
	case "L", "N", "X":
		return sel.Sel.Name, true
	}
	return "", false
}

// keys lists every translation key the code asks for. A key that is not a
// literal or a constant cannot be checked, so it fails the test.
func (s uiSource) keys(t *testing.T) []keyUse {
	var out []keyUse
	for _, f := range s.files {
		ast.Inspect(f, func(n ast.Node) bool {
			c, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn, ok := langCall(c)
			if !ok || len(c.Args) == 0 {
				return true
			}
			pos := s.fset.Position(c.Pos())
			key, ok := s.str(c.Args[0])
			if id, isIdent := c.Args[0].(*ast.Ident); !ok && isIdent && forwarders[id.Name] {
				return true // tr and dataText pass keys checked where they are made
			}
			if !ok {
				t.Errorf("%s: lang.%s takes a variable key: use a string literal or constant so it can be checked", pos, fn)
				return true
			}
			u := keyUse{key: key, fn: fn, pos: pos}
			if fn == "X" && len(c.Args) > 1 {
				u.fallback, _ = s.str(c.Args[1])
			}
			out = append(out, u)
			return true
		})
	}
	return out
}

// loadTranslation reads one language's files (code.json and every
// name.code.json) as go-i18n messages; a key given twice fails the test.
func loadTranslation(t *testing.T, code string) map[string]any {
	t.Helper()
	entries, err := assets.Translations.ReadDir("translations")
	if err != nil {
		t.Fatal(err)
	}
	all, from := map[string]any{}, map[string]string{}
	for _, e := range entries {
		name := e.Name()
		if name != code+".json" && !strings.HasSuffix(name, "."+code+".json") {
			continue
		}
		data, err := assets.Translations.ReadFile("translations/" + name)
		if err != nil {
			t.Fatal(err)
		}
		var msgs map[string]any
		if err := json.Unmarshal(data, &msgs); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for k, v := range msgs {
			if other, twice := from[k]; twice {
				t.Errorf("%q is in both %s and %s", k, other, name)
			}
			all[k], from[k] = v, name
		}
	}
	if len(all) == 0 {
		t.Fatalf("no translation files for %s", code)
	}
	return all
}

// forms is a message's text by plural category ("other" for a plain string).
func forms(v any) map[string]string {
	switch m := v.(type) {
	case string:
		return map[string]string{"other": m}
	case map[string]any:
		out := map[string]string{}
		for k, s := range m {
			out[k], _ = s.(string)
		}
		return out
	}
	return nil
}

func TestTranslationsCoverEveryKey(t *testing.T) {
	uses := parseUI(t).keys(t)
	if len(uses) < 100 {
		t.Fatalf("found only %d lang calls: the parser is not reading ui", len(uses))
	}
	uses = append(uses, modelKeys(t)...)
	for _, key := range dataKeys(t) {
		uses = append(uses, keyUse{key: key, fn: "X"})
	}
	used := map[string]bool{}
	for _, code := range translationCodes {
		msgs := loadTranslation(t, code)
		for _, u := range uses {
			used[u.key] = true
			if code == "en" && isDataKey(u.key) {
				continue // the data's own English is the fallback
			}
			v, ok := msgs[u.key]
			if !ok {
				t.Errorf("%s: %q is missing from the %s files", u.pos, u.key, code)
				continue
			}
			f := forms(v)
			if u.fn == "N" {
				for _, want := range pluralForms[code] {
					if f[want] == "" {
						t.Errorf("%s: %s.json gives no %q form of the plural %q", u.pos, code, want, u.key)
					}
				}
			} else if _, plain := v.(string); !plain {
				t.Errorf("%s: %s.json gives plural forms for %q, which is not counted (lang.%s)", u.pos, code, u.key, u.fn)
			}
			if code != "en" {
				continue
			}
			// English is the source: a key reads as itself, an X key as its
			// fallback, a model plural's singular as the model writes it.
			if u.fn == "N" && u.fallback != "" && f["one"] != u.fallback {
				t.Errorf("%s: en.json has %q for the singular of %q, the code has %q", u.pos, f["one"], u.key, u.fallback)
			}
			switch want := u.key; {
			case u.fn == "X" && f["other"] != u.fallback:
				t.Errorf("%s: en.json has %q for %q, the code's fallback is %q", u.pos, f["other"], u.key, u.fallback)
			case u.fn != "X" && f["other"] != want:
				t.Errorf("%s: en.json has %q for %q: English keys translate to themselves", u.pos, f["other"], u.key)
			}
		}
		for key := range msgs {
			if !used[key] {
				t.Errorf("%s.json has %q, which no code uses: remove it", code, key)
			}
		}
	}
}

var (
	placeholder = regexp.MustCompile(`{{\s*\.(\w+)\s*}}`)
	printfVerb  = regexp.MustCompile(`%[-+# 0-9.*]*[a-zA-Z%]`)
)

func placeholders(s string) []string {
	var out []string
	for _, m := range placeholder.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	sort.Strings(out)
	return slicesCompactStrings(out)
}

func slicesCompactStrings(s []string) []string {
	var out []string
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// TestTranslationsKeepPlaceholders checks that every translation fills in
// exactly the English key's placeholders and parses as a template.
func TestTranslationsKeepPlaceholders(t *testing.T) {
	en := loadTranslation(t, "en")
	for _, code := range translationCodes {
		msgs := loadTranslation(t, code)
		if n, want := countNonData(msgs), countNonData(en); n != want {
			t.Errorf("the %s files have %d messages, the en files %d", code, n, want)
		}
		for key, v := range msgs {
			source := key
			if enForms := forms(en[key]); enForms != nil {
				source = enForms["other"] // for an X key, the English text has the placeholders
			}
			want := strings.Join(placeholders(source), ",")
			for form, text := range forms(v) {
				if text == "" {
					t.Errorf("%s.json: %q has an empty %q form", code, key, form)
				}
				if got := strings.Join(placeholders(text), ","); got != want {
					t.Errorf("%s.json: %q (%s) fills in {%s}, the key has {%s}", code, key, form, got, want)
				}
				// A key used as a fmt format keeps its verbs, in order (a
				// template is not one: "{{.Percent}}% of" has no verb).
				if strings.Contains(source, "{{") {
					// checked above through its placeholders
				} else if got, want := printfVerb.FindAllString(text, -1), printfVerb.FindAllString(source, -1); strings.Join(got, " ") != strings.Join(want, " ") {
					t.Errorf("%s.json: %q (%s) has the verbs %v, the key %v", code, key, form, got, want)
				}
				if _, err := template.New(key).Parse(text); err != nil {
					t.Errorf("%s.json: %q (%s) is not a valid template: %v", code, key, form, err)
				}
			}
		}
	}
}

// sinks are the calls whose string arguments people read, by function or
// method name, with the positions of those arguments (-1: every one).
var sinks = map[string][]int{
	"NewLabel": {0}, "NewLabelWithStyle": {0}, "NewButton": {0}, "NewButtonWithIcon": {0}, "NewCheck": {0},
	"NewFormItem": {0}, "NewTabItem": {0}, "NewTabItemWithIcon": {0}, "SetText": {0}, "SetPlaceHolder": {0},
	"ShowInformation": {0, 1}, "NewInformation": {0, 1}, "NewConfirm": {0, 1}, "ShowConfirm": {0, 1},
	"NewCustom": {0, 1}, "ShowCustom": {0, 1}, "NewCustomConfirm": {0, 1, 2}, "ShowCustomConfirm": {0, 1, 2},
	"NewCustomWithoutButtons": {0}, "NewForm": {0, 1, 2}, "ShowForm": {0, 1, 2}, "SetConfirmText": {0},
	"SetDismissText": {0}, "NewMenuItem": {0}, "NewMenu": {0}, "NewWindow": {0}, "NewNotification": {0, 1},
	"Append": {0}, "NewSelect": {0}, "NewRadioGroup": {0}, "NewCheckGroup": {0}, "SetOptions": {0},
	"NewHyperlink": {0}, "NewRichTextFromMarkdown": {0}, "NewAccordionItem": {0}, "NewProgressBarInfinite": {},
	"New": {0}, "Errorf": {0}, "ShowFileSave": {}, "SetFileName": {0},
	// Kairos's own helpers that put text on screen.
	"heading": {0}, "wrappedLabel": {0}, "say": {0}, "showFormDialog": {1, 2}, "confirmDestructive": {1, 2, 3},
	"withFrequencyCheck": {1}, "askDate": {0, 1}, "optionalCount": {1}, "readDate": {1}, "saveFileAs": {1},
}

// notWords are strings people see that need no translation: names,
// symbols and technical tokens.
var notWords = map[string]bool{
	"Kairos": true, "•": true, "–": true, "https://": true, "EUR": true, " · SHA-256 ": true,
	"English": true, "Ελληνικά": true, "Русский": true,
}

var fmtVerb = regexp.MustCompile(`%[-+# 0-9.*]*[a-zA-Z%]|{{[^}]*}}`)

var extension = regexp.MustCompile(`^\.[a-z0-9]+$`)

// looksVisible reports whether s has words in it, format verbs and file
// extensions aside.
func looksVisible(s string) bool {
	if notWords[s] || extension.MatchString(s) {
		return false
	}
	for _, r := range fmtVerb.ReplaceAllString(s, "") {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// visibleLiterals lists the string literals under e that people would read:
// not inside a lang call (a key, or its template data), not map keys.
func visibleLiterals(e ast.Node) []*ast.BasicLit {
	var out []*ast.BasicLit
	ast.Inspect(e, func(n ast.Node) bool {
		switch v := n.(type) {
		case *ast.CallExpr:
			if _, ok := langCall(v); ok {
				return false
			}
		case *ast.KeyValueExpr:
			ast.Inspect(v.Value, func(n ast.Node) bool {
				out = append(out, visibleLiterals(n)...)
				return false
			})
			return false
		case *ast.FuncLit:
			return false // a callback's body is checked on its own
		case *ast.BasicLit:
			if v.Kind == token.STRING {
				if s, err := strconv.Unquote(v.Value); err == nil && looksVisible(s) {
					out = append(out, v)
				}
			}
		}
		return true
	})
	return out
}

func callName(c *ast.CallExpr) string {
	switch f := c.Fun.(type) {
	case *ast.SelectorExpr:
		return f.Sel.Name
	case *ast.Ident:
		return f.Name
	}
	return ""
}

// TestVisibleTextIsTranslated fails for text put on screen without lang.L,
// lang.N or lang.X: literals handed to widgets, dialogs and the helpers
// that show text, and sentences anywhere that no lang call uses as a key.
func TestVisibleTextIsTranslated(t *testing.T) {
	src := parseUI(t)
	keys := map[string]bool{}
	for _, u := range src.keys(t) {
		keys[u.key] = true
	}
	reported := map[token.Pos]bool{}
	report := func(lit *ast.BasicLit, why string) {
		if !reported[lit.Pos()] {
			reported[lit.Pos()] = true
			t.Errorf("%s: %s %s is not translated: wrap it in lang.L", src.fset.Position(lit.Pos()), why, lit.Value)
		}
	}
	for _, f := range src.files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch v := n.(type) {
			case *ast.CallExpr:
				if _, ok := langCall(v); ok {
					return true
				}
				args, ok := sinks[callName(v)]
				if !ok {
					return true
				}
				for _, i := range args {
					if i < len(v.Args) {
						for _, lit := range visibleLiterals(v.Args[i]) {
							report(lit, callName(v)+" shows")
						}
					}
				}
			case *ast.AssignStmt: // x.PlaceHolder = "…", x.Text = "…"
				for i, lhs := range v.Lhs {
					if sel, ok := lhs.(*ast.SelectorExpr); ok && (sel.Sel.Name == "PlaceHolder" || sel.Sel.Name == "Text") && i < len(v.Rhs) {
						for _, lit := range visibleLiterals(v.Rhs[i]) {
							report(lit, sel.Sel.Name+" shows")
						}
					}
				}
			}
			return true
		})
		// A sentence anywhere else: words with spaces, starting with a capital.
		ast.Inspect(f, func(n ast.Node) bool {
			switch v := n.(type) {
			case *ast.ImportSpec, *ast.Field:
				return false
			case *ast.CallExpr:
				if _, ok := langCall(v); ok {
					return false
				}
				if logs[callName(v)] {
					return false // for developers, in the log
				}
			case *ast.BinaryExpr:
				if s, ok := src.str(v); ok && keys[s] {
					return false // a key written in parts
				}
			case *ast.BasicLit:
				if v.Kind != token.STRING {
					return true
				}
				s, err := strconv.Unquote(v.Value)
				if err != nil || keys[s] || !looksVisible(s) || !looksLikeSentence(s) {
					return true
				}
				report(v, "the sentence")
			}
			return true
		})
	}
}

// logs are the calls that write for developers, not on screen.
var logs = map[string]bool{"LogError": true, "Print": true, "Printf": true, "Println": true, "Fatal": true, "Fatalf": true, "panic": true}

// looksLikeSentence is text that begins with a capital letter and has two
// words or more, as messages do; code strings (formats, keys, paths, key
// names such as "Ctrl+G") do not.
func looksLikeSentence(s string) bool {
	s = strings.TrimSpace(fmtVerb.ReplaceAllString(s, ""))
	words := 0
	for _, w := range strings.Fields(s) {
		if strings.IndexFunc(strings.TrimRight(w, ".,:;?!…"), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) < 0 {
			words++
		}
	}
	for _, r := range s {
		return words >= 2 && unicode.IsUpper(r)
	}
	return false
}

// countNonData counts the messages that are not shipped data's.
func countNonData(msgs map[string]any) int {
	n := 0
	for k := range msgs {
		if !isDataKey(k) {
			n++
		}
	}
	return n
}

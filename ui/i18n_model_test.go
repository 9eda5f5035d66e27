package ui

// Sentences from model and storage reach the screen through tr, so their
// keys live in the same translation files as ui's own. This file finds
// them in the source of model/... and storage/ (see package msg for the
// calls that make them), and lists the keys of the data Kairos ships
// (observances, checklists, public holiday names), which the files must
// translate too.

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"kairos/assets"
	"kairos/model/contest"
	"kairos/model/holiday"
)

// messageDirs are the packages whose sentences the interface shows.
var messageDirs = []string{"../model", "../storage"}

// messageCalls are the calls that make a msg.Text, by name, with the
// positions of their template arguments: the last one is the key (the
// plural), an earlier one the English singular.
var messageCalls = map[string][]int{
	"msg.New": {0}, "msg.Errorf": {0}, "msg.Plural": {1, 2},
	"model.Problem": {1}, "Problem": {1}, "add": {1}, "sentence": {1}, "line": {0},
}

// forwarders are parameter names through which a template is passed on
// unchanged: a call with one of them as its key is checked where it is
// called from.
var forwarders = map[string]bool{"key": true, "one": true, "other": true}

// messageCallName is "msg.New" for msg.New(...) (and New(...) inside
// package msg), "add" for p.add(...).
func messageCallName(c *ast.CallExpr, pkg string) string {
	switch f := c.Fun.(type) {
	case *ast.SelectorExpr:
		if id, ok := f.X.(*ast.Ident); ok && (id.Name == "msg" || id.Name == "model") {
			return id.Name + "." + f.Sel.Name
		}
		return f.Sel.Name
	case *ast.Ident:
		if pkg == "msg" {
			return "msg." + f.Name
		}
		return f.Name
	}
	return ""
}

// modelKeys lists every template model and storage hand to the interface.
func modelKeys(t *testing.T) []keyUse {
	t.Helper()
	var out []keyUse
	for _, dir := range messageDirs {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			if notInterfaceText[filepath.ToSlash(strings.TrimPrefix(path, "../"))] {
				return nil
			}
			src := uiSource{fset: token.NewFileSet(), consts: map[string]string{}}
			f, err := parser.ParseFile(src.fset, path, nil, 0)
			if err != nil {
				return err
			}
			src.files = []*ast.File{f}
			out = append(out, src.messageKeys(t)...)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// messageKeys lists the templates of one parsed file's message calls. A
// template that is neither a literal, a constant nor a forwarded parameter
// cannot be translated, so it fails the test.
func (s uiSource) messageKeys(t *testing.T) []keyUse {
	var out []keyUse
	for _, f := range s.files {
		ast.Inspect(f, func(n ast.Node) bool {
			c, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			name := messageCallName(c, f.Name.Name)
			positions, ok := messageCalls[name]
			if !ok || len(c.Args) <= positions[len(positions)-1] {
				return true
			}
			pos := s.fset.Position(c.Pos())
			var texts []string
			for _, i := range positions {
				text, ok := s.str(c.Args[i])
				if !ok {
					if id, isIdent := c.Args[i].(*ast.Ident); isIdent && forwarders[id.Name] {
						return true
					}
					t.Errorf("%s: %s takes a template that is not a literal: write the English sentence as a string literal, values as name/value pairs", pos, name)
					return true
				}
				texts = append(texts, text)
			}
			u := keyUse{key: texts[len(texts)-1], fn: "L", pos: pos}
			if name == "msg.Plural" {
				u.fn, u.fallback = "N", texts[0]
			}
			out = append(out, u)
			return true
		})
	}
	return out
}

// dataPrefixes start the keys of shipped data. Their English is the data
// itself, so en.json does not repeat them; el and ru must give each one.
var dataPrefixes = []string{"observance.", "checklist.", "holiday."}

func isDataKey(key string) bool {
	for _, p := range dataPrefixes {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	return false
}

// dataKeys lists the key of every translatable text in the shipped data.
func dataKeys(t *testing.T) []string {
	t.Helper()
	obs, err := holiday.ParseObservances(assets.Observances)
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, o := range obs {
		keys = append(keys, observanceKey(o.Key, "name"), observanceKey(o.Key, "idea"))
		if o.Note != "" {
			keys = append(keys, observanceKey(o.Key, "note"))
		}
	}
	templates, err := contest.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, tm := range templates {
		keys = append(keys, checklistSetKey(tm.Set))
		for _, it := range tm.Items {
			keys = append(keys, checklistKey(it.Key, "text"), checklistKey(it.Key, "why"))
		}
	}
	for _, name := range holidayNames(t) {
		keys = append(keys, holidayKey(name))
	}
	sort.Strings(keys)
	return keys
}

// holidayNames is every English public holiday name Kairos shows, for
// every country and region it has a calendar for, over years around now.
func holidayNames(t *testing.T) []string {
	t.Helper()
	seen := map[string]bool{}
	for _, country := range holiday.PublicCountries() {
		for _, region := range append([]string{""}, holiday.Regions(country)...) {
			for year := 2020; year <= 2032; year++ {
				days, err := holiday.PublicHolidays(country, region, year)
				if err != nil {
					t.Fatalf("%s %s %d: %v", country, region, year, err)
				}
				for _, d := range days {
					seen[d.Name] = true
				}
			}
		}
	}
	var names []string
	for n := range seen {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// TestModelSentencesAreFound guards the parser: model and storage make
// hundreds of sentences, and a change of the calls' names would hide them.
func TestModelSentencesAreFound(t *testing.T) {
	if n := len(modelKeys(t)); n < 100 {
		t.Errorf("found only %d model and storage sentences: is the parser reading their calls?", n)
	}
	if n := len(dataKeys(t)); n < 800 {
		t.Errorf("found only %d data keys", n)
	}
}

// notInterfaceText are the files of model and storage whose words are not
// the interface's, by path from the repository's root. A single line
// elsewhere says why with a comment: "i18n:content" (words for a post),
// "i18n:key" (a key the interface translates), "i18n:cli" or
// "i18n:internal".
var notInterfaceText = map[string]bool{
	"model/sample/cafe.go": true, "model/sample/contest.go": true, // the sample workspace's posts
	"model/sample/fitness.go": true, "model/sample/travel.go": true, "model/sample/sample.go": true,
	"model/contest/keypost.go": true,                                     // the words of contest posts
	"model/holiday/names.go":   true, "model/holiday/countries.go": true, // holiday names: data, translated by key
	"model/starters.go":         true, // ui/labels.go translates starters by key
	"model/draw/certificate.go": true, // an audit document, kept in one language (see its doc)
}

// sqlWords mark a literal as a query.
var sqlWords = regexp.MustCompile(`\b(SELECT|INSERT|UPDATE|DELETE|FROM|WHERE|VALUES|ORDER BY|CREATE|PRAGMA)\b`)

// markedLines are the lines of f whose comment says their words are not
// the interface's.
func markedLines(fset *token.FileSet, f *ast.File) map[int]bool {
	lines := map[int]bool{}
	for _, g := range f.Comments {
		for _, c := range g.List {
			if strings.Contains(c.Text, "i18n:") {
				lines[fset.Position(c.Pos()).Line] = true
			}
		}
	}
	return lines
}

// TestModelSentencesGoThroughMsg fails for a sentence written in model or
// storage outside a message call: it would reach the screen in English.
// The files below make text that is not the interface's: words for posts,
// documents and the command line, data, and developers' errors.
func TestModelSentencesGoThroughMsg(t *testing.T) {
	for _, dir := range messageDirs {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			if notInterfaceText[filepath.ToSlash(strings.TrimPrefix(path, "../"))] {
				return nil
			}
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
			if err != nil {
				return err
			}
			marked := markedLines(fset, f)
			ast.Inspect(f, func(n ast.Node) bool {
				switch v := n.(type) {
				case *ast.ImportSpec, *ast.Field:
					return false
				case *ast.CallExpr:
					if _, ok := messageCalls[messageCallName(v, f.Name.Name)]; ok {
						return false
					}
				case *ast.BasicLit:
					if v.Kind != token.STRING {
						return true
					}
					s, err := strconv.Unquote(v.Value)
					if err != nil || marked[fset.Position(v.End()).Line] || sqlWords.MatchString(s) || strings.ToUpper(s) == s {
						return true // a query, a list of codes, or a marked line
					}
					if looksVisible(s) && looksLikeSentence(s) {
						t.Errorf("%s: the sentence %s is not a msg.Text: the interface cannot translate it", fset.Position(v.Pos()), v.Value)
					}
				}
				return true
			})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

package contest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"

	"kairos/assets"
	"kairos/model"
)

// Template is one set of checklist items (assets/checklists/<set>.json),
// with the contests it applies to.
type Template struct {
	Set, Title string
	Applies    Applies
	Items      []TemplateItem
}

// Applies says which contests a template concerns: every contest, those on
// one of Platforms, or those open to one of Regions (ISO codes or "EU").
type Applies struct {
	Always    bool
	Platforms []model.Platform
	Regions   []string
}

// TemplateItem is one rule to follow. Kinds limits it to some kinds of
// contest; empty means every kind.
type TemplateItem struct {
	Key, Text, Why string
	Required       bool
	Kinds          []Kind
}

// The JSON spelling of a template file.
type templateFile struct {
	Set     string `json:"set"`
	Title   string `json:"title"`
	Applies struct {
		Always    bool             `json:"always"`
		Platforms []model.Platform `json:"platforms"`
		Regions   []string         `json:"regions"`
	} `json:"applies"`
	Items []struct {
		Key      string `json:"key"`
		Text     string `json:"text"`
		Why      string `json:"why"`
		Required bool   `json:"required"`
		Kinds    []Kind `json:"kinds"`
	} `json:"items"`
}

// setOrder is the order checklists show the built-in sets in: the core,
// then platforms, then regions. Other sets follow their group, by name.
var setOrder = []string{"core", "facebook", "instagram", "vk", "us", "uk", "eu"}

var itemKeyRE = regexp.MustCompile(`^[a-z0-9]+\.[a-z0-9]+(-[a-z0-9]+)*$`)

// ParseTemplates reads every *.json file at the root of fsys (pass
// fs.Sub(assets.Checklists, "checklists") or os.DirFS of a folder). It
// checks them all and reports every problem, each naming its file and item.
func ParseTemplates(fsys fs.FS) ([]Template, error) {
	names, err := fs.Glob(fsys, "*.json")
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, errors.New("no checklist templates found: expected *.json files")
	}
	var (
		list    []Template
		errs    []error
		keyFile = map[string]string{}
		setFile = map[string]string{}
	)
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", name, err))
			continue
		}
		t, problems := parseTemplate(name, data)
		if first, dup := setFile[t.Set]; dup && t.Set != "" {
			problems = append(problems, fmt.Sprintf("set %q is already used by %s", t.Set, first))
		}
		setFile[t.Set] = name
		for _, it := range t.Items {
			if first, dup := keyFile[it.Key]; dup && it.Key != "" {
				problems = append(problems, fmt.Sprintf("item %q: key is already used in %s", it.Key, first))
			}
			keyFile[it.Key] = name
		}
		for _, p := range problems {
			errs = append(errs, fmt.Errorf("%s: %s", name, p))
		}
		list = append(list, t)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	sortTemplates(list)
	return list, nil
}

// parseTemplate decodes and checks one file; problems say what is wrong.
func parseTemplate(name string, data []byte) (Template, []string) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var f templateFile
	if err := dec.Decode(&f); err != nil {
		return Template{}, []string{fmt.Sprintf("not a valid template: %v", err)}
	}
	var p []string
	if want := strings.TrimSuffix(path.Base(name), ".json"); f.Set != want {
		p = append(p, fmt.Sprintf("set %q should match the file name (%q)", f.Set, want))
	}
	if f.Set == Own {
		p = append(p, fmt.Sprintf("set %q is kept for the user's own items", Own))
	}
	if strings.TrimSpace(f.Title) == "" {
		p = append(p, "title is empty")
	}
	a := f.Applies
	if !a.Always && len(a.Platforms) == 0 && len(a.Regions) == 0 {
		p = append(p, "applies names no platform or region and is not always")
	}
	for _, pl := range a.Platforms {
		if !pl.Valid() {
			p = append(p, fmt.Sprintf("platform %q is not one Kairos knows", pl))
		}
	}
	for _, r := range a.Regions {
		if _, err := model.LookupCountry(r); r != EU && (err != nil || r != strings.ToUpper(r) || len(r) != 2) {
			p = append(p, fmt.Sprintf("region %q is not an upper-case ISO country code or EU", r))
		}
	}
	if len(f.Items) == 0 {
		p = append(p, "has no items")
	}
	t := Template{Set: f.Set, Title: strings.TrimSpace(f.Title),
		Applies: Applies{Always: a.Always, Platforms: a.Platforms, Regions: a.Regions}}
	for _, e := range f.Items {
		label := fmt.Sprintf("item %q", e.Key)
		if !itemKeyRE.MatchString(e.Key) || !strings.HasPrefix(e.Key, f.Set+".") {
			p = append(p, fmt.Sprintf("%s: key must be %q followed by a kebab-case name", label, f.Set+"."))
		}
		if strings.TrimSpace(e.Text) == "" {
			p = append(p, label+": text is empty")
		}
		if strings.TrimSpace(e.Why) == "" {
			p = append(p, label+": why is empty")
		}
		for _, k := range e.Kinds {
			if !k.Valid() {
				p = append(p, fmt.Sprintf("%s: kind %q is not chance, skill or instant_win", label, k))
			}
		}
		t.Items = append(t.Items, TemplateItem{Key: e.Key, Text: strings.TrimSpace(e.Text),
			Why: strings.TrimSpace(e.Why), Required: e.Required, Kinds: e.Kinds})
	}
	return t, p
}

// sortTemplates puts the sets in setOrder: always first, then platform
// sets, then region sets.
func sortTemplates(list []Template) {
	group := func(t Template) int {
		switch {
		case t.Applies.Always:
			return 0
		case len(t.Applies.Platforms) > 0:
			return 1
		}
		return 2
	}
	rank := func(t Template) int {
		if i := slices.Index(setOrder, t.Set); i >= 0 {
			return i
		}
		return len(setOrder)
	}
	sort.SliceStable(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if ga, gb := group(a), group(b); ga != gb {
			return ga < gb
		}
		if ra, rb := rank(a), rank(b); ra != rb {
			return ra < rb
		}
		return a.Set < b.Set
	})
}

var builtin = sync.OnceValues(func() ([]Template, error) {
	sub, err := fs.Sub(assets.Checklists, "checklists")
	if err != nil {
		return nil, err
	}
	return ParseTemplates(sub)
})

// Builtin is the templates Kairos ships with, parsed once. The slice is
// shared: read it, do not change it.
func Builtin() ([]Template, error) { return builtin() }

// AppliesTo reports whether the template concerns c: it always applies, c
// runs on one of its platforms, or c is open to one of its regions.
func (t Template) AppliesTo(c Contest) bool {
	if t.Applies.Always {
		return true
	}
	for _, p := range t.Applies.Platforms {
		if slices.Contains(c.Platforms, p) {
			return true
		}
	}
	for _, r := range t.Applies.Regions {
		if c.Covers(r) {
			return true
		}
	}
	return false
}

// AppliesTo reports whether the item concerns contests of kind k.
func (it TemplateItem) AppliesTo(k Kind) bool {
	return len(it.Kinds) == 0 || slices.Contains(it.Kinds, k)
}

// Applicable is the fresh checklist for c: every item of every template
// that applies, in template order, numbered from Position 0.
func Applicable(templates []Template, c Contest) []Item {
	var items []Item
	for _, t := range templates {
		if !t.AppliesTo(c) {
			continue
		}
		for _, ti := range t.Items {
			if ti.AppliesTo(c.Kind) {
				items = append(items, Item{
					ContestID: c.ID, Key: ti.Key, Set: t.Set, Text: ti.Text, Why: ti.Why,
					Required: ti.Required, Position: len(items),
				})
			}
		}
	}
	return items
}

// Sync brings a contest's checklist in line after its platforms, regions
// or kind changed. It adds the template items that now apply and are
// missing (after the last position), and returns the IDs of template items
// that no longer apply and were never touched. The user's own items, and
// items already ticked or waived, always stay: they are part of the record.
func Sync(existing []Item, templates []Template, c Contest) (add []Item, remove []int64) {
	applicable := Applicable(templates, c)
	wanted := map[string]bool{}
	for _, it := range applicable {
		wanted[it.Key] = true
	}
	have := map[string]bool{}
	next := 0
	for _, it := range existing {
		if it.Key != "" {
			have[it.Key] = true
		}
		if it.Position >= next {
			next = it.Position + 1
		}
		if it.Set != Own && it.Key != "" && !wanted[it.Key] && !it.settled() {
			remove = append(remove, it.ID)
		}
	}
	for _, it := range applicable {
		if !have[it.Key] {
			it.Position = next
			next++
			add = append(add, it)
		}
	}
	return add, remove
}

package holiday

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"kairos/model"
)

// Observance is a fun, awareness or international day from the data file
// (assets/observances.json).
type Observance struct {
	Key, Name string
	// Rule is the date rule in the grammar documented in rules.go.
	Rule string
	// Scope lists ISO 3166-1 alpha-2 codes where the day is observed; empty
	// means international. "EU" stands for the EU member states.
	Scope    []string
	Category string
	Hashtags []string
	// Idea is a one-line post idea.
	Idea string
	// SetYearly marks days whose organiser sets the date each year: the
	// computed date is a best guess to check.
	SetYearly bool
	// Note warns about a brand-owned name (TM), a sensitive topic (S) or
	// regional variants (R); it may also explain how the date is set.
	Note string
}

// euScope is the scope code meaning "every EU member state".
const euScope = "EU"

// euMembers are the EU member states since 1 February 2020 (after the UK
// left). golang.org/x/text's "EU" region still contains GB, so it is not
// used here.
var euMembers = strings.Fields("AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK")

// obsCategories are the categories an observance may have.
var obsCategories = []string{
	"animals", "business", "creative", "culture", "drink", "education", "environment", "family", "food",
	"humour", "inclusion", "music", "nonprofit", "retail", "science", "sport", "tech", "wellness",
}

// obsFlags are the flags an entry may carry; each needs a note.
var obsFlags = map[string]string{"TM": "brand-owned name", "S": "sensitive topic", "R": "regional variants"}

const maxIdeaLen = 140

var (
	obsKeyRE   = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	obsScopeRE = regexp.MustCompile(`^[A-Z]{2}$`)
)

// obsEntry is one entry as the data file spells it.
type obsEntry struct {
	Key       string   `json:"key"`
	Name      string   `json:"name"`
	Rule      string   `json:"rule"`
	Scope     []string `json:"scope"`
	Category  string   `json:"category"`
	Hashtags  []string `json:"hashtags"`
	Idea      string   `json:"idea"`
	SetYearly bool     `json:"set_yearly"`
	Flags     []string `json:"flags"`
	Note      string   `json:"note"`
}

// ParseObservances reads the observance data file: a JSON array of entries
// with key, name, rule, scope, category, hashtags, idea, set_yearly and the
// optional flags and note. It checks every entry and reports every problem,
// each naming its entry.
func ParseObservances(data []byte) ([]Observance, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var entries []obsEntry
	if err := dec.Decode(&entries); err != nil {
		return nil, fmt.Errorf("observance data is not a valid JSON list of entries: %w", err)
	}
	var errs []error
	seen := map[string]int{}
	list := make([]Observance, 0, len(entries))
	for i, e := range entries {
		label := fmt.Sprintf("observance %d %q", i+1, e.Key)
		if first, dup := seen[e.Key]; dup && e.Key != "" {
			errs = append(errs, fmt.Errorf("%s: key is already used by observance %d", label, first))
		}
		seen[e.Key] = i + 1
		o, problems := e.check()
		for _, p := range problems {
			errs = append(errs, fmt.Errorf("%s: %s", label, p))
		}
		list = append(list, o)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return list, nil
}

// check validates e and converts it; problems say what is wrong.
func (e obsEntry) check() (Observance, []string) {
	var p []string
	if !obsKeyRE.MatchString(e.Key) {
		p = append(p, fmt.Sprintf("key %q must be kebab-case: lower-case letters and digits joined by hyphens", e.Key))
	}
	if strings.TrimSpace(e.Name) == "" {
		p = append(p, "name is empty")
	}
	if _, err := parseObsRule(e.Rule); err != nil {
		p = append(p, fmt.Sprintf("rule %q: %v", e.Rule, err))
	}
	scope := make([]string, 0, len(e.Scope))
	for _, s := range e.Scope {
		if s == euScope {
			scope = append(scope, s)
			continue
		}
		c, err := model.LookupCountry(s)
		if err != nil || !obsScopeRE.MatchString(s) {
			p = append(p, fmt.Sprintf("scope %q is not an upper-case ISO country code or EU", s))
			continue
		}
		scope = append(scope, c.Code)
	}
	if !slices.Contains(obsCategories, e.Category) {
		p = append(p, fmt.Sprintf("category %q is not one of %s", e.Category, strings.Join(obsCategories, ", ")))
	}
	if n := len(e.Hashtags); n < 1 || n > 3 {
		p = append(p, fmt.Sprintf("has %d hashtags: give 1 to 3", n))
	}
	for _, h := range e.Hashtags {
		if !validHashtag(h) {
			p = append(p, fmt.Sprintf("hashtag %q must be # followed by letters, digits or _", h))
		}
	}
	switch idea := strings.TrimSpace(e.Idea); {
	case idea == "":
		p = append(p, "idea is empty")
	case utf8.RuneCountInString(idea) >= maxIdeaLen:
		p = append(p, fmt.Sprintf("idea is %d characters: keep it under %d", utf8.RuneCountInString(idea), maxIdeaLen))
	}
	for _, f := range e.Flags {
		what, ok := obsFlags[f]
		if !ok {
			p = append(p, fmt.Sprintf("flag %q is not TM, S or R", f))
		} else if strings.TrimSpace(e.Note) == "" {
			p = append(p, fmt.Sprintf("flag %s (%s) needs a note", f, what))
		}
	}
	return Observance{
		Key: e.Key, Name: e.Name, Rule: e.Rule, Scope: scope, Category: e.Category,
		Hashtags: e.Hashtags, Idea: strings.TrimSpace(e.Idea), SetYearly: e.SetYearly, Note: e.Note,
	}, p
}

func validHashtag(h string) bool {
	tag, ok := strings.CutPrefix(h, "#")
	if !ok || tag == "" {
		return false
	}
	for _, r := range tag {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			return false
		}
	}
	return true
}

// DateIn is the observance's date in year; false when its rule is invalid
// or gives no date that year.
func (o Observance) DateIn(year int) (model.Date, bool) {
	r, err := parseObsRule(o.Rule)
	if err != nil {
		return model.Date{}, false
	}
	return r.date(year)
}

// AppliesTo reports whether the observance concerns a client in country
// (an ISO code, any case): it is international, lists the country, or
// lists EU and the country is a member state.
func (o Observance) AppliesTo(country string) bool {
	if len(o.Scope) == 0 {
		return true
	}
	country = strings.ToUpper(strings.TrimSpace(country))
	for _, s := range o.Scope {
		if s == country || (s == euScope && slices.Contains(euMembers, country)) {
			return true
		}
	}
	return false
}

// Day is the observance as a suggestion for year; false when it has no
// date that year.
func (o Observance) Day(year int) (Day, bool) {
	d, ok := o.DateIn(year)
	if !ok {
		return Day{}, false
	}
	return Day{
		Key: "fun:" + o.Key, Kind: Fun, Date: d, Observed: d,
		Name: o.Name, Category: o.Category, Hashtags: slices.Clone(o.Hashtags),
		Idea: o.Idea, SetYearly: o.SetYearly,
	}, true
}

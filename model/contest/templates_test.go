package contest

import (
	"io/fs"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"kairos/assets"
	"kairos/model"
)

func mustBuiltin(t *testing.T) []Template {
	t.Helper()
	list, err := Builtin()
	if err != nil {
		t.Fatalf("built-in templates: %v", err)
	}
	return list
}

var sentenceBreak = regexp.MustCompile(`[.!?] \p{Lu}`)

func fullStop(s string) bool { return strings.HasSuffix(strings.TrimSuffix(s, "”"), ".") }

func TestBuiltinTemplates(t *testing.T) {
	list := mustBuiltin(t)
	var sets []string
	keys := map[string]bool{}
	for _, tpl := range list {
		sets = append(sets, tpl.Set)
		if tpl.Title == "" || len(tpl.Items) == 0 {
			t.Errorf("%s: title %q, %d items", tpl.Set, tpl.Title, len(tpl.Items))
		}
		for _, it := range tpl.Items {
			if keys[it.Key] {
				t.Errorf("key %s twice", it.Key)
			}
			keys[it.Key] = true
			if !strings.HasPrefix(it.Key, tpl.Set+".") {
				t.Errorf("key %s outside its set %s", it.Key, tpl.Set)
			}
			// Each item reads as a sentence and says why in one or two.
			if !fullStop(it.Text) || !fullStop(it.Why) {
				t.Errorf("%s: text and why should end with a full stop", it.Key)
			}
			if n := len(sentenceBreak.FindAllString(it.Why, -1)); n > 1 {
				t.Errorf("%s: why has %d sentences, keep it to one or two", it.Key, n+1)
			}
		}
	}
	if want := []string{"core", "facebook", "instagram", "vk", "us", "uk", "eu"}; !reflect.DeepEqual(sets, want) {
		t.Errorf("sets %v, want %v", sets, want)
	}
	if n := len(list[0].Items); n < 14 || n > 18 {
		t.Errorf("core has %d items, want about 15", n)
	}
	for _, k := range []string{"core.free-entry", "facebook.release", "facebook.not-associated", "instagram.release",
		"vk.tax", "us.no-purchase", "us.ny-fl-registration", "us.form-1099", "uk.key-conditions", "uk.winners-published", "eu.consent-separate"} {
		if !keys[k] {
			t.Errorf("no item %s", k)
		}
	}
	again, _ := Builtin()
	if &again[0] != &list[0] {
		t.Error("Builtin parses the files again on every call")
	}
}

func TestBuiltinParsesTheEmbeddedFolder(t *testing.T) {
	sub, err := fs.Sub(assets.Checklists, "checklists")
	if err != nil {
		t.Fatal(err)
	}
	list, err := ParseTemplates(sub)
	if err != nil || len(list) != 7 {
		t.Fatalf("ParseTemplates = %d templates, %v", len(list), err)
	}
	fb := list[1]
	if fb.Set != "facebook" || fb.Title != "Facebook" || !reflect.DeepEqual(fb.Applies.Platforms, []model.Platform{model.Facebook}) {
		t.Errorf("facebook template: %+v", fb)
	}
	if !list[0].Applies.Always {
		t.Errorf("core does not always apply: %+v", list[0].Applies)
	}
	if got := list[6].Applies.Regions; !reflect.DeepEqual(got, []string{"EU"}) {
		t.Errorf("eu applies to %v", got)
	}
}

const goodFile = `{"set":"core","title":"Core","applies":{"always":true},
	"items":[{"key":"core.one","text":"Do one.","why":"Because.","required":true,"kinds":["chance"]}]}`

func TestParseTemplatesReportsProblems(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string // each must appear in the error
	}{
		{"no files", map[string]string{"readme.txt": "hi"}, []string{"no checklist templates found"}},
		{"bad JSON", map[string]string{"core.json": `{"set":`}, []string{"core.json: not a valid template"}},
		{"unknown field", map[string]string{"core.json": `{"set":"core","title":"Core","applies":{"always":true},"colour":"red","items":[]}`},
			[]string{"core.json: not a valid template", "colour"}},
		{"set differs from file", map[string]string{"core.json": strings.Replace(goodFile, `"set":"core"`, `"set":"base"`, 1)},
			[]string{`core.json: set "base" should match the file name ("core")`}},
		{"no title", map[string]string{"core.json": strings.Replace(goodFile, `"Core"`, `" "`, 1)}, []string{"core.json: title is empty"}},
		{"applies to nothing", map[string]string{"core.json": strings.Replace(goodFile, `{"always":true}`, `{}`, 1)},
			[]string{"core.json: applies names no platform or region"}},
		{"unknown platform", map[string]string{"core.json": strings.Replace(goodFile, `{"always":true}`, `{"platforms":["myspace"]}`, 1)},
			[]string{`core.json: platform "myspace" is not one Kairos knows`}},
		{"unknown region", map[string]string{"core.json": strings.Replace(goodFile, `{"always":true}`, `{"regions":["gb","XX"]}`, 1)},
			[]string{`region "gb" is not an upper-case ISO country code or EU`, `region "XX" is not`}},
		{"no items", map[string]string{"core.json": `{"set":"core","title":"Core","applies":{"always":true},"items":[]}`},
			[]string{"core.json: has no items"}},
		{"key outside set", map[string]string{"core.json": strings.Replace(goodFile, `"core.one"`, `"us.one"`, 1)},
			[]string{`core.json: item "us.one": key must be "core." followed by a kebab-case name`}},
		{"key not kebab-case", map[string]string{"core.json": strings.Replace(goodFile, `"core.one"`, `"core.One_Two"`, 1)},
			[]string{`item "core.One_Two": key must be`}},
		{"empty text", map[string]string{"core.json": strings.Replace(goodFile, `"Do one."`, `""`, 1)}, []string{`core.json: item "core.one": text is empty`}},
		{"empty why", map[string]string{"core.json": strings.Replace(goodFile, `"Because."`, `"  "`, 1)}, []string{`core.json: item "core.one": why is empty`}},
		{"unknown kind", map[string]string{"core.json": strings.Replace(goodFile, `["chance"]`, `["lottery"]`, 1)},
			[]string{`core.json: item "core.one": kind "lottery" is not chance, skill or instant_win`}},
		{"key in two files", map[string]string{
			"core.json": goodFile,
			"us.json":   `{"set":"us","title":"US","applies":{"regions":["US"]},"items":[{"key":"us.one","text":"T.","why":"W."},{"key":"us.one","text":"T.","why":"W."}]}`,
		}, []string{`us.json: item "us.one": key is already used in us.json`}},
		{"own set", map[string]string{"own.json": strings.ReplaceAll(goodFile, "core", "own")}, []string{`own.json: set "own" is kept for the user's own items`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, body := range tc.files {
				fsys[name] = &fstest.MapFile{Data: []byte(body)}
			}
			list, err := ParseTemplates(fsys)
			if err == nil {
				t.Fatalf("ParseTemplates accepted it: %+v", list)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func TestParseTemplatesOrdersSets(t *testing.T) {
	file := func(set, applies string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte(`{"set":"` + set + `","title":"T","applies":` + applies +
			`,"items":[{"key":"` + set + `.a","text":"T.","why":"W."}]}`)}
	}
	fsys := fstest.MapFS{
		"eu.json":       file("eu", `{"regions":["EU"]}`),
		"au.json":       file("au", `{"regions":["AU"]}`),
		"us.json":       file("us", `{"regions":["US"]}`),
		"tiktok.json":   file("tiktok", `{"platforms":["tiktok"]}`),
		"facebook.json": file("facebook", `{"platforms":["facebook"]}`),
		"extra.json":    file("extra", `{"always":true}`),
		"core.json":     file("core", `{"always":true}`),
		"notes.md":      &fstest.MapFile{Data: []byte("ignored")},
	}
	list, err := ParseTemplates(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var sets []string
	for _, tpl := range list {
		sets = append(sets, tpl.Set)
	}
	if want := []string{"core", "extra", "facebook", "tiktok", "us", "eu", "au"}; !reflect.DeepEqual(sets, want) {
		t.Errorf("order %v, want %v", sets, want)
	}
}

// setsOf lists the sets of items in order, once each.
func setsOf(items []Item) []string {
	var sets []string
	for _, it := range items {
		if len(sets) == 0 || sets[len(sets)-1] != it.Set {
			sets = append(sets, it.Set)
		}
	}
	return sets
}

func hasKey(items []Item, key string) bool {
	for _, it := range items {
		if it.Key == key {
			return true
		}
	}
	return false
}

func TestApplicable(t *testing.T) {
	tpl := mustBuiltin(t)
	tests := []struct {
		name      string
		edit      func(*Contest)
		sets      []string
		with, not []string
	}{
		{"Facebook draw in Greece", func(*Contest) {}, []string{"core", "facebook", "eu"},
			[]string{"core.free-entry", "core.odds", "eu.consent-separate"}, []string{"core.judging", "uk.random-draw"}},
		{"skill contest skips chance items", func(c *Contest) { c.Kind = Skill }, []string{"core", "facebook", "eu"},
			[]string{"core.judging"}, []string{"core.free-entry", "core.odds"}},
		{"instant win needs free entry", func(c *Contest) { c.Kind = InstantWin }, []string{"core", "facebook", "eu"},
			[]string{"core.free-entry"}, []string{"core.judging"}},
		{"Instagram and VK in the US and UK", func(c *Contest) {
			c.Platforms, c.Regions = []model.Platform{model.VK, model.Instagram}, []string{"US", "GB"}
		}, []string{"core", "instagram", "vk", "us", "uk"}, []string{"us.no-purchase", "uk.random-draw", "vk.tax"}, []string{"eu.privacy-notice"}},
		{"skill contest in the US", func(c *Contest) { c.Kind, c.Regions = Skill, []string{"US"} }, []string{"core", "facebook", "us"},
			[]string{"us.hashtag", "us.form-1099"}, []string{"us.no-purchase", "us.ny-fl-registration"}},
		{"region EU", func(c *Contest) { c.Regions = []string{"EU"} }, []string{"core", "facebook", "eu"}, nil, nil},
		{"Switzerland only, on X", func(c *Contest) { c.Regions, c.Platforms = []string{"CH"}, []model.Platform{model.X} }, []string{"core"}, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := baseContest()
			tc.edit(&c)
			items := Applicable(tpl, c)
			if got := setsOf(items); !reflect.DeepEqual(got, tc.sets) {
				t.Errorf("sets %v, want %v", got, tc.sets)
			}
			for _, k := range tc.with {
				if !hasKey(items, k) {
					t.Errorf("missing %s", k)
				}
			}
			for _, k := range tc.not {
				if hasKey(items, k) {
					t.Errorf("unexpected %s", k)
				}
			}
			for i, it := range items {
				if it.Position != i || it.ContestID != c.ID || it.ID != 0 || it.Done || it.Waived || it.Text == "" || it.Why == "" {
					t.Fatalf("item %d: %+v", i, it)
				}
			}
		})
	}
}

// syncTemplates has one always-on item, one Facebook item, one US item for
// draws only.
var syncTemplates = []Template{
	{Set: "core", Applies: Applies{Always: true}, Items: []TemplateItem{{Key: "core.a", Text: "A.", Why: "W.", Required: true}}},
	{Set: "facebook", Applies: Applies{Platforms: []model.Platform{model.Facebook}}, Items: []TemplateItem{{Key: "facebook.a", Text: "F.", Why: "W."}}},
	{Set: "us", Applies: Applies{Regions: []string{"US"}}, Items: []TemplateItem{{Key: "us.a", Text: "U.", Why: "W.", Kinds: []Kind{Chance}}}},
}

func TestSync(t *testing.T) {
	core := Item{ID: 1, Key: "core.a", Set: "core", Position: 0}
	fb := Item{ID: 2, Key: "facebook.a", Set: "facebook", Position: 1}
	us := Item{ID: 3, Key: "us.a", Set: "us", Position: 2}
	own := Item{ID: 4, Set: Own, Text: "Order prizes", Position: 5}
	done := func(it Item) Item { it.Done = true; return it }
	waived := func(it Item) Item { it.Waived, it.WaiveReason = true, "Not relevant here at all."; return it }
	tests := []struct {
		name      string
		existing  []Item
		platforms []model.Platform
		regions   []string
		kind      Kind
		addKeys   []string
		addPos    []int
		remove    []int64
	}{
		{"nothing changed", []Item{core, fb}, []model.Platform{model.Facebook}, []string{"GR"}, Chance, nil, nil, nil},
		{"US added", []Item{core, fb, own}, []model.Platform{model.Facebook}, []string{"GR", "US"}, Chance, []string{"us.a"}, []int{6}, nil},
		{"Facebook dropped, untouched item goes", []Item{core, fb, own}, []model.Platform{model.X}, []string{"GR"}, Chance, nil, nil, []int64{2}},
		{"Facebook dropped, done item stays", []Item{core, done(fb)}, []model.Platform{model.X}, []string{"GR"}, Chance, nil, nil, nil},
		{"Facebook dropped, waived item stays", []Item{core, waived(fb)}, []model.Platform{model.X}, []string{"GR"}, Chance, nil, nil, nil},
		{"kind changed to skill drops the draw item", []Item{core, fb, us}, []model.Platform{model.Facebook}, []string{"US"}, Skill, nil, nil, []int64{3}},
		{"own items always stay", []Item{own}, nil, []string{"GR"}, Chance, []string{"core.a"}, []int{6}, nil},
		{"item of a retired template goes", []Item{core, {ID: 9, Key: "old.x", Set: "old", Position: 3}}, nil, []string{"GR"}, Chance, nil, nil, []int64{9}},
		{"empty checklist gets everything from 0", nil, []model.Platform{model.Facebook}, []string{"US"}, Chance,
			[]string{"core.a", "facebook.a", "us.a"}, []int{0, 1, 2}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := Contest{ID: 7, Platforms: tc.platforms, Regions: tc.regions, Kind: tc.kind}
			add, remove := Sync(tc.existing, syncTemplates, c)
			var keys []string
			var pos []int
			for _, it := range add {
				keys = append(keys, it.Key)
				pos = append(pos, it.Position)
				if it.ContestID != 7 || it.ID != 0 {
					t.Errorf("added %+v", it)
				}
			}
			if !reflect.DeepEqual(keys, tc.addKeys) || !reflect.DeepEqual(pos, tc.addPos) {
				t.Errorf("add %v at %v, want %v at %v", keys, pos, tc.addKeys, tc.addPos)
			}
			if !reflect.DeepEqual(remove, tc.remove) {
				t.Errorf("remove %v, want %v", remove, tc.remove)
			}
		})
	}
}

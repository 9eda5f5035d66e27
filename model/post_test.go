package model

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestStatusesAndContentTypes(t *testing.T) {
	for _, s := range Statuses() {
		if !s.Valid() {
			t.Errorf("status %q not Valid", s)
		}
	}
	for _, s := range []Status{"", "archived", "Scheduled"} {
		if s.Valid() {
			t.Errorf("status %q Valid", s)
		}
	}
	if len(ContentTypes()) != 12 {
		t.Errorf("ContentTypes() has %d entries, want 12", len(ContentTypes()))
	}
	for _, c := range ContentTypes() {
		if !c.Valid() {
			t.Errorf("content type %q not Valid", c)
		}
	}
	for _, c := range []ContentType{"", "meme", "Photo"} {
		if c.Valid() {
			t.Errorf("content type %q Valid", c)
		}
	}
}

func TestPostNormalize(t *testing.T) {
	tags := []string{" #Go", "#go", "", "  ", "#GO ", "#Travel", "#travel", "#Ελλάδα", "#ΕΛΛΆΔΑ"}
	media := []string{"", " a.jpg ", "  ", "b.png"}
	p := Post{
		Date:     Date{2027, time.March, 14},
		Time:     At(9, 30),
		Pillar:   " education ",
		Text:     "\n  Hello world  \t",
		Link:     " https://example.com ",
		Notes:    " note ",
		Hashtags: tags,
		Media:    media,
	}
	p.Normalize()
	if p.Pillar != "education" || p.Text != "Hello world" || p.Link != "https://example.com" || p.Notes != "note" {
		t.Errorf("text fields not trimmed: %+v", p)
	}
	if want := []string{"#Go", "#Travel", "#Ελλάδα"}; !reflect.DeepEqual(p.Hashtags, want) {
		t.Errorf("Hashtags = %q, want %q", p.Hashtags, want)
	}
	if want := []string{"a.jpg", "b.png"}; !reflect.DeepEqual(p.Media, want) {
		t.Errorf("Media = %q, want %q", p.Media, want)
	}
	if p.Time != At(9, 30) {
		t.Errorf("dated post lost its time: %v", p.Time)
	}
	// The caller's slices are not rewritten.
	if tags[0] != " #Go" || tags[1] != "#go" || media[0] != "" || media[1] != " a.jpg " {
		t.Errorf("Normalize modified the caller's slices: %q %q", tags, media)
	}
}

func TestPostNormalizeUndatedClearsTime(t *testing.T) {
	p := Post{Time: At(9, 0)}
	p.Normalize()
	if p.Time != NoClock {
		t.Errorf("undated post kept time %v", p.Time)
	}
	if len(p.Hashtags) != 0 || len(p.Media) != 0 {
		t.Errorf("empty slices became %q %q", p.Hashtags, p.Media)
	}
}

func TestParseHashtags(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"a, #b  c", []string{"#a", "#b", "#c"}},
		{"#travel", []string{"#travel"}},
		{"#x\n#y\tz", []string{"#x", "#y", "#z"}},
		{"café,Ελλάδα", []string{"#café", "#Ελλάδα"}},
		{"", nil},
		{" , ,, ", nil},
	}
	for _, tt := range tests {
		got := ParseHashtags(tt.in)
		if len(got) != len(tt.want) || (len(got) > 0 && !reflect.DeepEqual(got, tt.want)) {
			t.Errorf("ParseHashtags(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFullText(t *testing.T) {
	tests := []struct {
		name string
		text string
		tags []string
		want string
	}{
		{"no tags", "Hello", nil, "Hello"},
		{"tags appended", "Hello", []string{"#a", "#b"}, "Hello\n\n#a #b"},
		{"tag already in text", "Hello #a", []string{"#a"}, "Hello #a"},
		{"case-insensitive", "Sun in #Athens", []string{"#athens", "#sea"}, "Sun in #Athens\n\n#sea"},
		{"Greek case-insensitive", "Καλημέρα #ΕΛΛΑΔΑ", []string{"#ελλαδα"}, "Καλημέρα #ΕΛΛΑΔΑ"},
		{"only tags", "", []string{"#a", "#b"}, "#a #b"},
		{"nothing", "", nil, ""},
	}
	for _, tt := range tests {
		p := Post{Text: tt.text, Hashtags: tt.tags}
		if got := p.FullText(); got != tt.want {
			t.Errorf("%s: FullText() = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// A hashtag counts as present only as a whole tag: #go is not in #golang.
func TestFullTextHashtagPrefixOfAnother(t *testing.T) {
	p := Post{Text: "Love #golang, and #GO!", Hashtags: []string{"#go", "#gol"}}
	if got, want := p.FullText(), "Love #golang, and #GO!\n\n#gol"; got != want {
		t.Errorf("FullText() = %q, want %q", got, want)
	}
}

func TestPostLength(t *testing.T) {
	tests := []struct {
		text string
		tags []string
		want int
	}{
		{"", nil, 0},
		{"hello", nil, 5},
		{"Καλημέρα", nil, 8},
		{"Привет", nil, 6},
		{"😀", nil, 1},
		{"ab😀", nil, 3},
		{"Γειά", []string{"#ελλάδα"}, 4 + 2 + 7},
		{"", []string{"#a", "#bc"}, 6},
	}
	for _, tt := range tests {
		p := Post{Text: tt.text, Hashtags: tt.tags}
		if got := p.Length(); got != tt.want {
			t.Errorf("Length of %q %q = %d, want %d (bytes: %d)", tt.text, tt.tags, got, tt.want, len(p.FullText()))
		}
	}
}

func TestStrictestChannel(t *testing.T) {
	ig := Channel{ID: 1, Platform: Instagram}
	x := Channel{ID: 2, Platform: X}
	tg := Channel{ID: 3, Platform: Telegram, TextLimit: 100}
	fb := Channel{ID: 4, Platform: Facebook}
	threads := Channel{ID: 5, Platform: Threads}
	pin := Channel{ID: 6, Platform: Pinterest}
	tests := []struct {
		name   string
		in     []Channel
		wantID int64
		wantOK bool
	}{
		{"none", nil, 0, false},
		{"empty", []Channel{}, 0, false},
		{"single", []Channel{fb}, 4, true},
		{"X is strictest", []Channel{fb, ig, x}, 2, true},
		{"X first", []Channel{x, ig, fb}, 2, true},
		{"override beats X", []Channel{ig, x, tg}, 3, true},
		{"tie keeps first", []Channel{threads, pin}, 5, true},
		{"tie keeps first reversed", []Channel{pin, threads}, 6, true},
	}
	for _, tt := range tests {
		got, ok := StrictestChannel(tt.in)
		if ok != tt.wantOK || got.ID != tt.wantID {
			t.Errorf("%s: StrictestChannel = (ID %d, %v), want (ID %d, %v)", tt.name, got.ID, ok, tt.wantID, tt.wantOK)
		}
	}
}

var testChannels = []Channel{
	{ID: 1, ClientID: 7, Platform: Instagram, Handle: "@olive"},
	{ID: 2, ClientID: 7, Platform: X, Handle: "@olive"},
	{ID: 3, ClientID: 8, Platform: Facebook, Handle: "Other Brand"},
	{ID: 4, ClientID: 7, Platform: Telegram, Handle: "@olive_news", TextLimit: 1024},
}

func scheduledPost() Post {
	return Post{
		ClientID:   7,
		ChannelIDs: []int64{1},
		Date:       Date{2027, time.March, 14},
		Time:       At(9, 30),
		Status:     Scheduled,
		Type:       Photo,
		Text:       "Sunrise over the Acropolis.",
		Hashtags:   []string{"#athens"},
		Link:       "https://olive.example/tours",
	}
}

func TestPostValidate(t *testing.T) {
	undated := func(p *Post) { p.Date = Date{}; p.Time = NoClock }
	tests := []struct {
		name    string
		edit    func(*Post)
		field   string // "" = valid
		wantMsg []string
	}{
		{"scheduled ok", func(*Post) {}, "", nil},
		{"scheduled all day", func(p *Post) { p.Time = NoClock }, "", nil},
		{"scheduled midnight", func(p *Post) { p.Time = At(0, 0) }, "", nil},
		{"published ok", func(p *Post) { p.Status = Published }, "", nil},
		{"idea without date", func(p *Post) {
			undated(p)
			p.Status, p.ChannelIDs, p.Text, p.Hashtags, p.Link = Idea, nil, "", nil, ""
		}, "", nil},
		{"draft without date", func(p *Post) { undated(p); p.Status = Draft; p.ChannelIDs = nil }, "", nil},
		{"two channels", func(p *Post) { p.ChannelIDs = []int64{1, 2, 4} }, "", nil},

		{"scheduled without date", func(p *Post) { undated(p) }, "date", []string{"scheduled"}},
		{"scheduled without text", func(p *Post) { p.Text = "" }, "text", nil},
		{"scheduled without channel", func(p *Post) { p.ChannelIDs = nil }, "channels", []string{"scheduled"}},
		{"published without date", func(p *Post) { undated(p); p.Status = Published }, "date", []string{"published"}},
		{"published without channel", func(p *Post) { p.Status = Published; p.ChannelIDs = nil }, "channels", []string{"published"}},
		{"time without date", func(p *Post) { p.Status = Idea; p.Date = Date{}; p.Time = At(9, 0) }, "time", nil},
		{"time out of range", func(p *Post) { p.Time = 24 * 60 }, "time", nil},
		{"negative time", func(p *Post) { p.Time = -5 }, "time", nil},
		{"no client", func(p *Post) { p.ClientID = 0; p.Status = Idea; p.ChannelIDs = nil }, "client", nil},
		{"unknown status", func(p *Post) { p.Status = "archived" }, "status", []string{`"archived"`}},
		{"empty status", func(p *Post) { p.Status = "" }, "status", nil},
		{"unknown type", func(p *Post) { p.Type = "meme" }, "type", []string{`"meme"`}},
		{"channel of another client", func(p *Post) { p.ChannelIDs = []int64{1, 3} }, "channels", nil},
		{"unknown channel", func(p *Post) { p.ChannelIDs = []int64{99} }, "channels", nil},
		{"hashtag with space", func(p *Post) { p.Hashtags = []string{"#ok", "#no space"} }, "hashtags", []string{`"#no space"`}},
		{"hashtag with dash", func(p *Post) { p.Hashtags = []string{"#x-y"} }, "hashtags", []string{`"#x-y"`}},
		{"hashtag without #", func(p *Post) { p.Hashtags = []string{"travel"} }, "hashtags", nil},
		{"bare #", func(p *Post) { p.Hashtags = []string{"#"} }, "hashtags", nil},
		{"ftp link", func(p *Post) { p.Link = "ftp://x" }, "link", []string{`"ftp://x"`, "https://"}},
		{"link without scheme", func(p *Post) { p.Link = "example.com" }, "link", nil},
		{"link without host", func(p *Post) { p.Link = "https://" }, "link", nil},
		{"javascript link", func(p *Post) { p.Link = "javascript:alert(1)" }, "link", nil},
		{"61-rune pillar", func(p *Post) { p.Pillar = strings.Repeat("π", 61) }, "pillar", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := scheduledPost()
			tt.edit(&p)
			checkOnlyProblem(t, p.Validate(testChannels), tt.field, tt.wantMsg...)
		})
	}
}

func TestPostValidateGoodValues(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Post)
	}{
		{"https link", func(p *Post) { p.Link = "https://example.com/a?b=c#d" }},
		{"http link", func(p *Post) { p.Link = "http://example.com" }},
		{"no link", func(p *Post) { p.Link = "" }},
		{"unicode hashtags", func(p *Post) {
			p.Hashtags = []string{"#café", "#Καλημέρα", "#Привет", "#tag_1", "#2027"}
		}},
		{"no hashtags", func(p *Post) { p.Hashtags = nil }},
		{"60-rune pillar", func(p *Post) { p.Pillar = strings.Repeat("π", 60) }},
		{"offer type", func(p *Post) { p.Type = Offer }},
	}
	for _, tt := range tests {
		p := scheduledPost()
		tt.edit(&p)
		if err := p.Validate(testChannels); err != nil {
			t.Errorf("%s: Validate() = %v, want nil", tt.name, err)
		}
	}
}

func TestPostValidateTextLimit(t *testing.T) {
	long := strings.Repeat("a", 281)
	tests := []struct {
		name     string
		status   Status
		text     string
		tags     []string
		channels []int64
		wantErr  bool
		wantMsg  []string
	}{
		{"scheduled over X", Scheduled, long, nil, []int64{1, 2}, true, []string{"X", "281", "280", "by 1"}},
		{"scheduled at X limit", Scheduled, long[:280], nil, []int64{1, 2}, false, nil},
		{"hashtags count", Scheduled, long[:275], []string{"#abcd"}, []int64{2}, true, []string{"X", "282", "280", "by 2"}},
		{"hashtag already in text not counted twice", Scheduled, long[:270] + " #abcd", []string{"#abcd"}, []int64{2}, false, nil},
		{"runes not bytes", Scheduled, strings.Repeat("λ", 280), nil, []int64{2}, false, nil},
		{"Greek over X", Scheduled, strings.Repeat("λ", 281), nil, []int64{2}, true, []string{"X", "281", "280"}},
		{"channel override", Scheduled, strings.Repeat("a", 1025), nil, []int64{1, 4}, true, []string{"Telegram", "1025", "1024"}},
		{"Instagram only", Scheduled, strings.Repeat("a", 2201), nil, []int64{1}, true, []string{"Instagram", "2201", "2200"}},
		{"published over X", Published, long, nil, []int64{2}, true, []string{"X", "281", "280"}},
		{"draft over X", Draft, long, nil, []int64{2}, false, nil},
		{"idea over X", Idea, long, nil, []int64{2}, false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := scheduledPost()
			p.Status, p.Text, p.Hashtags, p.ChannelIDs = tt.status, tt.text, tt.tags, tt.channels
			err := p.Validate(testChannels)
			if !tt.wantErr {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			if err == nil {
				t.Fatal("Validate() = nil, want a text problem")
			}
			pr := problemsOf(t, err)
			msg := pr.For("text")
			if msg == "" {
				t.Fatalf("no text problem: %+v", pr)
			}
			if len(pr) != 1 {
				t.Errorf("got %d problems %+v, want 1", len(pr), pr)
			}
			for _, w := range tt.wantMsg {
				if !strings.Contains(msg, w) {
					t.Errorf("message %q does not contain %q", msg, w)
				}
			}
		})
	}
}

func TestPostValidateSeveralProblems(t *testing.T) {
	p := Post{ClientID: 7, Status: Scheduled, Type: Text, Time: NoClock, Link: "example.com", Hashtags: []string{"#x-y"}}
	pr := problemsOf(t, p.Validate(testChannels))
	for _, f := range []string{"date", "text", "channels", "link", "hashtags"} {
		if pr.For(f) == "" {
			t.Errorf("no problem reported for %q; got %+v", f, pr)
		}
	}
	if len(pr) != 5 {
		t.Errorf("got %d problems, want 5: %+v", len(pr), pr)
	}
}

func TestPostNormalizeThenValidate(t *testing.T) {
	// An idea typed with a time but no date: Normalize drops the time.
	p := Post{ClientID: 7, Status: Idea, Type: Question, Time: At(10, 0), Text: "  What is your favourite island? ",
		Hashtags: []string{"#islands", " #Islands ", ""}}
	if err := p.Validate(testChannels); err == nil {
		t.Error("before Normalize a time without date should fail")
	}
	p.Normalize()
	if err := p.Validate(testChannels); err != nil {
		t.Errorf("after Normalize: %v", err)
	}
}

func TestPostSummary(t *testing.T) {
	tests := []struct {
		name string
		text string
		tags []string
		max  int
		want string
	}{
		{"short", "Hello world", nil, 20, "Hello world"},
		{"collapses spaces", "  Hello   world\n\tagain ", nil, 50, "Hello world again"},
		{"exactly max", "Hello world again", nil, 17, "Hello world again"},
		{"truncated", "Hello world again", nil, 8, "Hello w…"},
		{"no space before ellipsis", "Hello world again", nil, 7, "Hello…"},
		{"runes not bytes", "Καλημέρα κόσμε", nil, 5, "Καλη…"},
		{"emoji", "😀😀😀😀", nil, 3, "😀😀…"},
		{"max 1", "Hello", nil, 1, "…"},
		{"max 0", "Hello", nil, 0, ""},
		{"hashtag fallback", "", []string{"#a", "#b"}, 20, "#a #b"},
		{"blank text falls back", "  \n ", []string{"#sea"}, 20, "#sea"},
		{"hashtags truncated", "", []string{"#athens", "#greece"}, 10, "#athens #…"},
		{"text wins over tags", "Hi", []string{"#a"}, 20, "Hi"},
		{"nothing", "", nil, 10, ""},
	}
	for _, tt := range tests {
		p := Post{Text: tt.text, Hashtags: tt.tags}
		got := p.Summary(tt.max)
		if got != tt.want {
			t.Errorf("%s: Summary(%d) = %q, want %q", tt.name, tt.max, got, tt.want)
		}
		if n := len([]rune(got)); n > tt.max {
			t.Errorf("%s: Summary(%d) has %d runes", tt.name, tt.max, n)
		}
	}
}

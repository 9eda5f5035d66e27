package postcsv

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"kairos/model"
	"kairos/model/draw"
	"kairos/model/msg"
)

const client = 7

// testChannels are client 7's channels and another client's.
var testChannels = []model.Channel{
	{ID: 1, ClientID: client, Platform: model.Instagram, Handle: "@olive.travel"},
	{ID: 2, ClientID: client, Platform: model.Facebook, Handle: "Olive & Sea"},
	{ID: 3, ClientID: client, Platform: model.X, Handle: "@olive"},
	{ID: 4, ClientID: client, Platform: model.Telegram, Handle: "Olive, Sea and Sun"},
	{ID: 9, ClientID: 8, Platform: model.VK, Handle: "@other"},
}

// readFile reads a file of testdata as ReadRows does.
func readFile(t *testing.T, name string) [][]string {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := draw.ReadRows(f)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// parseFile reads a testdata file with the guessed mapping.
func parseFile(t *testing.T, name string, edit func(*Mapping)) []Row {
	t.Helper()
	rows := readFile(t, name)
	m := Guess(draw.FirstRow(rows))
	if edit != nil {
		edit(&m)
	}
	list, err := Parse(rows, m, testChannels, client)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return list
}

func TestParseReadsEveryFieldOfAKairosFile(t *testing.T) {
	list := parseFile(t, "kairos.csv", nil)
	if len(list) != 3 {
		t.Fatalf("%d posts, want 3", len(list))
	}
	first := list[0].Post
	want := model.Post{ClientID: client, ChannelIDs: []int64{1}, Date: model.NewDate(2027, 3, 14), Time: model.At(9, 30),
		Status: model.Scheduled, Type: model.Photo, Pillar: "Destinations", Text: "Sunrise over Santorini.\nWho's coming?",
		Hashtags: []string{"#santorini", "#greece"}, Link: "https://olive.travel/santorini",
		Media: []string{"/home/ann/pics/sunrise.jpg"}, Notes: "Ask Maria for the photo credit"}
	if !reflect.DeepEqual(first, want) {
		t.Errorf("first post\n%+v\nwant\n%+v", first, want)
	}
	second := list[1].Post
	if !reflect.DeepEqual(second.ChannelIDs, []int64{1, 2}) || second.Time != model.NoClock ||
		!reflect.DeepEqual(second.Hashtags, []string{"#travel", "#tips"}) || second.Status != model.Draft {
		t.Errorf("second post %+v", second)
	}
	third := list[2].Post
	if !third.Date.IsZero() || third.Status != model.Idea || third.Type != model.Question || len(third.ChannelIDs) != 0 {
		t.Errorf("third post %+v", third)
	}
	// The first record spans lines 2 and 3: the second starts on line 4.
	if list[0].Line != 2 || list[1].Line != 4 || list[2].Line != 5 {
		t.Errorf("lines %d, %d, %d; want 2, 4, 5", list[0].Line, list[1].Line, list[2].Line)
	}
}

func TestParseReadsAPublerFile(t *testing.T) {
	list := parseFile(t, "publer.csv", nil)
	if len(list) != 3 {
		t.Fatalf("%d posts, want 3", len(list))
	}
	p := list[0].Post
	if p.Date != model.NewDate(2027, 3, 14) || p.Time != model.At(9, 30) || p.Text != "Spring is here 🌸" ||
		p.Link != "https://olive.travel/spring" || p.Pillar != "Seasonal" || p.Notes != "First comment #spring" ||
		!reflect.DeepEqual(p.Media, []string{"https://cdn.olive.travel/a.jpg", "https://cdn.olive.travel/b.jpg"}) {
		t.Errorf("first Publer post %+v", p)
	}
	if p := list[1].Post; p.Type != model.Reel || p.Time != model.At(18, 0) || p.Status != model.Draft {
		t.Errorf("second Publer post %+v", p)
	}
	if p := list[2].Post; p.Status != model.Idea || !p.Date.IsZero() || p.Pillar != "Evergreen" {
		t.Errorf("third Publer post %+v", p)
	}
}

func TestParseReadsAHootsuiteFile(t *testing.T) {
	list := parseFile(t, "hootsuite.csv", func(m *Mapping) { m.DefaultChannels = []int64{1, 2} })
	if len(list) != 3 {
		t.Fatalf("%d posts, want 3", len(list))
	}
	// 15/03 settles the file: 02/04/2027 is 2 April.
	if p := list[2].Post; p.Date != model.NewDate(2027, 4, 2) || p.Time != model.At(18, 0) || p.Link != "https://olive.travel/april" {
		t.Errorf("third Hootsuite post %+v", p)
	}
	for _, r := range list {
		if !reflect.DeepEqual(r.Post.ChannelIDs, []int64{1, 2}) || r.Post.Status != model.Draft {
			t.Errorf("line %d: %+v; want the default channels, as a draft", r.Line, r.Post)
		}
	}
	if list[1].Post.Text != "Lunch with a view, anyone?" || list[1].Post.Link != "" {
		t.Errorf("second post %+v", list[1].Post)
	}
}

func TestParseReadsGreekAndRussianFiles(t *testing.T) {
	greek := parseFile(t, "greek.csv", nil)
	if len(greek) != 2 || greek[0].Post.Date != model.NewDate(2027, 3, 14) || greek[0].Post.Time != model.At(9, 30) ||
		greek[0].Post.Pillar != "Ταξίδια" || greek[1].Post.Text != "Ελάτε μαζί μας" {
		t.Errorf("Greek file: %+v", greek)
	}
	russian := parseFile(t, "russian.tsv", nil)
	if len(russian) != 1 || russian[0].Post.Time != model.At(10, 0) ||
		!reflect.DeepEqual(russian[0].Post.Hashtags, []string{"#утро", "#путешествия"}) {
		t.Errorf("Russian file: %+v", russian)
	}
}

func TestParseReportsEveryBadRowByItsLine(t *testing.T) {
	rows := readFile(t, "broken.csv")
	list, err := Parse(rows, Guess(draw.FirstRow(rows)), testChannels, client)
	if list != nil {
		t.Errorf("%d posts returned beside the errors", len(list))
	}
	var re draw.RowErrors
	if !errors.As(err, &re) {
		t.Fatalf("error %v is not a RowErrors", err)
	}
	want := map[int]string{
		4: `"31/04/2027" is not a date`,
		5: "a scheduled post needs its text; choose at least one channel for a scheduled post",
		6: `"soon" is not a date`,
		7: `the client has no channel "MySpace"; its channels are Instagram @olive.travel, Facebook Olive & Sea`,
		8: `"sometime" is not a status`,
	}
	if len(re) != len(want) {
		t.Errorf("%d bad rows, want %d:\n%v", len(re), len(want), err)
	}
	for _, e := range re {
		if w, ok := want[e.Line]; !ok || !strings.Contains(draw.JoinReasons(e.Reasons), w) {
			t.Errorf("line %d: %q, want %q", e.Line, draw.JoinReasons(e.Reasons), w)
		}
	}
	if !strings.HasPrefix(err.Error(), "5 rows could not be read:\nline 4: ") {
		t.Errorf("message %q", err.Error())
	}
}

// parseOne parses a file with a header and one post.
func parseOne(t *testing.T, header, row []string, edit func(*Mapping)) Row {
	t.Helper()
	m := Guess(header)
	if edit != nil {
		edit(&m)
	}
	list, err := ParseEach([][]string{header, row}, m, testChannels, client)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].Line != 2 {
		t.Fatalf("ParseEach returned %+v", list)
	}
	return list[0]
}

func TestParseEachSaysWhatIsWrongWithARow(t *testing.T) {
	long := strings.Repeat("a", 281)
	for _, tc := range []struct {
		name   string
		header []string
		row    []string
		want   string
	}{
		{"too few cells", []string{"date", "text", "link"}, []string{"2027-03-14", "Hi"}, "the row has only 2 columns, but 3 are needed"},
		{"an ambiguous date", []string{"date", "text"}, []string{"04/03/2027", "Hi"}, "could be 2027-03-04 or 2027-04-03"},
		{"a bad time", []string{"date", "time", "text"}, []string{"2027-03-14", "half past", "Hi"}, `"half past" is not a time of day`},
		{"a time without a date", []string{"date", "time", "text"}, []string{"", "09:30", "Hi"}, "the post has a time (09:30) but no date"},
		{"two different times", []string{"date", "time", "text"}, []string{"2027-03-14 10:00", "09:30", "Hi"}, "the date says 10:00 but the time column says 09:30"},
		{"an unknown type", []string{"type", "text"}, []string{"hologram", "Hi"}, `"hologram" is not a content type: use one of text, photo`},
		{"two platforms, one channel on each", []string{"channels", "text"}, []string{"Instagram, Facebook", "Hi"}, ""},
		{"a channel of another client", []string{"channels", "text"}, []string{"@other", "Hi"}, `the client has no channel "@other"`},
		{"a bad hashtag", []string{"hashtags", "text"}, []string{"#ok #not-ok", "Hi"}, `"#not-ok" is not a hashtag`},
		{"a link that is not a web address", []string{"link", "text"}, []string{"olive.travel", "Hi"}, `"olive.travel" is not a web address`},
		{"a scheduled post without a date", []string{"status", "channels", "text"}, []string{"scheduled", "X", "Hi"}, "a scheduled post needs a date"},
		{"text too long for X", []string{"date", "status", "channels", "text"}, []string{"2027-03-14", "scheduled", "@olive", long}, "the text is 281 characters; X allows 280"},
		{"empty chosen cells", []string{"text", "extra"}, []string{"", "something"}, "the chosen columns are all empty in this row"},
		{"several problems at once", []string{"date", "status", "type", "text"}, []string{"soon", "later", "blob", "Hi"},
			`"soon" is not a date; "later" is not a status: use idea, draft, scheduled or published; "blob" is not a content type`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := parseOne(t, tc.header, tc.row, nil)
			if !strings.Contains(r.Problem(), tc.want) || (tc.want == "") != (r.Problem() == "") {
				t.Errorf("problem %q, want %q", r.Problem(), tc.want)
			}
		})
	}
}

// A row's reasons are sentences to translate: the post editor's own
// problems as Validate gives them, the file's in the same way.
func TestParseEachGivesReasonsAsSentences(t *testing.T) {
	r := parseOne(t, []string{"date", "status", "channels", "text"}, []string{"soon", "scheduled", "@olive", ""}, nil)
	var keys []string
	for _, reason := range r.Reasons {
		keys = append(keys, reason.Key)
	}
	p := model.Post{ClientID: client, Status: model.Scheduled, Type: model.Text, Time: model.NoClock, ChannelIDs: []int64{3}}
	var problems model.Problems
	if !errors.As(p.Validate(testChannels), &problems) || !problems.Has("text") {
		t.Fatal("Validate does not ask for the text of a scheduled post")
	}
	want := []string{`"{{.Cell}}" is not a date.`}
	for _, pr := range problems {
		if pr.Field != "date" {
			want = append(want, pr.Text.Key)
		}
	}
	if !reflect.DeepEqual(keys, want) || r.Reasons[0].Args["Cell"] != "soon" {
		t.Errorf("reasons %q, want %q", keys, want)
	}
	if r.Problem() != draw.JoinReasons(r.Reasons) || !strings.HasPrefix(r.Problem(), `"soon" is not a date; `) {
		t.Errorf("problem %q", r.Problem())
	}
}

func TestParseEachFindsChannelsByTheirNames(t *testing.T) {
	for _, tc := range []struct {
		cell string
		want []int64
	}{
		{"Instagram @olive.travel", []int64{1}},
		{"INSTAGRAM", []int64{1}},
		{"olive.travel", []int64{1}},
		{"@olive.travel | facebook olive & sea", []int64{1, 2}},
		{"x; instagram\nfacebook; Instagram @olive.travel", []int64{3, 1, 2}},
		{"Olive, Sea and Sun", []int64{4}},
		{"Telegram Olive, Sea and Sun", []int64{4}},
	} {
		r := parseOne(t, []string{"channels", "text"}, []string{tc.cell, "Hi"}, nil)
		if r.Problem() != "" || !reflect.DeepEqual(r.Post.ChannelIDs, tc.want) {
			t.Errorf("%q: channels %v (%q), want %v", tc.cell, r.Post.ChannelIDs, r.Problem(), tc.want)
		}
	}
	two := append([]model.Channel{{ID: 5, ClientID: client, Platform: model.Instagram, Handle: "@olive.food"}}, testChannels...)
	list, _ := ParseEach([][]string{{"channels", "text"}, {"instagram", "Hi"}}, Guess([]string{"channels", "text"}), two, client)
	if want := `"instagram" could be more than one channel (Instagram @olive.food, Instagram @olive.travel): write the handle too`; list[0].Problem() != want {
		t.Errorf("problem %q, want %q", list[0].Problem(), want)
	}
	list, _ = ParseEach([][]string{{"channels", "text"}, {"Instagram", "Hi"}}, Guess([]string{"channels", "text"}), nil, client)
	if !strings.Contains(list[0].Problem(), "the client has no channels yet") {
		t.Errorf("problem %q", list[0].Problem())
	}
}

func TestParseEachReadsStatusesTypesLinksAndMedia(t *testing.T) {
	header := []string{"date", "status", "type", "link", "media", "notes", "text"}
	r := parseOne(t, header, []string{"", "Черновик", "Carousel", "https://a.example/1, https://a.example/2\nhttps://a.example/3",
		"https://cdn.example/w_100,h_80/a.jpg, /home/ann/b.png\nC:\\Pictures\\c.jpg", "Check prices", "Hi"}, nil)
	p := r.Post
	if r.Problem() != "" || p.Status != model.Draft || p.Type != model.Photo || p.Link != "https://a.example/1" ||
		p.Notes != "Check prices\n\nOther links: https://a.example/2 https://a.example/3" ||
		!reflect.DeepEqual(p.Media, []string{"https://cdn.example/w_100,h_80/a.jpg", "/home/ann/b.png", `C:\Pictures\c.jpg`}) {
		t.Errorf("post %+v (%q)", p, r.Problem())
	}
	for cell, want := range map[string]model.Status{"posted": model.Published, "Δημοσιευμένο": model.Published,
		"PLANNED": model.Scheduled, "idea": model.Idea} {
		r := parseOne(t, []string{"status", "date", "text", "channels"}, []string{cell, "2027-03-14", "Hi", "x"}, nil)
		if r.Post.Status != want || r.Problem() != "" {
			t.Errorf("status %q read as %q (%q)", cell, r.Post.Status, r.Problem())
		}
	}
	for cell, want := range map[string]model.ContentType{"Reels": model.Reel, "short": model.Video, "LINK": model.LinkPost, "": model.Text} {
		if r := parseOne(t, []string{"type", "text"}, []string{cell, "Hi"}, nil); r.Post.Type != want || r.Problem() != "" {
			t.Errorf("type %q read as %q (%q)", cell, r.Post.Type, r.Problem())
		}
	}
}

func TestParseEachMovesOffsetTimesIntoTheClientsZone(t *testing.T) {
	athens, err := time.LoadLocation("Europe/Athens")
	if err != nil {
		t.Skip("no time zone data:", err)
	}
	r := parseOne(t, []string{"date", "text"}, []string{"2027-07-01T21:30:00Z", "Hi"}, func(m *Mapping) { m.Zone = athens })
	if r.Post.Date != model.NewDate(2027, 7, 2) || r.Post.Time != model.At(0, 30) {
		t.Errorf("read as %v %v", r.Post.Date, r.Post.Time)
	}
}

func TestParseEachTakesTheChosenDateOrder(t *testing.T) {
	rows := [][]string{{"date", "text"}, {"04/03/2027", "Hi"}, {"05/03/2027", "Hi"}}
	m := Guess(rows[0])
	m.Dates = draw.MonthFirst
	list, err := Parse(rows, m, testChannels, client)
	if err != nil || list[0].Post.Date != model.NewDate(2027, 4, 3) || list[1].Post.Date != model.NewDate(2027, 5, 3) {
		t.Errorf("month first: %+v, %v", list, err)
	}
	m.Dates = draw.DayFirst
	if list, err := Parse(rows, m, testChannels, client); err != nil || list[0].Post.Date != model.NewDate(2027, 3, 4) {
		t.Errorf("day first: %+v, %v", list, err)
	}
	mixed := [][]string{{"date", "text"}, {"13/03/2027", "Hi"}, {"03/14/2027", "Hi"}, {"2027-03-15", "Hi"}}
	list, err = ParseEach(mixed, Guess(mixed[0]), testChannels, client)
	if err != nil || !strings.Contains(list[0].Problem(), "day/month (line 2) and others month/day (line 3)") ||
		!strings.Contains(list[1].Problem(), "day/month (line 2)") || list[2].Problem() != "" {
		t.Errorf("mixed orders: %+v, %v", list, err)
	}
}

func TestParseEachRefusesMappingsThatCannotWork(t *testing.T) {
	rows := [][]string{{"a", "b"}}
	for _, tc := range []struct {
		m    Mapping
		want string
	}{
		{Mapping{Columns: map[Field]int{Date: 0}}, ErrNoContentColumn.Error()},
		{Mapping{Columns: map[Field]int{Text: 1, Notes: 1, Date: 0}}, `Column 2 is chosen for both "Text" and "Notes"`},
		{Mapping{Columns: map[Field]int{Text: 1}, Dates: "ymd"}, `"ymd" is not a date order`},
		{Mapping{Columns: map[Field]int{Text: 0}, Header: true}, ErrNoPosts.Error()},
	} {
		list, err := ParseEach(rows, tc.m, testChannels, client)
		var local msg.Localized
		if list != nil || err == nil || !strings.Contains(err.Error(), tc.want) || !errors.As(err, &local) {
			t.Errorf("%+v: %v, want %q", tc.m, err, tc.want)
		}
	}
	if _, err := Parse([][]string{nil, {"", " "}, nil}, Mapping{Columns: map[Field]int{Text: 0}}, nil, client); !errors.Is(err, ErrNoPosts) {
		t.Errorf("a blank file: %v", err)
	}
}

func BenchmarkParse1000(b *testing.B) {
	rows := [][]string{{"date", "channels", "status", "text", "hashtags", "link"}}
	for i := range 1000 {
		rows = append(rows, []string{fmt.Sprintf("%02d/03/2027 10:%02d", 1+i%28, i%60), "Instagram @olive.travel; X",
			"scheduled", fmt.Sprintf("Post %d: three ways to pack light.", i), "#travel #tips", "https://olive.travel"})
	}
	m := Guess(rows[0])
	b.ResetTimer()
	for range b.N {
		if _, err := Parse(rows, m, testChannels, client); err != nil {
			b.Fatal(err)
		}
	}
}

package export

import (
	"bytes"
	"encoding/csv"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"kairos/model"
	"kairos/model/sample"
)

// samplePlans is the sample workspace planned around today as storage
// would hold it: clients, channels and posts numbered from 1, each post's
// channels by ID. Ideas stay in, undated.
func samplePlans(today model.Date) []struct {
	opts  PlanOptions
	posts []model.Post
} {
	var out []struct {
		opts  PlanOptions
		posts []model.Post
	}
	var chID, postID int64
	for i, b := range sample.Workspace(today).Clients {
		client := b.Client
		client.ID = int64(i + 1)
		var channels []model.Channel
		for _, ch := range b.Channels {
			chID++
			ch.ID, ch.ClientID = chID, client.ID
			channels = append(channels, ch)
		}
		var posts []model.Post
		for _, bp := range b.Posts {
			postID++
			p := bp.Post
			p.ID, p.ClientID = postID, client.ID
			for _, j := range bp.Channels {
				p.ChannelIDs = append(p.ChannelIDs, channels[j].ID)
			}
			p.Created = time.Date(2026, 10, 1, 8, 0, 0, 0, time.UTC)
			p.Updated = p.Created.Add(time.Hour)
			posts = append(posts, p)
		}
		out = append(out, struct {
			opts  PlanOptions
			posts []model.Post
		}{PlanOptions{Client: client, Channels: channels, Stamp: time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)}, posts})
	}
	return out
}

// The ICS export of the sample workspace parses with a real iCalendar
// parser and gives back every post's day and time in the client's zone.
// 2027-03-20 puts the end of March's clock change inside the window.
func TestPlanICSRoundTripsTheSampleWorkspace(t *testing.T) {
	for _, today := range []model.Date{model.NewDate(2026, 11, 25), model.NewDate(2027, 3, 20)} {
		for _, plan := range samplePlans(today) {
			t.Run(today.String()+" "+plan.opts.Client.Name, func(t *testing.T) {
				posts := SelectPlan(plan.posts, today.AddDays(-40), today.AddDays(40), DefaultStatuses())
				if len(posts) < 10 || len(posts) >= len(plan.posts) {
					t.Fatalf("%d of %d posts selected", len(posts), len(plan.posts))
				}
				var buf bytes.Buffer
				if err := PlanICS(&buf, plan.opts, posts); err != nil {
					t.Fatal(err)
				}
				out := buf.String()
				if strings.Count(out, "\n") != strings.Count(out, "\r\n") || strings.Contains(out, "TZID") {
					t.Error("bare LF line endings, or a TZID without a VTIMEZONE")
				}
				cal, err := ics.ParseCalendar(strings.NewReader(out))
				if err != nil {
					t.Fatalf("the ICS does not parse: %v", err)
				}
				events := cal.Events()
				if len(events) != len(posts) {
					t.Fatalf("%d events for %d posts", len(events), len(posts))
				}
				loc := plan.opts.Client.Location()
				seen := map[string]bool{}
				var timed, allDay, scheduled int
				for i, e := range events {
					p := posts[i]
					uid := e.Id()
					if seen[uid] || uid != PostUID(plan.opts.Client, p) {
						t.Errorf("event %d: UID %q repeated or not the post's", i, uid)
					}
					seen[uid] = true
					start := e.GetProperty(ics.ComponentPropertyDtStart)
					if p.Time.Valid() {
						timed++
						at, err := e.GetStartAt()
						if err != nil || !strings.HasSuffix(start.Value, "Z") {
							t.Fatalf("post %d: DTSTART %q: %v", p.ID, start.Value, err)
						}
						local := at.In(loc)
						if model.DateOf(local) != p.Date || model.At(local.Hour(), local.Minute()) != p.Time {
							t.Errorf("post %d on %s at %s comes back as %s", p.ID, p.Date, p.Time, local)
						}
						end, err := e.GetEndAt()
						if err != nil || end.Sub(at) != PostDuration {
							t.Errorf("post %d: ends %v after it starts (%v)", p.ID, end.Sub(at), err)
						}
					} else {
						allDay++
						if v := start.ICalParameters["VALUE"]; !slices.Equal(v, []string{"DATE"}) {
							t.Errorf("untimed post %d: DTSTART %q with VALUE %v", p.ID, start.Value, v)
						}
						day, err := e.GetAllDayStartAt()
						end, err2 := e.GetAllDayEndAt()
						if err != nil || err2 != nil || model.DateOf(day) != p.Date || model.DateOf(end) != p.Date.AddDays(1) {
							t.Errorf("untimed post %d on %s: %v to %v (%v, %v)", p.ID, p.Date, day, end, err, err2)
						}
					}
					status := e.GetProperty(ics.ComponentPropertyStatus).Value
					want := "TENTATIVE"
					if p.Status == model.Scheduled || p.Status == model.Published {
						want = "CONFIRMED"
					}
					if p.Status == model.Scheduled {
						scheduled++
					}
					if status != want {
						t.Errorf("%s post %d: STATUS %s", p.Status, p.ID, status)
					}
					if desc := e.GetProperty(ics.ComponentPropertyDescription); desc == nil || !strings.HasPrefix(desc.Value, p.FullText()) {
						t.Errorf("post %d: description %v does not start with its text", p.ID, desc)
					}
				}
				if timed == 0 || scheduled == 0 {
					t.Errorf("%d timed and %d scheduled posts: the sample should have both", timed, scheduled)
				}
				if plan.opts.Client.Name == "The Copper Kettle Café" && allDay == 0 {
					t.Error("the café has all-day posts, none came out all-day")
				}

				// A later export has the same UIDs, in the same order, and
				// differs only in DTSTAMP.
				later := plan.opts
				later.Stamp = later.Stamp.Add(48 * time.Hour)
				var again bytes.Buffer
				if err := PlanICS(&again, later, posts); err != nil {
					t.Fatal(err)
				}
				stampless := regexp.MustCompile(`DTSTAMP:\d{8}T\d{6}Z\r\n`)
				if stampless.ReplaceAllString(again.String(), "") != stampless.ReplaceAllString(out, "") || again.String() == out {
					t.Error("a second export differs in more than DTSTAMP")
				}
			})
		}
	}
}

// One post checked field by field, including the UTC conversion across a
// zone with a 45-minute offset and text with iCalendar's special characters.
func TestPlanICSFields(t *testing.T) {
	client := model.Client{ID: 7, Name: "Himal Treks", TimeZone: "Asia/Kathmandu"}
	channels := []model.Channel{
		{ID: 3, ClientID: 7, Platform: model.Instagram, Handle: "@himal"},
		{ID: 4, ClientID: 7, Platform: model.Facebook, Handle: "Himal Treks"},
		{ID: 5, ClientID: 7, Platform: model.Instagram, Handle: "@himal.team"},
	}
	p := model.Post{ID: 42, ClientID: 7, ChannelIDs: []int64{3, 4, 5}, Date: model.NewDate(2027, 1, 5), Time: model.At(6, 0),
		Status: model.Draft, Type: model.Photo, Pillar: "Trips; routes",
		Text:     "Sunrise, Poon Hill; \"worth\" the 4am\\start.\nBook now",
		Hashtags: []string{"#Nepal"}, Link: "https://himal.example/poon-hill?a=1,2", Notes: "internal: ask Ram"}
	opts := PlanOptions{Client: client, Channels: channels, Stamp: time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)}
	var buf bytes.Buffer
	if err := PlanICS(&buf, opts, []model.Post{p, {ID: 43, Status: model.Idea}}); err != nil {
		t.Fatal(err)
	}
	out := strings.ReplaceAll(buf.String(), "\r\n ", "") // unfolded
	for _, want := range []string{
		"UID:post-42-client-7@kairosplanner.io\r\n",
		"DTSTART:20270105T001500Z\r\n", // 06:00 at +05:45
		"DTEND:20270105T003000Z\r\n",
		"DTSTAMP:20261201T100000Z\r\n",
		"STATUS:TENTATIVE\r\n",
		"TRANSP:TRANSPARENT\r\n",
		"CATEGORIES:draft\r\n", "CATEGORIES:photo\r\n", `CATEGORIES:Trips\; routes` + "\r\n",
		"SUMMARY:Instagram\\, Facebook: Sunrise\\, Poon Hill\\; \"worth\" the 4am\\\\start. Book now\r\n",
		"X-WR-CALNAME:Kairos: Himal Treks\r\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("ICS lacks %q:\n%s", want, out)
		}
	}
	if strings.Count(out, "BEGIN:VEVENT") != 1 || strings.Contains(out, "ask Ram") {
		t.Errorf("want one event (the idea has no date) and no internal notes:\n%s", out)
	}
	cal, err := ics.ParseCalendar(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	e := cal.Events()[0]
	wantDesc := p.Text + "\n\n#Nepal\n\nhttps://himal.example/poon-hill?a=1,2\n\nChannels: Instagram @himal, Facebook Himal Treks, Instagram @himal.team"
	if got := e.GetProperty(ics.ComponentPropertyDescription).Value; got != wantDesc {
		t.Errorf("description\n got %q\nwant %q", got, wantDesc)
	}
	if got := e.GetProperty(ics.ComponentPropertyUrl).Value; got != p.Link {
		t.Errorf("URL %q", got)
	}
}

func TestPlanCSVHasEveryField(t *testing.T) {
	opts := PlanOptions{Client: model.Client{ID: 1, Name: "Café", TimeZone: "Europe/London"},
		Channels: []model.Channel{{ID: 9, Platform: model.X, Handle: "@cafe"}, {ID: 8, Platform: model.Facebook, Handle: "Café, York"}}}
	created := time.Date(2026, 11, 1, 9, 30, 0, 0, time.FixedZone("EET", 2*3600))
	posts := []model.Post{
		{ID: 5, ChannelIDs: []int64{8, 9}, Date: model.NewDate(2026, 12, 24), Time: model.At(18, 5), Status: model.Scheduled,
			Type: model.Offer, Pillar: "Offers", Text: "Mince pies, \"two\" for £3\nToday only", Hashtags: []string{"#Xmas", "#York"},
			Link: "https://cafe.example", Media: []string{"media/pies.jpg", "C:\\pics\\a;b.png"}, Notes: "Check stock",
			Created: created, Updated: created.Add(time.Hour)},
		{ID: 6, Date: model.NewDate(2026, 12, 25), Time: model.NoClock, Status: model.Draft, Type: model.Text, Text: "Closed 🎄"},
		{ID: 7, Status: model.Idea, Type: model.Text, Text: "undated"},
	}
	var buf bytes.Buffer
	if err := PlanCSV(&buf, opts, posts); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(buf.String(), "\ufeffid,date,") {
		t.Fatalf("no BOM before the header: %q", buf.String()[:20])
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatalf("the CSV does not parse: %v", err)
	}
	want := [][]string{
		{"id", "date", "time", "time_zone", "status", "type", "pillar", "channels", "text", "hashtags", "link", "media", "notes", "created", "updated"},
		{"5", "2026-12-24", "18:05", "Europe/London", "scheduled", "offer", "Offers", "Facebook Café, York; X @cafe",
			"Mince pies, \"two\" for £3\nToday only", "#Xmas #York", "https://cafe.example", "media/pies.jpg\nC:\\pics\\a;b.png",
			"Check stock", "2026-11-01T07:30:00Z", "2026-11-01T08:30:00Z"},
		{"6", "2026-12-25", "", "Europe/London", "draft", "text", "", "", "Closed 🎄", "", "", "", "", "", ""},
	}
	if !slices.EqualFunc(rows, want, slices.Equal) {
		t.Errorf("rows\n got %q\nwant %q", rows, want)
	}
}

func TestPublerCSVLayout(t *testing.T) {
	opts := PlanOptions{Client: model.Client{ID: 1, Name: "Fit", TimeZone: "Europe/Moscow"}}
	posts := []model.Post{
		{ID: 1, Date: model.NewDate(2026, 12, 1), Time: model.At(7, 45), Status: model.Scheduled, Type: model.Reel,
			Pillar: "Training", Text: "Plank, 60s", Hashtags: []string{"#core"}, Link: "https://fit.example/plank",
			Media: []string{"media/plank.mp4", "https://cdn.example/a.jpg", "http://cdn.example/b.jpg"}},
		{ID: 2, Date: model.NewDate(2026, 12, 2), Time: model.NoClock, Status: model.Draft, Type: model.Story, Text: "Poll time"},
		{ID: 3, Date: model.NewDate(2027, 1, 3), Time: model.At(23, 59), Status: model.Published, Type: model.Photo, Text: "New year"},
	}
	var buf bytes.Buffer
	if err := PublerCSV(&buf, opts, posts); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatalf("the CSV does not parse: %v", err)
	}
	header := "Date,Text,Link(s),Media URL(s),Title,Label(s),Alt text(s),Comment(s),Board/Album,Post subtype,CTA,Reminder"
	if got := strings.Join(rows[0], ","); got != header {
		t.Errorf("header\n got %s\nwant %s", got, header)
	}
	want := [][]string{
		{"2026-12-01 07:45", "Plank, 60s\n\n#core", "https://fit.example/plank", "https://cdn.example/a.jpg,http://cdn.example/b.jpg", "", "Training", "", "", "", "reel", "", ""},
		{"2026-12-02 09:00", "Poll time", "", "", "", "", "", "", "", "story", "", ""},
		{"2027-01-03 23:59", "New year", "", "", "", "", "", "", "", "", "", ""},
	}
	if !slices.EqualFunc(rows[1:], want, slices.Equal) {
		t.Errorf("rows\n got %q\nwant %q", rows[1:], want)
	}
	for _, r := range rows[1:] {
		if !regexp.MustCompile(`^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$`).MatchString(r[0]) || len(r) != 12 {
			t.Errorf("row %q: date not YYYY-MM-DD HH:MM or not 12 columns", r)
		}
	}
}

func TestHootsuiteCSVLayout(t *testing.T) {
	plan := samplePlans(model.NewDate(2026, 11, 25))[0] // Europe/Athens
	posts := SelectPlan(plan.posts, model.NewDate(2026, 11, 1), model.NewDate(2026, 12, 31), DefaultStatuses())
	var buf bytes.Buffer
	if err := HootsuiteCSV(&buf, plan.opts, posts); err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(&buf)
	r.FieldsPerRecord = 3
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("the CSV does not parse as three columns: %v", err)
	}
	if len(rows) != len(posts) {
		t.Fatalf("%d rows for %d posts: a header row, or posts missing", len(rows), len(posts))
	}
	loc := plan.opts.Client.Location()
	for i, row := range rows {
		p := posts[i]
		at, err := time.ParseInLocation(HootsuiteDateLayout, row[0], loc)
		want := p.Time
		if !want.Valid() {
			want = UntimedAt
		}
		if err != nil || !regexp.MustCompile(`^\d\d/\d\d/\d{4} \d\d:\d\d$`).MatchString(row[0]) ||
			model.DateOf(at) != p.Date || model.At(at.Hour(), at.Minute()) != want {
			t.Errorf("post %d on %s at %s: date column %q (%v)", p.ID, p.Date, p.Time, row[0], err)
		}
		if row[1] != p.FullText() || row[2] != p.Link {
			t.Errorf("post %d: message %q, link %q", p.ID, row[1], row[2])
		}
	}
	// Day first: 1 December is 01/12.
	one := []model.Post{{ID: 1, Date: model.NewDate(2026, 12, 1), Time: model.At(18, 30), Status: model.Draft, Text: "a, \"b\""}}
	buf.Reset()
	if err := HootsuiteCSV(&buf, plan.opts, one); err != nil || buf.String() != "01/12/2026 18:30,\"a, \"\"b\"\"\",\n" {
		t.Errorf("got %q, %v", buf.String(), err)
	}
}

func TestPlanNotes(t *testing.T) {
	opts := PlanOptions{Client: model.Client{TimeZone: "Europe/Athens"},
		Channels: []model.Channel{{ID: 1, Platform: model.Instagram}, {ID: 2, Platform: model.X}},
		Stamp:    time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)} // 12:00 in Athens
	posts := []model.Post{
		{Date: model.NewDate(2026, 12, 1), Time: model.At(11, 55), ChannelIDs: []int64{1}},                             // past
		{Date: model.NewDate(2026, 12, 1), Time: model.At(12, 7), ChannelIDs: []int64{2}},                              // off the mark
		{Date: model.NewDate(2026, 12, 2), Time: model.NoClock, Media: []string{"media/a.jpg"}},                        // untimed, local media
		{Date: model.NewDate(2026, 12, 3), Time: model.At(9, 13), Media: []string{"https://cdn.example/a.jpg"}},        // off the mark, web media
		{Date: model.NewDate(2026, 12, 4), Time: model.NoClock, Media: []string{"https://cdn.example/b.jpg", "x.png"}}, // untimed, local media
	}
	hoot := notesText(PlanNotes(FormatHootsuite, opts, posts))
	for _, want := range []string{
		"2 posts have no time of day, so the file gives them 09:00.",
		"set it to Europe/Athens",
		"The posts are for Instagram, X, but Hootsuite sends every row to the accounts you pick",
		"3 posts have media, which Hootsuite's bulk file has no place for",
		"2 posts are not on a five-minute mark (such as 12:07)",
		"1 post is already in the past: Hootsuite refuses it.",
	} {
		if !strings.Contains(hoot, want) {
			t.Errorf("Hootsuite notes lack %q:\n%s", want, hoot)
		}
	}
	publer := notesText(PlanNotes(FormatPubler, opts, posts))
	if !strings.Contains(publer, "2 posts have media files on this computer, which Publer cannot fetch") ||
		strings.Contains(publer, "five-minute") || strings.Contains(publer, "past") {
		t.Errorf("Publer notes:\n%s", publer)
	}
	if n := PlanNotes(FormatICS, opts, posts); n != nil {
		t.Errorf("iCalendar notes %q", n)
	}
	if n := PlanNotes(FormatHootsuite, opts, posts[:1]); len(n) != 2 || n[1] != (PlanNote{Kind: NotePast, Tool: "Hootsuite", Count: 1}) ||
		n[1].String() != "1 post is already in the past: Hootsuite refuses it." {
		t.Errorf("one past post: %+v", n)
	}
}

func TestSelectPlan(t *testing.T) {
	d := model.NewDate
	posts := []model.Post{
		{ID: 1, Date: d(2026, 12, 2), Time: model.At(9, 0), Status: model.Draft},
		{ID: 2, Date: d(2026, 12, 1), Time: model.At(10, 0), Status: model.Scheduled},
		{ID: 3, Date: d(2026, 12, 1), Time: model.NoClock, Status: model.Published},
		{ID: 4, Status: model.Idea},
		{ID: 5, Date: d(2026, 12, 1), Time: model.At(8, 0), Status: model.Idea},
		{ID: 6, Date: d(2026, 11, 30), Time: model.At(8, 0), Status: model.Draft},
		{ID: 7, Date: d(2026, 12, 3), Time: model.At(8, 0), Status: model.Draft},
		{ID: 8, Date: d(2026, 12, 1), Time: model.At(10, 0), Status: model.Draft},
	}
	ids := func(list []model.Post) []int64 {
		var out []int64
		for _, p := range list {
			out = append(out, p.ID)
		}
		return out
	}
	if got := ids(SelectPlan(posts, d(2026, 12, 1), d(2026, 12, 2), DefaultStatuses())); !slices.Equal(got, []int64{3, 2, 8, 1}) {
		t.Errorf("default statuses: %v", got)
	}
	if got := ids(SelectPlan(posts, d(2026, 11, 1), d(2026, 12, 31), []model.Status{model.Idea})); !slices.Equal(got, []int64{5}) {
		t.Errorf("dated ideas: %v", got)
	}
	if got := SelectPlan(posts, d(2026, 11, 1), d(2026, 12, 31), nil); len(got) != 0 {
		t.Errorf("no statuses kept %v", ids(got))
	}
}

func TestParseFormat(t *testing.T) {
	for _, f := range Formats() {
		if got, err := ParseFormat(" " + strings.ToUpper(string(f)) + " "); err != nil || got != f {
			t.Errorf("%s: %v, %v", f, got, err)
		}
	}
	if _, err := ParseFormat("pdf"); err == nil || !strings.Contains(err.Error(), `unknown format "pdf"`) {
		t.Errorf("pdf: %v", err)
	}
	if FormatICS.Ext() != ".ics" || FormatPubler.Ext() != ".csv" {
		t.Error("extensions")
	}
	var buf bytes.Buffer
	if err := Format("pdf").Write(&buf, PlanOptions{}, nil); err == nil {
		t.Error("an unknown format wrote something")
	}
}

// notesText is the notes' sentences, one a line.
func notesText(notes []PlanNote) string {
	var lines []string
	for _, n := range notes {
		lines = append(lines, n.String())
	}
	return strings.Join(lines, "\n")
}

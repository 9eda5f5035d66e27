package storage

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"kairos/model"
	"kairos/model/msg"
	"kairos/model/postcsv"
)

// importFile is a header and n posts in Kairos's columns, spread over
// March and April 2027; the last post is on the Facebook channel, the
// others on Instagram.
func importFile(n int) [][]string {
	rows := [][]string{{"date", "time", "channels", "status", "type", "pillar", "text", "hashtags", "link", "media", "notes"}}
	for i := 1; i <= n; i++ {
		channel := "Instagram"
		if i == n {
			channel = "Facebook"
		}
		day := model.NewDate(2027, 3, 1).AddDays(i % 60)
		rows = append(rows, []string{day.String(), fmt.Sprintf("%02d:%02d", 8+i%12, i%4*15), channel, "scheduled", "photo",
			"Tips", fmt.Sprintf("Post number %d: three ways to pack light.", i), "#travel #tips", "https://olive.travel/tips",
			"/home/ann/pics/tip.jpg", ""})
	}
	return rows
}

// parsedImport stores a client with Instagram and Facebook channels and
// parses an n-post file for it.
func parsedImport(t testing.TB, s *Store, n int) (model.Client, model.Channel, []postcsv.Row) {
	t.Helper()
	c := mustClient(t, s, "Olive & Sea Travel")
	mustChannel(t, s, c.ID, model.Instagram, "@olive.travel")
	fb := mustChannel(t, s, c.ID, model.Facebook, "Olive & Sea")
	channels, err := s.Channels(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	rows := importFile(n)
	list, err := postcsv.Parse(rows, postcsv.Guess(rows[0]), channels, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	return c, fb, list
}

func TestImportPostsStoresAThousandRowsInOneTransaction(t *testing.T) {
	s := mustOpen(t)
	c, fb, rows := parsedImport(t, s, 1000)
	start := time.Now()
	n, err := s.ImportPosts(c.ID, rows)
	t.Logf("imported %d posts in %v", n, time.Since(start))
	if err != nil || n != 1000 {
		t.Fatalf("ImportPosts = %d, %v", n, err)
	}
	if count, _ := s.PostCount(c.ID); count != 1000 {
		t.Fatalf("%d posts stored, want 1000", count)
	}
	stored, err := s.PostsBetween(c.ID, model.NewDate(2027, 1, 1), model.NewDate(2027, 12, 31))
	if err != nil || len(stored) != 1000 {
		t.Fatalf("%d dated posts read back: %v", len(stored), err)
	}
	var last model.Post
	for _, p := range stored {
		if p.Text == "Post number 1000: three ways to pack light." {
			last = p
		}
	}
	want := rows[999].Post
	if last.ID == 0 || last.Date != want.Date || last.Time != want.Time || last.Status != model.Scheduled ||
		last.Type != model.Photo || last.Pillar != "Tips" || !reflect.DeepEqual(last.ChannelIDs, []int64{fb.ID}) ||
		!reflect.DeepEqual(last.Hashtags, []string{"#travel", "#tips"}) || last.Link != "https://olive.travel/tips" ||
		!reflect.DeepEqual(last.Media, []string{"/home/ann/pics/tip.jpg"}) || last.Created.IsZero() {
		t.Errorf("the last post reads back as %+v, want %+v", last, want)
	}
}

func TestImportPostsStoresNothingWhenTheLastRowFails(t *testing.T) {
	s := mustOpen(t)
	c, fb, rows := parsedImport(t, s, 1000)
	if err := s.CreatePost(&model.Post{ClientID: c.ID, Status: model.Idea, Type: model.Text, Time: model.NoClock, Text: "Already here"}); err != nil {
		t.Fatal(err)
	}
	// Between the preview and the import, the Facebook channel of the
	// last row is deleted (in another window, say).
	if err := s.DeleteChannel(fb.ID); err != nil {
		t.Fatal(err)
	}
	n, err := s.ImportPosts(c.ID, rows)
	var ie *ImportError
	if n != 0 || !errors.As(err, &ie) || ie.Line != 1001 {
		t.Fatalf("ImportPosts = %d, %v; want an ImportError for line 1001", n, err)
	}
	if !strings.HasPrefix(err.Error(), "Nothing was imported: the post on line 1001 could not be saved. One of the chosen channels") {
		t.Errorf("message %q", err.Error())
	}
	if count, _ := s.PostCount(c.ID); count != 1 {
		t.Errorf("%d posts stored after a failed import, want the 1 from before", count)
	}
}

func TestImportPostsRefusesRowsWithProblems(t *testing.T) {
	s := mustOpen(t)
	c, _, rows := parsedImport(t, s, 3)
	rows[1].Reasons = []msg.Text{msg.New("\"{{.Cell}}\" is not a date.", "Cell", "soon")}
	n, err := s.ImportPosts(c.ID, rows)
	if n != 0 || err == nil || err.Error() != `Nothing was imported: the post on line 3 could not be saved. "soon" is not a date.` {
		t.Errorf("ImportPosts = %d, %v", n, err)
	}
	if count, _ := s.PostCount(c.ID); count != 0 {
		t.Errorf("%d posts stored", count)
	}
	if n, err := s.ImportPosts(c.ID, nil); n != 0 || !errors.Is(err, postcsv.ErrNoPosts) {
		t.Errorf("an empty import: %d, %v", n, err)
	}
}

func TestImportPostsIntoADeletedClientSaysSo(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Gone")
	rows := []postcsv.Row{{Line: 2, Post: model.Post{Status: model.Idea, Type: model.Text, Time: model.NoClock, Text: "Hi"}}}
	if err := s.DeleteClient(c.ID); err != nil {
		t.Fatal(err)
	}
	n, err := s.ImportPosts(c.ID, rows)
	if n != 0 || !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("ImportPosts = %d, %v", n, err)
	}
}

func BenchmarkImport1000(b *testing.B) {
	s := mustOpen(b)
	c, _, rows := parsedImport(b, s, 1000)
	b.ResetTimer()
	for range b.N {
		if _, err := s.ImportPosts(c.ID, rows); err != nil {
			b.Fatal(err)
		}
	}
}

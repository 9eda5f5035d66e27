package storage

import (
	"errors"
	"strings"
	"testing"
	"time"

	"kairos/model"
	"kairos/model/contest"
)

// mustContest stores a valid week-long Facebook contest for a GR client
// open to EU residents, with its key-date posts.
func mustContest(tb testing.TB, s *Store) (contest.Contest, model.Client) {
	tb.Helper()
	cl := mustClient(tb, s, "Olive")
	fb := mustChannel(tb, s, cl.ID, model.Facebook, "@olive")
	athens, _ := time.LoadLocation("Europe/Athens")
	c := contest.Contest{
		ClientID: cl.ID, Name: "Summer hamper", Kind: contest.Chance, ChannelIDs: []int64{fb.ID},
		Start: time.Date(2027, 6, 1, 10, 0, 0, 0, athens), End: time.Date(2027, 6, 8, 23, 59, 0, 0, athens),
		Zone: "Europe/Athens", Prize: contest.Prize{Description: "A hamper of olive oil", Quantity: 1, Value: 6000, Currency: "EUR"},
		Regions: []string{"GR"}, MinAge: 18, RulesLink: "https://olive.example/rules",
		SponsorName: "Olive Travel", SponsorAddress: "1 Harbour St, Chania",
	}
	if err := s.CreateContest(&c, true); err != nil {
		tb.Fatalf("create contest: %v", err)
	}
	return c, cl
}

func TestContestRoundTripWithChecklistAndKeyPosts(t *testing.T) {
	s := mustOpen(t)
	c, _ := mustContest(t, s)
	got, err := s.Contest(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Start.Equal(c.Start) || !got.End.Equal(c.End) || got.Zone != "Europe/Athens" || got.Start.Location().String() != "Europe/Athens" {
		t.Errorf("dates came back as %v – %v (%s)", got.Start, got.End, got.Zone)
	}
	if got.Status != contest.Planning || len(got.Platforms) != 1 || got.Platforms[0] != model.Facebook {
		t.Errorf("status %q, platforms %v", got.Status, got.Platforms)
	}
	items, err := s.Checklist(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	sets := map[string]bool{}
	for _, it := range items {
		sets[it.Set] = true
	}
	if !sets["core"] || !sets["facebook"] || !sets["eu"] || sets["instagram"] || sets["us"] || sets["uk"] {
		t.Errorf("checklist sets %v, want core, facebook and eu only", sets)
	}
	posts, err := s.ContestPosts(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(posts) != len(contest.KeyDates(c)) || len(posts) < 3 {
		t.Fatalf("%d key posts, want one per key date (%d)", len(posts), len(contest.KeyDates(c)))
	}
	if posts[0].Kind != contest.Announcement || posts[0].Post.Date != model.NewDate(2027, 6, 1) || posts[0].Post.Time != model.At(10, 0) {
		t.Errorf("first key post %v on %v %v", posts[0].Kind, posts[0].Post.Date, posts[0].Post.Time)
	}
	if w, err := s.ContestWarnings(c); err != nil || len(w) != 0 {
		t.Errorf("the generated posts should break no rule, got %v %v", w, err)
	}
	gotC, kind, ok, err := s.ContestOfPost(posts[0].Post.ID)
	if err != nil || !ok || gotC.ID != c.ID || kind != contest.Announcement {
		t.Errorf("ContestOfPost = %v %v %v %v", gotC.ID, kind, ok, err)
	}
}

func TestInvalidContestStoresNothing(t *testing.T) {
	s := mustOpen(t)
	cl := mustClient(t, s, "Olive")
	c := contest.Contest{ClientID: cl.ID, Name: "", Kind: contest.Chance}
	err := s.CreateContest(&c, true)
	var p model.Problems
	if !errors.As(err, &p) || p.For("name") == "" {
		t.Fatalf("want problems naming the missing name, got %v", err)
	}
	if list, _ := s.Contests(cl.ID); len(list) != 0 {
		t.Errorf("%d contests stored", len(list))
	}
	if n, _ := s.PostCount(cl.ID); n != 0 {
		t.Errorf("%d posts stored", n)
	}
}

func TestMovingTheContestMovesItsUnpublishedPosts(t *testing.T) {
	s := mustOpen(t)
	c, _ := mustContest(t, s)
	before, _ := s.ContestPosts(c.ID)
	// The last one is published: it stays where it was.
	published := before[len(before)-1].Post
	published.Status = model.Published
	if err := s.UpdatePost(&published); err != nil {
		t.Fatal(err)
	}
	c.Start = c.Start.AddDate(0, 0, 7)
	c.End = c.End.AddDate(0, 0, 7)
	moved, err := s.UpdateContest(&c)
	if err != nil {
		t.Fatal(err)
	}
	if len(moved) != len(before)-1 {
		t.Errorf("%d posts moved, want %d", len(moved), len(before)-1)
	}
	after, _ := s.ContestPosts(c.ID)
	was := map[int64]model.Post{}
	for _, kp := range before {
		was[kp.Post.ID] = kp.Post
	}
	for _, kp := range after {
		old := was[kp.Post.ID]
		want := old.Date.AddDays(7)
		if kp.Post.ID == published.ID {
			want = old.Date
		}
		if kp.Post.Date != want || kp.Post.Time != old.Time {
			t.Errorf("%s post on %v %v, want %v %v", kp.Kind, kp.Post.Date, kp.Post.Time, want, old.Time)
		}
	}
}

func TestReadyIsRefusedWhileRequiredItemsAreOpen(t *testing.T) {
	s := mustOpen(t)
	c, _ := mustContest(t, s)
	err := s.MarkReady(c.ID)
	var nr contest.NotReady
	if !errors.As(err, &nr) || len(nr.Missing) == 0 {
		t.Fatalf("want NotReady with the missing items, got %v", err)
	}
	items, _ := s.Checklist(c.ID)
	var required []contest.Item
	for _, it := range items {
		if it.Required {
			required = append(required, it)
		}
	}
	if len(nr.Missing) != len(required) {
		t.Errorf("%d missing, want every required item (%d)", len(nr.Missing), len(required))
	}
	// Waiving needs a reason, and a refused waiver changes nothing.
	if _, err := s.WaiveItem(required[0].ID, "  "); err == nil {
		t.Error("a waiver without a reason was accepted")
	}
	if it, _ := itemIn(s.db, required[0].ID); it.Waived {
		t.Error("the refused waiver was stored")
	}
	if _, err := s.WaiveItem(required[0].ID, "Entry is free for everyone: no purchase exists."); err != nil {
		t.Fatal(err)
	}
	for _, it := range required[1:] {
		if _, err := s.SetItemDone(it.ID, true); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.MarkReady(c.ID); err != nil {
		t.Fatalf("all settled, yet: %v", err)
	}
	if got, _ := s.Contest(c.ID); got.Status != contest.Ready {
		t.Errorf("status %q after MarkReady", got.Status)
	}
	// Reopening a required item takes it back to planning.
	if _, err := s.SetItemDone(required[1].ID, false); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Contest(c.ID); got.Status != contest.Planning {
		t.Errorf("status %q after reopening a required item", got.Status)
	}
}

func TestOwnItemsAndTemplateItemsDiffer(t *testing.T) {
	s := mustOpen(t)
	c, _ := mustContest(t, s)
	own, err := s.AddOwnItem(c.ID, "Order the hampers from the supplier", true)
	if err != nil {
		t.Fatal(err)
	}
	items, _ := s.Checklist(c.ID)
	if last := items[len(items)-1]; last.ID != own.ID || last.Set != contest.Own {
		t.Errorf("own item not last: %+v", last)
	}
	if err := s.DeleteOwnItem(items[0].ID); err == nil || !strings.Contains(err.Error(), "waive") {
		t.Errorf("deleting a template item: %v", err)
	}
	if err := s.DeleteOwnItem(own.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddOwnItem(c.ID, "", false); err == nil {
		t.Error("an empty own item was accepted")
	}
}

func TestChangingPlatformsAndRegionsSyncsTheChecklist(t *testing.T) {
	s := mustOpen(t)
	c, cl := mustContest(t, s)
	ig := mustChannel(t, s, cl.ID, model.Instagram, "@olive.ig")
	items, _ := s.Checklist(c.ID)
	var fbItem contest.Item
	for _, it := range items {
		if it.Set == "facebook" {
			fbItem = it
			break
		}
	}
	if _, err := s.SetItemDone(fbItem.ID, true); err != nil {
		t.Fatal(err)
	}
	c.ChannelIDs = []int64{ig.ID}
	c.Regions = []string{"US"}
	if _, err := s.UpdateContest(&c); err != nil {
		t.Fatal(err)
	}
	items, _ = s.Checklist(c.ID)
	sets := map[string]int{}
	for _, it := range items {
		sets[it.Set]++
	}
	if sets["instagram"] == 0 || sets["us"] == 0 || sets["eu"] != 0 {
		t.Errorf("sets after the change: %v", sets)
	}
	if sets["facebook"] != 1 {
		t.Errorf("the ticked Facebook item should stay alone, facebook items: %d", sets["facebook"])
	}
}

func TestDeletingAContestKeepsItsPosts(t *testing.T) {
	s := mustOpen(t)
	c, cl := mustContest(t, s)
	n, _ := s.PostCount(cl.ID)
	if err := s.DeleteContest(c.ID); err != nil {
		t.Fatal(err)
	}
	if after, _ := s.PostCount(cl.ID); after != n {
		t.Errorf("posts %d -> %d", n, after)
	}
	if _, err := s.Contest(c.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleted contest: %v", err)
	}
	if err := s.DeleteContest(c.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete: %v", err)
	}
}

package storage

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"sync"
	"testing"

	"kairos/model"
)

// The benchmark database: 100,000 posts for 3 clients on 9 channels over ten
// years around 2027 (about 800 a month), built once per test process.
const (
	benchPosts = 100_000
	benchDays  = 3652 // 2022-01-01 to 2031-12-31
)

var bench struct {
	once sync.Once
	dir  string
	s    *Store
	move int64 // a draft the move benchmark shuttles between two days
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if bench.s != nil {
		bench.s.Close()
	}
	if bench.dir != "" {
		os.RemoveAll(bench.dir)
	}
	os.Exit(code)
}

// benchStore returns the shared 100,000-post store, building it on first use.
func benchStore(b *testing.B) *Store {
	b.Helper()
	bench.once.Do(func() {
		if bench.dir, bench.err = os.MkdirTemp("", "kairos-bench-"); bench.err != nil {
			return
		}
		if bench.s, bench.err = Open(bench.dir); bench.err != nil {
			return
		}
		bench.move, bench.err = fillBenchDB(bench.s)
	})
	if bench.err != nil {
		b.Fatalf("building the benchmark database: %v", bench.err)
	}
	return bench.s
}

// fillBenchDB bulk-inserts the posts in one transaction with prepared
// statements (a transaction per post would take far longer) and returns the
// ID of a draft on 2027-03-10.
func fillBenchDB(s *Store) (int64, error) {
	rng := rand.New(rand.NewPCG(2027, 3))
	platforms := model.Platforms()
	var clients [3]int64
	var channels [3][]int64
	for c := range 3 {
		client := model.Client{Name: fmt.Sprintf("Client %d", c+1), Country: "GR", TimeZone: "Europe/Athens", Color: "#2E86AB"}
		if err := s.CreateClient(&client); err != nil {
			return 0, err
		}
		clients[c] = client.ID
		for k := range 3 {
			ch := model.Channel{ClientID: client.ID, Platform: platforms[(c*3+k)%len(platforms)], Handle: fmt.Sprintf("@client%d", c+1)}
			if err := s.CreateChannel(&ch); err != nil {
				return 0, err
			}
			channels[c] = append(channels[c], ch.ID)
		}
	}
	tx, err := s.db.Begin()
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	post, err := tx.Prepare(`INSERT INTO posts (client_id, day, time_min, status, content_type, pillar, body, hashtags,
		link, media, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return 0, err
	}
	defer post.Close()
	link, err := tx.Prepare(`INSERT OR IGNORE INTO post_channels (post_id, channel_id) VALUES (?, ?)`)
	if err != nil {
		return 0, err
	}
	defer link.Close()
	// Days are drawn at random, so a month's posts lie scattered through the
	// table, as after years of planning and rescheduling: the hard case.
	start := model.NewDate(2022, 1, 1)
	types := model.ContentTypes()
	statuses := []model.Status{model.Draft, model.Scheduled, model.Published, model.Published}
	pillars := []string{"", "Menu", "Team", "Destinations", "Tips"}
	body := strings.Repeat("Fresh from the oven this morning, with coffee. ", 3)
	stamp := now()
	for i := range benchPosts {
		c := i % 3
		p := model.Post{ClientID: clients[c], Date: start.AddDays(rng.IntN(benchDays)), Time: model.NoClock,
			Status: statuses[rng.IntN(len(statuses))], Type: types[rng.IntN(len(types))],
			Pillar: pillars[rng.IntN(len(pillars))], Text: fmt.Sprintf("Post %d. %s", i, body),
			Hashtags: []string{"#kairos", "#post"}}
		if rng.IntN(5) > 0 {
			p.Time = model.SnapClock(model.Clock(rng.IntN(24*60)), 15)
		}
		if rng.IntN(50) == 0 {
			p.Date, p.Time, p.Status = model.Date{}, model.NoClock, model.Idea
		}
		res, err := post.Exec(append(postValues(p), stamp, stamp)...)
		if err != nil {
			return 0, err
		}
		id, _ := res.LastInsertId()
		first := rng.IntN(3)
		ids := []int64{channels[c][first]}
		if rng.IntN(2) == 0 {
			ids = append(ids, channels[c][(first+1)%3])
		}
		for _, ch := range ids {
			if _, err := link.Exec(id, ch); err != nil {
				return 0, err
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, err
	}
	draft := model.Post{ClientID: clients[0], ChannelIDs: channels[0][:1], Date: model.NewDate(2027, 3, 10), Time: model.At(10, 0),
		Status: model.Draft, Type: model.Photo, Text: "Moved back and forth"}
	err = s.CreatePost(&draft)
	return draft.ID, err
}

func BenchmarkPostsInRange(b *testing.B) {
	s := benchStore(b)
	from, to := model.NewDate(2027, 3, 1), model.NewDate(2027, 3, 31)
	list, err := s.PostsBetween(0, from, to)
	if err != nil {
		b.Fatal(err)
	}
	if len(list) < 600 || len(list) > 1100 {
		b.Fatalf("%d posts in March 2027, want about 800", len(list))
	}
	for _, p := range list {
		if n := len(p.ChannelIDs); n < 1 || n > 2 {
			b.Fatalf("post %d has channels %v, want 1 or 2", p.ID, p.ChannelIDs)
		}
	}
	for b.Loop() {
		if _, err := s.PostsBetween(0, from, to); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMovePost(b *testing.B) {
	s := benchStore(b)
	days := []model.Date{model.NewDate(2027, 3, 10), model.NewDate(2027, 3, 11)}
	for i := 0; b.Loop(); i++ {
		if _, _, err := s.MovePost(bench.move, days[i%2], model.At(10, 0)); err != nil {
			b.Fatal(err)
		}
	}
}

package e2e

import (
	"encoding/json"
	"image"
	"os"
	"path/filepath"
	"testing"
	"time"

	"kairos/model"
	"kairos/storage"
)

// layoutMap mirrors the JSON the app writes when KAIROS_LAYOUT_DUMP is set:
// where its day cells and post chips are, in canvas units.
type layoutMap struct {
	Scale float32
	Month string
	Days  map[string]rect
	Chips map[int64]rect
}

type rect struct{ X, Y, W, H float32 }

// centre is the rectangle's middle in screen pixels, given the window origin.
func (r rect) centre(win image.Point, scale float32) image.Point {
	return image.Pt(win.X+int((r.X+r.W/2)*scale), win.Y+int((r.Y+r.H/2)*scale))
}

// TestRealMouseDragMovesAPost drags a chip of the sample workspace to an
// empty day with xdotool, in a real window, and checks in SQLite that the
// post moved to that day and kept its time.
func TestRealMouseDragMovesAPost(t *testing.T) {
	bin, tmp, data, env := sampleWorkspace(t)
	d := StartXvfb(t)
	dump := filepath.Join(tmp, "layout.json")
	app := StartApp(t, setEnv(d.Env(env), "KAIROS_LAYOUT_DUMP", dump), bin, "--data", data)
	win := d.WaitForWindow(t, app.Context(), "^Kairos$", 60*time.Second)
	geom, err := d.WindowGeometry(win)
	if err != nil {
		t.Fatal(err)
	}
	layout := waitForLayout(t, dump)

	store, err := storage.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	post, target := pickMove(t, store, layout)
	t.Logf("dragging post %d (%s %s) to %s", post.ID, post.Date, post.Time, target)

	from := layout.Chips[post.ID].centre(geom.Min, layout.Scale)
	to := layout.Days[target.String()].centre(geom.Min, layout.Scale)
	if err := d.Drag(from, to, 15); err != nil {
		t.Fatal(err)
	}

	deadline := time.Now().Add(15 * time.Second)
	var got model.Post
	for time.Now().Before(deadline) {
		if got, err = store.Post(post.ID); err == nil && got.Date == target {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	shot := filepath.Join(tmp, "after-drag.png")
	d.Screenshot(t, shot)
	keepScreenshot(t, shot, "after-drag.png")
	if got.Date != target || got.Time != post.Time {
		t.Fatalf("after the drag the post is on %s at %q; want %s at %q", got.Date, got.Time, target, post.Time)
	}

	app.Quit(t, d, win)
	if verdict, err := store.IntegrityCheck(); err != nil || verdict != "ok" {
		t.Errorf("integrity check: %q, %v", verdict, err)
	}
}

// waitForLayout reads the app's layout map once it shows the month view
// with chips in it.
func waitForLayout(t *testing.T, path string) layoutMap {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		var m layoutMap
		if b, err := os.ReadFile(path); err == nil && json.Unmarshal(b, &m) == nil && m.Month != "" && len(m.Chips) > 0 {
			time.Sleep(time.Second) // let the first frames settle, then read again
			if b, err := os.ReadFile(path); err == nil && json.Unmarshal(b, &m) == nil {
				return m
			}
		}
		time.Sleep(250 * time.Millisecond)
	}
	t.Fatalf("the app wrote no layout map with chips to %s", path)
	return layoutMap{}
}

// pickMove chooses a timed, movable post shown in the month and an empty
// day of that month where the move breaks no posting-frequency guard, so no
// warning stands between the drop and the database.
func pickMove(t *testing.T, store *storage.Store, m layoutMap) (model.Post, model.Date) {
	t.Helper()
	month, err := time.Parse("2006-01", m.Month)
	if err != nil {
		t.Fatal(err)
	}
	first := model.DateOf(month)
	last := model.NewDate(first.Year, first.Month+1, 0)
	var post model.Post
	for id := range m.Chips {
		p, err := store.Post(id)
		if err == nil && p.Time.Valid() && (p.Status == model.Scheduled || p.Status == model.Draft) &&
			p.Date.Month == first.Month && (post.ID == 0 || p.ID < post.ID) {
			post = p
		}
	}
	if post.ID == 0 {
		t.Fatal("no movable timed post is shown in the month")
	}
	channels, err := store.Channels(post.ClientID)
	if err != nil {
		t.Fatal(err)
	}
	for d := first; !d.After(last); d = d.AddDays(1) {
		around, err := store.PostsAround(post.ClientID, d)
		if err != nil {
			t.Fatal(err)
		}
		empty := true
		for _, p := range around {
			empty = empty && p.Date != d
		}
		moved, err := post.MovedTo(d, post.Time)
		if _, shown := m.Days[d.String()]; shown && empty && err == nil && len(model.CheckFrequency(moved, around, channels)) == 0 {
			return post, d
		}
	}
	t.Fatal("no empty day to drop on")
	return post, model.Date{}
}

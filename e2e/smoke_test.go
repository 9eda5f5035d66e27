package e2e

import (
	"image"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kairos/storage"
)

// TestSmokeWindow opens the sample workspace in a real window under Xvfb,
// checks that the window draws something, quits it like a person would and
// checks that the database is intact afterwards.
func TestSmokeWindow(t *testing.T) {
	bin, tmp, data, env := sampleWorkspace(t)
	d := StartXvfb(t)
	t.Logf("Xvfb on display %s", d.Name)
	app := StartApp(t, d.Env(env), bin, "--data", data)
	win := d.WaitForWindow(t, app.Context(), "^Kairos$", 60*time.Second)
	geom, err := d.WindowGeometry(win)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("window %s at %v", win, geom)
	if geom.Dx() < 200 || geom.Dy() < 200 {
		t.Errorf("the window is only %dx%d", geom.Dx(), geom.Dy())
	}

	time.Sleep(2 * time.Second) // let the first frames draw
	shot := filepath.Join(tmp, "shot.png")
	img := d.Screenshot(t, shot)
	keepScreenshot(t, shot, "smoke.png")
	if err := CheckNotBlank(img, 20, 0.98); err != nil {
		t.Errorf("screen: %v", err)
	}
	if w := geom.Intersect(img.Bounds()); !w.Empty() {
		sub, ok := img.(interface {
			SubImage(image.Rectangle) image.Image
		})
		if ok {
			if err := CheckNotBlank(sub.SubImage(w), 20, 0.98); err != nil {
				t.Errorf("window: %v", err)
			}
		}
	}

	app.Quit(t, d, win)
	output := withoutFyneExitRace(app.Output())
	for _, bad := range []string{"panic:", "Fyne error", "DATA RACE"} {
		if strings.Contains(output, bad) {
			t.Errorf("kairos wrote %q while running (its output is logged below)", bad)
		}
	}

	store, err := storage.Open(data)
	if err != nil {
		t.Fatalf("reopening the data folder after the window closed: %v", err)
	}
	defer store.Close()
	verdict, err := store.IntegrityCheck()
	if err != nil || verdict != "ok" {
		t.Errorf("integrity check: %q, %v", verdict, err)
	}
	clients, err := store.Clients()
	if err != nil {
		t.Fatal(err)
	}
	if len(clients) != 3 {
		t.Errorf("the sample workspace holds %d clients, want 3", len(clients))
	}
}

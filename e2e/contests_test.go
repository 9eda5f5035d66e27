package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"kairos/storage"
)

// TestContestsScreenInARealWindow opens the sample café's contest with
// Ctrl+4 and keeps a screenshot of its checklist and progress.
func TestContestsScreenInARealWindow(t *testing.T) {
	bin, tmp, data, env := sampleWorkspace(t)
	store, err := storage.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	clients, _ := store.Clients()
	for _, c := range clients {
		if strings.Contains(c.Name, "Café") {
			if err := store.SetSetting("current_client", strconv.FormatInt(c.ID, 10)); err != nil {
				t.Fatal(err)
			}
		}
	}
	store.Close()
	d := StartXvfb(t)
	app := StartApp(t, d.Env(env), bin, "--data", data)
	win := d.WaitForWindow(t, app.Context(), "^Kairos$", 60*time.Second)
	time.Sleep(time.Second)
	if err := d.Focus(win); err != nil {
		t.Fatal(err)
	}
	if err := d.Key("ctrl+4"); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1500 * time.Millisecond)
	shot := filepath.Join(tmp, "contests.png")
	img := d.Screenshot(t, shot)
	keepScreenshot(t, shot, "contests.png")
	if err := CheckNotBlank(img, 20, 0.98); err != nil {
		t.Errorf("screen: %v", err)
	}
	app.Quit(t, d, win)
	for _, bad := range []string{"panic:", "DATA RACE"} {
		if strings.Contains(app.Output(), bad) {
			t.Errorf("kairos wrote %q while running", bad)
		}
	}
}

// TestDrawCommandRerunsTheSameDraw runs the real binary twice on the same
// entrants and seed, and once with another seed.
func TestDrawCommandRerunsTheSameDraw(t *testing.T) {
	bin := kairosBinary(t)
	var b strings.Builder
	b.WriteString("name,handle,time\n")
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&b, "Fan %d,@fan%d,2027-06-02 10:%02d\n", i, i, i)
	}
	file := filepath.Join(t.TempDir(), "entrants.csv")
	if err := os.WriteFile(file, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	run := func(seed string) string {
		r := runKairos(t, appEnv(t), bin, "draw", "--entrants", file, "--seed", seed, "--winners", "2", "--alternates", "2")
		if r.code != 0 {
			t.Fatalf("kairos draw exited %d: %s", r.code, r.stderr)
		}
		return r.stdout
	}
	first, again, other := run("seed-a"), run("seed-a"), run("seed-b")
	if first != again {
		t.Errorf("the same seed gave different output:\n%s\n---\n%s", first, again)
	}
	if first == other {
		t.Error("another seed gave the same output")
	}
	if !strings.Contains(first, "Winners") || !strings.Contains(first, "SHA-256") {
		t.Errorf("output lacks the winners or the list's hash:\n%s", first)
	}
}

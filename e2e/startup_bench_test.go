package e2e

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"kairos/model"
	"kairos/storage"
)

// BenchmarkStartup100k starts a minimal Fyne window and then Kairos on a
// 100,000-post database, in turn, under Xvfb, and reports how long each
// took until its window was on screen and how much memory each held then.
// Targets: Kairos within 1.3x the minimal window's time, and at most 60 MB
// more resident memory. Run with KAIROS_E2E=1 (make bench-startup).
func BenchmarkStartup100k(b *testing.B) {
	bin := kairosBinary(b)
	requireTools(b, "Xvfb", "xdpyinfo", "xdotool")
	minimal := filepath.Join(b.TempDir(), "minimal")
	if out, err := exec.Command("go", "build", "-o", minimal, "./testdata/minimal").CombinedOutput(); err != nil {
		b.Fatalf("building the minimal app: %v\n%s", err, out)
	}
	data := filepath.Join(b.TempDir(), "data")
	start := time.Now()
	if err := fillDatabase(data, 100_000); err != nil {
		b.Fatal(err)
	}
	b.Logf("made a 100,000-post database in %s", time.Since(start).Round(time.Millisecond))
	d := StartXvfb(b)
	env := d.Env(appEnv(b))

	var minTime, kTime time.Duration
	var minRSS, kRSS float64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t, rss := timeToWindow(b, d, env, "^Minimal$", minimal)
		minTime, minRSS = minTime+t, minRSS+rss
		t, rss = timeToWindow(b, d, env, "^Kairos$", bin, "--data", data)
		kTime, kRSS = kTime+t, kRSS+rss
	}
	n := float64(b.N)
	b.ReportMetric(float64(minTime.Milliseconds())/n, "minimal-ms")
	b.ReportMetric(float64(kTime.Milliseconds())/n, "kairos-ms")
	b.ReportMetric(float64(kTime)/float64(minTime), "time-ratio")
	b.ReportMetric(minRSS/n, "minimal-MB")
	b.ReportMetric(kRSS/n, "kairos-MB")
	b.ReportMetric((kRSS-minRSS)/n, "extra-MB")
}

// timeToWindow starts bin and returns the time until a visible window
// titled titleRE exists, and the process's resident memory a second later.
func timeToWindow(b *testing.B, d *Display, env []string, titleRE, bin string, args ...string) (time.Duration, float64) {
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	p, err := startProc(cmd)
	if err != nil {
		b.Fatal(err)
	}
	defer p.stop(5 * time.Second)
	for {
		out, _ := d.Run(5*time.Second, "xdotool", "search", "--onlyvisible", "--name", titleRE)
		if strings.TrimSpace(out) != "" {
			break
		}
		if p.exited() || time.Since(start) > time.Minute {
			b.Fatalf("%s showed no window (exited: %v)\n%s", bin, p.exited(), stderr.Bytes())
		}
		time.Sleep(5 * time.Millisecond)
	}
	took := time.Since(start)
	b.StopTimer()
	time.Sleep(time.Second)
	rss := residentMB(b, cmd.Process.Pid)
	b.StartTimer()
	return took, rss
}

// residentMB reads VmRSS from /proc.
func residentMB(b *testing.B, pid int) float64 {
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		b.Fatal(err)
	}
	for _, line := range strings.Split(string(status), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	b.Fatal("no VmRSS")
	return 0
}

// fillDatabase writes n posts for three clients, spread over ten years
// around today, into a new database in dir.
func fillDatabase(dir string, n int) error {
	s, err := storage.Open(dir)
	if err != nil {
		return err
	}
	defer s.Close()
	today := model.DateOf(time.Now())
	types := model.ContentTypes()
	var ws model.Workspace
	for c, country := range []string{"GR", "GB", "RU"} {
		b := model.ClientBundle{
			Client:   model.Client{Name: fmt.Sprintf("Client %d", c+1), Country: country, TimeZone: "UTC", Color: model.ClientColors[c]},
			Channels: []model.Channel{{Platform: model.Instagram, Handle: "@a"}, {Platform: model.Facebook, Handle: "page"}, {Platform: model.X, Handle: "@x"}},
		}
		for i := c; i < n; i += 3 {
			day := today.AddDays(i/30 - 1800)
			status := model.Draft
			if day.Before(today) {
				status = model.Published
			}
			b.Posts = append(b.Posts, model.BundlePost{Channels: []int{i % 2}, Post: model.Post{
				Date: day, Time: model.Clock(8*60 + (i%48)*15), Status: status, Type: types[i%len(types)],
				Pillar: "Tips", Text: fmt.Sprintf("Post %d: a short caption with a tip for the week ahead.", i),
				Hashtags: []string{"#kairos"},
			}})
		}
		ws.Clients = append(ws.Clients, b)
	}
	return s.InsertWorkspace(ws)
}

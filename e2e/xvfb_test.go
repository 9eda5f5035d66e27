package e2e

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Display is a private X server (Xvfb) for one test. Its methods wrap the
// xdotool and ImageMagick commands the real-window tests need.
type Display struct {
	Name          string // ":N"
	Width, Height int
}

// Screen size of every test display.
const (
	screenWidth  = 1280
	screenHeight = 800
)

// requireTools fails the test when a command it needs is not installed.
func requireTools(t testing.TB, names ...string) {
	t.Helper()
	var missing []string
	for _, n := range names {
		if _, err := exec.LookPath(n); err != nil {
			missing = append(missing, n)
		}
	}
	if len(missing) > 0 {
		t.Fatalf("missing commands %s: run `make test-deps` (Debian packages xvfb xdotool imagemagick x11-utils)",
			strings.Join(missing, ", "))
	}
}

// StartXvfb starts Xvfb on a free display number and waits until it accepts
// connections. The server is stopped when the test ends.
func StartXvfb(t testing.TB) *Display {
	t.Helper()
	requireTools(t, "Xvfb", "xdpyinfo")
	var lastErr error
	for n := 90; n < 190; n++ {
		if displayTaken(n) {
			continue
		}
		d, err := tryXvfb(t, n)
		if err == nil {
			return d
		}
		lastErr = err // most likely another test grabbed the number first
	}
	t.Fatalf("could not start Xvfb: %v", lastErr)
	return nil
}

// displayTaken reports whether an X server seems to use display :n.
func displayTaken(n int) bool {
	for _, p := range []string{
		fmt.Sprintf("/tmp/.X11-unix/X%d", n),
		fmt.Sprintf("/tmp/.X%d-lock", n),
	} {
		if _, err := os.Lstat(p); err == nil {
			return true
		}
	}
	return false
}

func tryXvfb(t testing.TB, n int) (*Display, error) {
	name := ":" + strconv.Itoa(n)
	var stderr lockedBuffer
	cmd := exec.Command("Xvfb", name,
		"-screen", "0", fmt.Sprintf("%dx%dx24", screenWidth, screenHeight),
		"-nolisten", "tcp",
		// Without it the server resets when its last client leaves, and an
		// app started in that moment cannot open the display.
		"-noreset")
	cmd.Stdout = io.Discard
	cmd.Stderr = &stderr
	p, err := startProc(cmd)
	if err != nil {
		return nil, err
	}
	deadline := time.Now().Add(15 * time.Second)
	for {
		if p.exited() {
			return nil, fmt.Errorf("Xvfb %s exited (%v): %s", name, p.err, lastLines(stderr.String(), 5))
		}
		if exec.Command("xdpyinfo", "-display", name).Run() == nil {
			break
		}
		if time.Now().After(deadline) {
			p.stop(5 * time.Second)
			return nil, fmt.Errorf("Xvfb %s did not accept connections within 15s: %s",
				name, lastLines(stderr.String(), 5))
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Cleanup(func() { p.stop(5 * time.Second) })
	return &Display{Name: name, Width: screenWidth, Height: screenHeight}, nil
}

// proc is a started process whose end is watched.
type proc struct {
	cmd  *exec.Cmd
	done chan struct{} // closed when the process has exited
	err  error         // Wait's result, valid once done is closed
}

func startProc(cmd *exec.Cmd) (*proc, error) {
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	p := &proc{cmd: cmd, done: make(chan struct{})}
	go func() {
		p.err = cmd.Wait()
		close(p.done)
	}()
	return p, nil
}

// exited reports whether the process has ended.
func (p *proc) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// wait waits up to timeout for the process to end and reports whether it did.
func (p *proc) wait(timeout time.Duration) bool {
	select {
	case <-p.done:
		return true
	case <-time.After(timeout):
		return false
	}
}

// stop sends SIGTERM, then SIGKILL if the process has not ended within
// grace. It reports whether SIGKILL was needed.
func (p *proc) stop(grace time.Duration) (killed bool) {
	if p.exited() {
		return false
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	if p.wait(grace) {
		return false
	}
	_ = p.cmd.Process.Kill()
	<-p.done
	return true
}

// lockedBuffer collects a process's output while it runs.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// Env is the environment for a program that should use this display.
func (d *Display) Env(base []string) []string {
	return setEnv(base, "DISPLAY", d.Name)
}

// Run runs an X client (xdotool, import, ...) on this display and returns
// its trimmed standard output. It fails after timeout.
func (d *Display) Run(timeout time.Duration, name string, args ...string) (string, error) {
	return d.RunContext(context.Background(), timeout, name, args...)
}

// RunContext is Run that also stops when ctx is done.
func (d *Display) RunContext(ctx context.Context, timeout time.Duration, name string, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = d.Env(os.Environ())
	cmd.WaitDelay = time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return "", fmt.Errorf("%s %s: timed out after %s", name, strings.Join(args, " "), timeout)
	}
	if ctx.Err() != nil {
		return "", fmt.Errorf("%s %s: %w", name, strings.Join(args, " "), context.Cause(ctx))
	}
	if err != nil {
		return "", fmt.Errorf("%s %s: %v: %s", name, strings.Join(args, " "), err, lastLines(stderr.String(), 5))
	}
	return strings.TrimSpace(stdout.String()), nil
}

// WaitForWindow waits until a visible window whose title matches the regular
// expression titleRE is mapped, and returns its X window ID. It gives up
// after timeout or when ctx is done (use App.Context to stop waiting as soon
// as the app dies).
func (d *Display) WaitForWindow(t testing.TB, ctx context.Context, titleRE string, timeout time.Duration) string {
	t.Helper()
	out, err := d.RunContext(ctx, timeout, "xdotool", "search", "--sync", "--onlyvisible", "--name", titleRE)
	if err != nil {
		t.Fatalf("no window titled %s appeared: %v", titleRE, err)
	}
	ids := strings.Fields(out)
	if len(ids) == 0 {
		t.Fatalf("xdotool found no window titled %s", titleRE)
	}
	return ids[len(ids)-1]
}

// WindowGeometry returns the window's position on screen and size.
func (d *Display) WindowGeometry(win string) (image.Rectangle, error) {
	out, err := d.Run(5*time.Second, "xdotool", "getwindowgeometry", "--shell", win)
	if err != nil {
		return image.Rectangle{}, err
	}
	v := map[string]int{}
	for _, line := range strings.Split(out, "\n") {
		k, val, ok := strings.Cut(strings.TrimSpace(line), "=")
		if !ok {
			continue
		}
		if n, err := strconv.Atoi(val); err == nil {
			v[k] = n
		}
	}
	return image.Rect(v["X"], v["Y"], v["X"]+v["WIDTH"], v["Y"]+v["HEIGHT"]), nil
}

// Focus gives the window the keyboard focus (there is no window manager).
func (d *Display) Focus(win string) error {
	_, err := d.Run(5*time.Second, "xdotool", "windowfocus", "--sync", win)
	return err
}

// Key types keys such as "ctrl+q" into the focused window.
func (d *Display) Key(keys ...string) error {
	_, err := d.Run(5*time.Second, "xdotool", append([]string{"key", "--delay", "50"}, keys...)...)
	return err
}

// MouseMove moves the pointer to (x, y) in screen coordinates.
func (d *Display) MouseMove(x, y int) error {
	_, err := d.Run(5*time.Second, "xdotool", "mousemove", "--sync", strconv.Itoa(x), strconv.Itoa(y))
	return err
}

// MouseDown presses mouse button (1 = left).
func (d *Display) MouseDown(button int) error {
	_, err := d.Run(5*time.Second, "xdotool", "mousedown", strconv.Itoa(button))
	return err
}

// MouseUp releases mouse button (1 = left).
func (d *Display) MouseUp(button int) error {
	_, err := d.Run(5*time.Second, "xdotool", "mouseup", strconv.Itoa(button))
	return err
}

// Drag presses the left button at from, moves to to in steps (so the app
// sees a stream of motion events, as from a hand) and releases it there.
func (d *Display) Drag(from, to image.Point, steps int) error {
	if steps < 1 {
		steps = 1
	}
	if err := d.MouseMove(from.X, from.Y); err != nil {
		return err
	}
	if err := d.MouseDown(1); err != nil {
		return err
	}
	for i := 1; i <= steps; i++ {
		p := from.Add(to.Sub(from).Mul(i).Div(steps))
		if err := d.MouseMove(p.X, p.Y); err != nil {
			_ = d.MouseUp(1)
			return err
		}
		time.Sleep(20 * time.Millisecond)
	}
	return d.MouseUp(1)
}

// Screenshot captures the whole screen with ImageMagick's import, writes it
// to path (PNG) and returns the decoded image.
func (d *Display) Screenshot(t testing.TB, path string) image.Image {
	t.Helper()
	requireTools(t, "import")
	if _, err := d.Run(30*time.Second, "import", "-window", "root", path); err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot %s: %v", path, err)
	}
	return img
}

// CheckNotBlank returns an error unless img shows something: at least
// minColours distinct colours and no single colour covering more than
// maxShare of the pixels.
func CheckNotBlank(img image.Image, minColours int, maxShare float64) error {
	counts := map[uint64]int{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, a := img.At(x, y).RGBA()
			counts[uint64(r)<<48|uint64(g)<<32|uint64(bl)<<16|uint64(a)]++
		}
	}
	total := b.Dx() * b.Dy()
	if total == 0 {
		return errors.New("the image is empty")
	}
	top := 0
	for _, n := range counts {
		top = max(top, n)
	}
	share := float64(top) / float64(total)
	if len(counts) < minColours {
		return fmt.Errorf("only %d distinct colours (want at least %d): the screen looks blank", len(counts), minColours)
	}
	if share > maxShare {
		return fmt.Errorf("one colour covers %.1f%% of the screen (limit %.0f%%): the screen looks blank",
			100*share, 100*maxShare)
	}
	return nil
}

// keepScreenshot copies a screenshot to testdata/out/name for people to
// look at after the run (the folder is ignored by git).
func keepScreenshot(t testing.TB, src, name string) {
	t.Helper()
	dst := filepath.Join("testdata", "out", name)
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(dst)
	t.Logf("screenshot kept in %s", abs)
}

// lastLines keeps the last n lines of s, for error messages.
func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, " | ")
}

// setEnv returns env with key set to value (replacing any earlier value).
func setEnv(env []string, key, value string) []string {
	out := make([]string, 0, len(env)+1)
	for _, kv := range env {
		if !strings.HasPrefix(kv, key+"=") {
			out = append(out, kv)
		}
	}
	return append(out, key+"="+value)
}

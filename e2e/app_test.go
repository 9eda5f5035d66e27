package e2e

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// e2eEnv is the variable that switches these tests on.
const e2eEnv = "KAIROS_E2E"

var (
	buildOnce sync.Once
	buildDir  string // holds the binary; removed by TestMain
	binary    string
	buildErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if buildDir != "" {
		os.RemoveAll(buildDir)
	}
	os.Exit(code)
}

// requireE2E skips the test unless KAIROS_E2E=1.
func requireE2E(t testing.TB) {
	t.Helper()
	if os.Getenv(e2eEnv) != "1" {
		t.Skipf("end-to-end test: builds the app and needs Xvfb; run it with %s=1 (make test does)", e2eEnv)
	}
}

// kairosBinary builds the app from the repository root once per test run
// and returns the binary's path. It skips the test unless KAIROS_E2E=1.
func kairosBinary(t testing.TB) string {
	t.Helper()
	requireE2E(t)
	buildOnce.Do(func() {
		buildDir, buildErr = os.MkdirTemp("", "kairos-e2e-")
		if buildErr != nil {
			return
		}
		binary = filepath.Join(buildDir, "kairos")
		start := time.Now()
		cmd := exec.Command("go", "build", "-o", binary, "..")
		cmd.Env = setEnv(os.Environ(), "CGO_ENABLED", "1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			buildErr = errors.New("go build failed: " + err.Error() + "\n" + string(out))
			return
		}
		t.Logf("built %s in %s", binary, time.Since(start).Round(time.Second))
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binary
}

// appEnv is a clean environment for running Kairos: its own HOME (so Fyne's
// settings and storage stay inside the test folder), English, no display
// and no D-Bus (nothing is started on the tester's session bus).
func appEnv(t testing.TB) []string {
	t.Helper()
	home := filepath.Join(t.TempDir(), "home")
	runtime := filepath.Join(home, "run")
	if err := os.MkdirAll(runtime, 0o700); err != nil {
		t.Fatal(err)
	}
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "DISPLAY", "WAYLAND_DISPLAY", "KAIROS_DATA", "XDG_CONFIG_HOME", "XDG_DATA_HOME",
			"XDG_CACHE_HOME", "XDG_RUNTIME_DIR", "DBUS_SESSION_BUS_ADDRESS", "LANG", "LC_ALL", "LANGUAGE":
			continue
		}
		env = append(env, kv)
	}
	return append(env,
		"HOME="+home,
		"XDG_CONFIG_HOME="+filepath.Join(home, ".config"),
		"XDG_RUNTIME_DIR="+runtime,
		"DBUS_SESSION_BUS_ADDRESS=disabled:",
		"LANG=en_US.UTF-8",
	)
}

// result is what a finished command left behind.
type result struct {
	code           int
	stdout, stderr string
}

// runKairos runs the binary to completion (at most a minute) with env.
func runKairos(t testing.TB, env []string, bin string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = env
	cmd.WaitDelay = time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("kairos %s did not finish within a minute", strings.Join(args, " "))
	}
	var exitErr *exec.ExitError
	code := 0
	switch {
	case errors.As(err, &exitErr):
		code = exitErr.ExitCode()
	case err != nil:
		t.Fatalf("kairos %s: %v", strings.Join(args, " "), err)
	}
	return result{code: code, stdout: stdout.String(), stderr: stderr.String()}
}

// App is a running Kairos window process.
type App struct {
	p      *proc
	output lockedBuffer // stdout and stderr together
}

// StartApp starts bin with args and env (which should name the display).
// The process is stopped when the test ends, and its output is logged.
func StartApp(t testing.TB, env []string, bin string, args ...string) *App {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	a := &App{}
	cmd.Stdout, cmd.Stderr = &a.output, &a.output
	p, err := startProc(cmd)
	if err != nil {
		t.Fatal(err)
	}
	a.p = p
	t.Cleanup(func() {
		if a.p.stop(10 * time.Second) {
			t.Errorf("kairos had to be killed at the end of the test")
		}
		if out := strings.TrimSpace(a.output.String()); out != "" {
			t.Logf("kairos output (last lines): %s", lastLines(out, 20))
		}
	})
	return a
}

// Output is what the app has written to stdout and stderr so far.
func (a *App) Output() string { return a.output.String() }

// Context is a context that is cancelled when the app exits, so waits on the
// window stop as soon as the app dies.
func (a *App) Context() context.Context {
	ctx, cancel := context.WithCancelCause(context.Background())
	go func() {
		<-a.p.done
		cancel(errors.New("kairos exited: " + lastLines(a.output.String(), 5)))
	}()
	return ctx
}

// Quit closes the app the way a person would (ctrl+q in its window), then
// with SIGTERM (which Fyne turns into a normal quit), and only then kills it.
// It fails the test unless the app ends on its own with status 0.
func (a *App) Quit(t testing.TB, d *Display, win string) {
	t.Helper()
	if a.p.exited() {
		t.Fatalf("kairos exited before it was asked to (%v)", a.p.err)
	}
	err := d.Focus(win)
	if err == nil {
		err = d.Key("ctrl+q")
	}
	switch {
	case err != nil:
		t.Logf("could not send ctrl+q (%v); sending SIGTERM", err)
	case a.p.wait(5 * time.Second):
		t.Logf("kairos closed on ctrl+q")
	default:
		t.Logf("kairos is still running 5s after ctrl+q; sending SIGTERM")
	}
	if a.p.stop(15 * time.Second) {
		t.Fatalf("kairos did not exit on ctrl+q or SIGTERM and had to be killed")
	}
	if a.p.err != nil {
		t.Errorf("kairos exited with %v", a.p.err)
	}
}

// oneLine reports whether s is exactly one non-empty line ending in a newline.
func oneLine(s string) bool {
	return strings.HasSuffix(s, "\n") && !strings.Contains(strings.TrimSuffix(s, "\n"), "\n") &&
		strings.TrimSpace(s) != ""
}

// sampleWorkspace builds the binary, checks the window tools are there and
// fills a new data folder with the sample workspace. It returns the binary,
// the test's temporary folder, the data folder and the app's environment.
func sampleWorkspace(t *testing.T) (bin, tmp, data string, env []string) {
	t.Helper()
	bin = kairosBinary(t)
	requireTools(t, "Xvfb", "xdpyinfo", "xdotool", "import")
	tmp = t.TempDir()
	data = filepath.Join(tmp, "data")
	env = appEnv(t)
	r := runKairos(t, env, bin, "sample", "--data", data)
	if r.code != 0 {
		t.Fatalf("kairos sample exited %d: %s", r.code, r.stderr)
	}
	t.Logf("kairos sample: %s", lastLines(r.stdout, 1))
	return bin, tmp, data, env
}

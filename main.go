// Kairos is an offline desktop planner for social media specialists.
// main wires the parts together: the command line, the store and the
// Fyne app. Everything else lives in cli/, storage/, model/ and ui/.
package main

import (
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"
	_ "time/tzdata" // client time zones must resolve on machines without a zoneinfo database

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"kairos/cli"
	"kairos/storage"
	"kairos/ui"
)

// appID names the app to the desktop and to Fyne's storage.
const appID = "io.kairosplanner.app"

func main() {
	os.Exit(cli.Run(os.Args[1:], cli.Env{
		Stdout:     os.Stdout,
		Stderr:     os.Stderr,
		Getenv:     os.Getenv,
		Now:        time.Now,
		DefaultDir: defaultDataDir,
		RunGUI:     runGUI,
	}))
}

// fyneApp is created once, on first need: the default data folder and the
// window both come from it.
var fyneApp = sync.OnceValue(func() fyne.App { return app.NewWithID(appID) })

// defaultDataDir is Fyne's storage root for the app ID.
func defaultDataDir() (string, error) {
	return filepath.FromSlash(fyneApp().Storage().RootURI().Path()), nil
}

// runGUI opens the store in dir and shows the main window until it closes.
func runGUI(dir string) error {
	a := fyneApp()
	store, err := storage.Open(dir)
	if err != nil {
		if !fromTerminal() && hasDisplay() { // started from a desktop menu: say it in a window
			ui.StartupErrorWindow(a, err).ShowAndRun()
		}
		return err
	}
	defer store.Close()
	ui.Run(a, store, ui.Options{LayoutDump: os.Getenv("KAIROS_LAYOUT_DUMP")})
	return nil
}

// fromTerminal reports whether someone can read stderr: Kairos was
// started from a terminal rather than a desktop menu.
func fromTerminal() bool {
	info, err := os.Stderr.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// hasDisplay reports whether a window can be shown at all (X11 and Wayland
// name their display in the environment; other systems always have one).
func hasDisplay() bool {
	if runtime.GOOS != "linux" && runtime.GOOS != "freebsd" {
		return true
	}
	return os.Getenv("DISPLAY") != "" || os.Getenv("WAYLAND_DISPLAY") != ""
}

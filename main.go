// Kairos is an offline desktop planner for social media specialists.
// main wires the parts together: the command line, the store and the
// Fyne app. Everything else lives in cli/, storage/, model/ and ui/.
package main

import (
	"errors"
	"fmt"
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
	// The check of every page runs once the window is up, unless the last
	// one found damage: then it runs first, so the recovery window can offer
	// the newest good backup before anything else.
	open := storage.OpenInBackground
	if ui.CheckFileFirst(a) {
		open = storage.Open
	}
	store, err := open(dir)
	if err != nil {
		return cannotOpen(a, dir, err)
	}
	defer store.Close()
	defer ui.BackUpWhileRunning(store)()
	ui.ApplyLanguage(store) // before any widget: the language chosen in Settings, or the system's
	ui.Run(a, store, ui.Options{LayoutDump: os.Getenv("KAIROS_LAYOUT_DUMP")})
	return nil
}

// cannotOpen says why the store in dir did not open: in a window when
// Kairos was started from a desktop menu, where a damaged database can be
// replaced by its newest good backup and the planner then opens; on the
// terminal, with the command that restores that backup.
func cannotOpen(a fyne.App, dir string, err error) error {
	var damaged *storage.DamagedError
	restorable := errors.As(err, &damaged) && damaged.Backup != nil
	if fromTerminal() || !hasDisplay() {
		if restorable {
			return fmt.Errorf("%w. %s", err, cli.RestoreHint(dir, *damaged.Backup))
		}
		return err
	}
	ui.ApplyLanguage(nil) // the system's language
	if !restorable {
		ui.StartupErrorWindow(a, err).ShowAndRun()
		return err
	}
	var store *storage.Store
	var stop func()
	ui.StartupRecoveryWindow(a, damaged, func(s *storage.Store) {
		store, stop = s, ui.BackUpWhileRunning(s)
		ui.New(a, s, time.Now).Window().Show()
	}).ShowAndRun()
	if store == nil {
		return err
	}
	stop()
	return store.Close()
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

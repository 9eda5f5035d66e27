// Package cli reads Kairos's command line: the global flags, the
// subcommands and where the data folder is. main.go supplies the parts that
// need a real Fyne app (the default folder and the window), so every
// command can be tested without a display.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"
)

// Version is the app version, kept equal to FyneApp.toml's.
const Version = "0.1.0"

// DataEnv names the environment variable that overrides the data folder.
const DataEnv = "KAIROS_DATA"

// Env is what a command may touch of the outside world.
type Env struct {
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	Now            func() time.Time
	// DefaultDir is the app's own storage folder (Fyne's storage root for
	// the app ID).
	DefaultDir func() (string, error)
	// RunGUI opens the main window on the database in dir and returns when
	// the window closes.
	RunGUI func(dir string) error
}

type command struct {
	name, args, summary string
	run                 func(env Env, dir string, args []string) error
	flags               func(fs *flag.FlagSet) // extra flags, if any
	noData              bool                   // never looks for a data folder
}

func commands() []command {
	hol := &holidaysCmd{}
	return []command{
		{name: "sample", summary: "create the sample workspace in an empty data folder", run: runSample},
		{name: "holidays", args: "--country CC [flags]", run: hol.run, flags: hol.flags, noData: true,
			summary: "print a year's holidays as CSV (--format ics, --region R, --fun for observances)"},
		drawCommand(),
		exportCommand(),
		backupCommand(),
		restoreCommand(),
		{name: "version", summary: "print the version", run: func(env Env, _ string, _ []string) error {
			fmt.Fprintln(env.Stdout, "kairos", Version)
			return nil
		}},
		{name: "help", summary: "show this help", run: func(env Env, _ string, _ []string) error {
			printHelp(env.Stdout)
			return nil
		}},
	}
}

// usageError is a mistake on the command line: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// Run runs the command line args (without the program name) and returns the
// exit status: 0 done, 1 failed, 2 bad usage.
func Run(args []string, env Env) int {
	err := run(args, env)
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(env.Stderr, "kairos: %s. Run 'kairos --help' for usage.\n", oneLine(err))
		return 2
	default:
		fmt.Fprintf(env.Stderr, "kairos: %s\n", oneLine(err))
		return 1
	}
}

func run(args []string, env Env) error {
	global := newFlagSet("kairos")
	data := global.String("data", "", "")
	help := global.Bool("help", false, "")
	global.BoolVar(help, "h", false, "")
	if err := global.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	if *help {
		printHelp(env.Stdout)
		return nil
	}
	rest := global.Args()
	if len(rest) == 0 {
		dir, err := dataDir(*data, env)
		if err != nil {
			return err
		}
		return env.RunGUI(dir)
	}
	for _, c := range commands() {
		if c.name != rest[0] {
			continue
		}
		fs := newFlagSet("kairos " + c.name)
		sub := fs.String("data", *data, "")
		if c.flags != nil {
			c.flags(fs)
		}
		if err := fs.Parse(rest[1:]); err != nil {
			return usageError{err.Error()}
		}
		dir := ""
		if c.name != "help" && c.name != "version" && !c.noData {
			var err error
			if dir, err = dataDir(*sub, env); err != nil {
				return err
			}
		}
		return c.run(env, dir, fs.Args())
	}
	return usageError{fmt.Sprintf("unknown command %q", rest[0])}
}

// dataDir picks the data folder: --data, then $KAIROS_DATA, then the app's
// storage folder.
func dataDir(flagValue string, env Env) (string, error) {
	if flagValue != "" {
		return flagValue, nil
	}
	if v := env.Getenv(DataEnv); v != "" {
		return v, nil
	}
	return env.DefaultDir()
}

// newFlagSet makes a flag set that reports errors instead of printing usage.
func newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

func printHelp(w io.Writer) {
	fmt.Fprintf(w, `Kairos %s: plan social media posts for your clients, offline.

Usage:
  kairos [--data DIR]                 open the planner window
  kairos [--data DIR] COMMAND [flags]

Commands:
`, Version)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-32s  %s\n", strings.TrimSpace(c.name+" "+c.args), c.summary)
	}
	fmt.Fprintf(w, `
'kairos holidays --help' explains its flags: --country, --year, --region,
--format and --fun.
'kairos draw --help' explains how to draw giveaway winners repeatably.
'kairos export --help' explains how to export a client's plan.
Kairos also backs up the plans by itself, at start and once a day, into the
backups folder beside kairos.db, keeping the newest 10 (Settings can change
that).

Flags (also accepted after a command):
  --data DIR   the folder that holds kairos.db (default: $%s, or the app's
               own storage folder)
  -h, --help   show this help
`, DataEnv)
}

// oneLine keeps an error to the single line the command line promises.
func oneLine(err error) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(err.Error(), "\n", "; ")), " ")
}

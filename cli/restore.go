package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"kairos/storage"
)

// restoreCommand is the "restore" entry of commands().
func restoreCommand() command {
	return command{name: "restore", args: "FILE", run: runRestore,
		summary: "replace the plans with the Kairos backup FILE, keeping a copy of the current ones first"}
}

// runRestore puts the backup FILE in place of the data folder's plans.
// FILE is checked first and refused, with nothing changed, unless it is a
// sound Kairos database. A healthy database is copied to the backups
// folder first; a damaged one is renamed aside, never overwritten; a new
// data folder simply receives the backup.
func runRestore(env Env, dir string, args []string) error {
	if len(args) != 1 {
		return usageError{"restore needs one FILE: the backup to restore"}
	}
	src := args[0]
	progress, done := progressLine(env.Stderr, "Restoring")
	defer done()
	live := filepath.Join(dir, storage.FileName)
	if _, err := os.Stat(live); errors.Is(err, fs.ErrNotExist) {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return fmt.Errorf("cannot create the data folder %s: %w", dir, err)
		}
		if _, err := storage.RecoverDamaged(dir, src, env.Now(), progress); err != nil {
			return err
		}
		done()
		fmt.Fprintf(env.Stdout, "Restored %s into %s.\n", src, live)
		return nil
	}
	s, err := storage.Open(dir)
	var damaged *storage.DamagedError
	if errors.As(err, &damaged) {
		movedTo, err := storage.RecoverDamaged(dir, src, env.Now(), progress)
		if err != nil {
			return err
		}
		done()
		fmt.Fprintf(env.Stdout, "Restored %s into %s. The damaged file is kept as %s.\n", src, live, movedTo)
		return nil
	}
	if err != nil {
		return err
	}
	defer s.Close()
	kept, err := s.RestoreFrom(src, env.Now(), progress)
	if err != nil {
		return err
	}
	done()
	fmt.Fprintf(env.Stdout, "Restored %s into %s. The plans it replaced are kept in %s.\n", src, s.Path(), kept)
	return nil
}

// RestoreHint is the sentence the command line adds to a damaged
// database's error: the newest good backup and the exact command that
// restores it.
func RestoreHint(dataDir string, b storage.BackupFile) string {
	return fmt.Sprintf("The newest good backup is from %s; to restore it, run: kairos --data %s restore %s",
		b.Time.Format("2 Jan 2006 15:04"), shellQuote(dataDir), shellQuote(b.Path))
}

// shellQuote quotes s for pasting into a shell, when it needs quoting.
func shellQuote(s string) string {
	safe := "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.,/:@+=%"
	if runtime.GOOS == "windows" {
		safe += `\`
	}
	if s != "" && strings.Trim(s, safe) == "" {
		return s
	}
	if runtime.GOOS == "windows" {
		return `"` + s + `"`
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"kairos/storage"
)

// backupCmd copies the database: to a file the user names, or to a new
// rotating backup in the data folder's backups folder.
type backupCmd struct {
	out   string
	force bool
}

// backupCommand is the "backup" entry of commands().
func backupCommand() command {
	b := &backupCmd{}
	return command{name: "backup", args: "[--out FILE] [--force]", run: b.run, flags: b.flags,
		summary: "copy the plans to FILE (--force replaces it), or to a new backup in the backups folder"}
}

func (b *backupCmd) flags(fs *flag.FlagSet) {
	fs.StringVar(&b.out, "out", "", "")
	fs.BoolVar(&b.force, "force", false, "")
}

func (b *backupCmd) run(env Env, dir string, args []string) error {
	if len(args) > 0 {
		return usageError{fmt.Sprintf("backup takes only flags, got %q", args[0])}
	}
	if b.out != "" {
		info, err := os.Stat(b.out)
		switch {
		case err == nil && info.IsDir():
			return fmt.Errorf("%s is a folder; give the backup a file name, such as %s", b.out, filepath.Join(b.out, "kairos-backup.db"))
		case err == nil && !b.force:
			return fmt.Errorf("%s already exists; choose a new file name, or add --force to replace it", b.out)
		case err != nil && !errors.Is(err, fs.ErrNotExist):
			return fmt.Errorf("cannot use %s: %w", b.out, err)
		}
	}
	s, err := openExisting(dir)
	if err != nil {
		return err
	}
	defer s.Close()
	progress, done := progressLine(env.Stderr, "Backing up")
	path := b.out
	if path == "" {
		var made storage.BackupFile
		made, err = s.BackUpNow(env.Now(), progress)
		path = made.Path
	} else {
		err = s.Backup(path, progress)
	}
	done()
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Backed up %s to %s (%s).\n", s.Path(), path, fileSize(path))
	if b.out == "" {
		fmt.Fprintf(env.Stdout, "Kairos keeps the newest %d backups in %s.\n", s.BackupsKept(), s.BackupsDir())
	}
	return nil
}

// openExisting opens the database in dir, refusing to create one: backing
// up a folder without plans is a mistake.
func openExisting(dir string) (*storage.Store, error) {
	if _, err := os.Stat(filepath.Join(dir, storage.FileName)); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("there are no Kairos plans in %s (no %s there); check --data", dir, storage.FileName)
	}
	return storage.Open(dir)
}

// progressLine shows a percentage on w while a copy runs, when w is a
// terminal; done ends the line. Elsewhere (a pipe, a log) it prints nothing.
func progressLine(w io.Writer, what string) (progress storage.Progress, done func()) {
	f, ok := w.(*os.File)
	if !ok {
		return nil, func() {}
	}
	if info, err := f.Stat(); err != nil || info.Mode()&os.ModeCharDevice == 0 {
		return nil, func() {}
	}
	last, shown := -1, false
	return func(d, total int) {
			if pct := d * 100 / max(total, 1); pct != last {
				last, shown = pct, true
				fmt.Fprintf(w, "\r%s… %d%%", what, pct)
			}
		}, func() {
			if shown {
				fmt.Fprint(w, "\r\033[K")
			}
		}
}

// fileSize is a file's size for people: "612 KB", "61.4 MB".
func fileSize(path string) string {
	info, err := os.Stat(path)
	if err != nil {
		return "size unknown"
	}
	return humanSize(info.Size())
}

func humanSize(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	default:
		return fmt.Sprintf("%d KB", (n+1023)/1024)
	}
}

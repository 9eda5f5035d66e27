package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"kairos/export"
	"kairos/model"
	"kairos/storage"
)

// exportDays is how far ahead the export looks without --to.
const exportDays = 90

// exportCmd writes one client's plan as iCalendar, a full CSV, or the
// bulk-import CSV of Publer or Hootsuite.
type exportCmd struct {
	format, client, from, to, status, out string
	help                                  bool
}

// exportCommand is the "export" entry of commands().
func exportCommand() command {
	x := &exportCmd{}
	return command{name: "export", args: "--format F --client NAME", run: x.run, flags: x.flags,
		summary: "export a client's plan: ics, csv, publer or hootsuite (--from, --to, --out)"}
}

func (x *exportCmd) flags(fs *flag.FlagSet) {
	fs.StringVar(&x.format, "format", "", "")
	fs.StringVar(&x.client, "client", "", "")
	fs.StringVar(&x.from, "from", "", "")
	fs.StringVar(&x.to, "to", "", "")
	fs.StringVar(&x.status, "status", "", "")
	fs.StringVar(&x.out, "out", "", "")
	fs.BoolVar(&x.help, "help", false, "")
	fs.BoolVar(&x.help, "h", false, "")
}

func (x *exportCmd) run(env Env, dir string, args []string) error {
	if x.help {
		printExportHelp(env.Stdout)
		return nil
	}
	if len(args) > 0 {
		return usageError{fmt.Sprintf("export takes only flags, got %q", args[0])}
	}
	if strings.TrimSpace(x.format) == "" {
		return usageError{"export needs --format: ics, csv, publer or hootsuite"}
	}
	format, err := export.ParseFormat(x.format)
	if err != nil {
		return usageError{err.Error()}
	}
	name := strings.TrimSpace(x.client)
	if name == "" {
		return usageError{"export needs --client, the client's name"}
	}
	statuses, err := parseStatuses(x.status)
	if err != nil {
		return err
	}
	from, err := flagDate("--from", x.from)
	if err != nil {
		return err
	}
	to, err := flagDate("--to", x.to)
	if err != nil {
		return err
	}
	if !from.IsZero() && !to.IsZero() && from.After(to) {
		return usageError{fmt.Sprintf("--from %s is after --to %s", from, to)}
	}

	// A missing database is not created: there would be nothing to export.
	if _, err := os.Stat(filepath.Join(dir, storage.FileName)); errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("there is no Kairos workspace in %s: give its folder with --data", dir)
	}
	s, err := storage.Open(dir)
	if err != nil {
		return err
	}
	defer s.Close()
	client, err := findClient(s, name)
	if err != nil {
		return err
	}

	// The dates default to the client's today and 90 days on.
	today := model.DateOf(env.Now().In(client.Location()))
	switch {
	case from.IsZero() && to.IsZero():
		from, to = today, today.AddDays(exportDays)
	case from.IsZero():
		from = today
	case to.IsZero():
		to = from.AddDays(exportDays)
	}
	switch {
	case from.After(to) && strings.TrimSpace(x.from) == "":
		return usageError{fmt.Sprintf("--to %s is before today, %s: give --from as well", to, today)}
	case from.After(to):
		return usageError{fmt.Sprintf("--from %s is after --to %s", from, to)}
	}

	channels, err := s.Channels(client.ID)
	if err != nil {
		return err
	}
	all, err := s.PostsBetween(client.ID, from, to)
	if err != nil {
		return err
	}
	posts := export.SelectPlan(all, from, to, statuses)
	opts := export.PlanOptions{Client: client, Channels: channels, Stamp: env.Now()}
	// The whole file is made in memory first, so a failure never leaves
	// half of it on stdout or on disk.
	var buf bytes.Buffer
	if err := format.Write(&buf, opts, posts); err != nil {
		return err
	}
	if x.out == "" {
		if _, err := env.Stdout.Write(buf.Bytes()); err != nil {
			return err
		}
	} else {
		if err := writeAtomic(x.out, buf.Bytes()); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "Exported %s of %s from %s to %s to %s.\n",
			countPosts(len(posts)), client.Name, from, to, x.out)
	}
	if len(posts) == 0 {
		fmt.Fprintf(env.Stderr, "kairos: note: %s has no %s posts from %s to %s, so the file has none.\n",
			client.Name, joinStatuses(statuses), from, to)
	}
	for _, note := range export.PlanNotes(format, opts, posts) {
		fmt.Fprintf(env.Stderr, "kairos: note: %s\n", note)
	}
	return nil
}

// findClient is the client called name, in any case; an unknown name is a
// usage error that lists the clients there are.
func findClient(s *storage.Store, name string) (model.Client, error) {
	clients, err := s.Clients()
	if err != nil {
		return model.Client{}, err
	}
	var names []string
	for _, c := range clients {
		if strings.EqualFold(c.Name, name) {
			return c, nil
		}
		names = append(names, fmt.Sprintf("%q", c.Name))
	}
	if len(names) == 0 {
		return model.Client{}, usageError{fmt.Sprintf("there is no client %q: the workspace has no clients yet", name)}
	}
	return model.Client{}, usageError{fmt.Sprintf("there is no client %q; the clients are %s", name, strings.Join(names, ", "))}
}

// parseStatuses reads --status: statuses separated by commas, in any case;
// empty is export.DefaultStatuses.
func parseStatuses(s string) ([]model.Status, error) {
	if strings.TrimSpace(s) == "" {
		return export.DefaultStatuses(), nil
	}
	var list []model.Status
	for _, part := range strings.Split(s, ",") {
		st := model.Status(strings.ToLower(strings.TrimSpace(part)))
		if st == "" {
			continue
		}
		if !st.Valid() {
			return nil, usageError{fmt.Sprintf("unknown status %q: use idea, draft, scheduled or published, separated by commas", strings.TrimSpace(part))}
		}
		list = append(list, st)
	}
	if len(list) == 0 {
		return nil, usageError{"--status names no status: use idea, draft, scheduled or published, separated by commas"}
	}
	return list, nil
}

// flagDate reads a YYYY-MM-DD flag; empty is the zero Date.
func flagDate(flagName, s string) (model.Date, error) {
	d, err := model.ParseDate(strings.TrimSpace(s))
	if err != nil {
		return model.Date{}, usageError{flagName + ": " + err.Error()}
	}
	return d, nil
}

// writeAtomic writes data to a temporary file beside path, then renames it
// over path: path is either its old self or complete, never half written.
// A file it replaces keeps its permissions; a new one is 0644.
func writeAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	mode := fs.FileMode(0o644)
	if info, err := os.Stat(path); err == nil {
		if info.IsDir() {
			return fmt.Errorf("%s is a folder: give --out a file name", path)
		}
		mode = info.Mode().Perm()
	}
	tmp, err := os.CreateTemp(dir, ".kairos-export-*")
	if err != nil {
		return fmt.Errorf("cannot write in the folder %s: %w", dir, unwrapPath(err))
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	if err := os.Chmod(tmp.Name(), mode); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		done = true
		return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	done = true
	return nil
}

// unwrapPath drops the operation and path an *fs.PathError repeats, which
// the message already names: "permission denied", not "open /x/.kairos-...:
// permission denied".
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// countPosts is "1 post" or "12 posts".
func countPosts(n int) string { return fmt.Sprintf("%d %s", n, plural(n, "post", "posts")) }

// joinStatuses is "draft, scheduled or published".
func joinStatuses(list []model.Status) string {
	var s []string
	for _, st := range list {
		s = append(s, string(st))
	}
	if len(s) < 2 {
		return strings.Join(s, "")
	}
	return strings.Join(s[:len(s)-1], ", ") + " or " + s[len(s)-1]
}

func printExportHelp(w io.Writer) {
	fmt.Fprintf(w, `Usage: kairos export --format ics|csv|publer|hootsuite --client NAME
                     [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--status LIST] [--out FILE]

Export one client's planned posts, scheduled and draft as well as published,
for a calendar app, a spreadsheet or a scheduling tool. Dates and times are
the client's own (its time zone in Settings). Undated ideas are never
exported.

Flags:
  --format F        ics        iCalendar: one event per post, all-day for
                               posts without a time; import it again and
                               the events update instead of doubling
                    csv        every field, for spreadsheets
                    publer     Publer's bulk-import CSV
                    hootsuite  Hootsuite's bulk composer CSV (dd/mm/yyyy)
  --client NAME     the client, any case (required)
  --from DATE       the first day (default: today)
  --to DATE         the last day (default: %d days after --from)
  --status LIST     which posts, separated by commas (default:
                    draft,scheduled,published; idea adds dated ideas)
  --out FILE        write to FILE instead of stdout; FILE is replaced only
                    once the whole export is written
  --data DIR        the folder that holds kairos.db
  -h, --help        show this help

Publer and Hootsuite read the times in their own time-zone setting: set it
to the client's zone. Notes about rows they would refuse (times in the past,
not on a five-minute mark for Hootsuite) go to stderr.
`, exportDays)
}

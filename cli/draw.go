package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"kairos/model/draw"
)

// drawCmd draws giveaway winners from a CSV file of entrants, the way a
// draw certificate says to repeat a draw. It needs no data folder.
type drawCmd struct {
	entrants, seed, exclude, columns, dates, zone string
	winners, alternates                           int
	noHeader, help                                bool
}

// drawCommand is the "draw" entry of commands().
func drawCommand() command {
	d := &drawCmd{}
	return command{name: "draw", args: "--entrants FILE --seed S", run: d.run, flags: d.flags, noData: true,
		summary: "draw giveaway winners from a CSV of entrants, repeatably"}
}

func (d *drawCmd) flags(fs *flag.FlagSet) {
	fs.StringVar(&d.entrants, "entrants", "", "")
	fs.StringVar(&d.seed, "seed", "", "")
	fs.IntVar(&d.winners, "winners", 1, "")
	fs.IntVar(&d.alternates, "alternates", 0, "")
	fs.StringVar(&d.exclude, "exclude", "", "")
	fs.StringVar(&d.columns, "map", "", "")
	fs.StringVar(&d.dates, "dates", "", "")
	fs.StringVar(&d.zone, "zone", "", "")
	fs.BoolVar(&d.noHeader, "no-header", false, "")
	fs.BoolVar(&d.help, "help", false, "")
	fs.BoolVar(&d.help, "h", false, "")
}

func (d *drawCmd) run(env Env, _ string, args []string) error {
	if d.help {
		printDrawHelp(env.Stdout)
		return nil
	}
	if len(args) > 0 {
		return usageError{fmt.Sprintf("draw takes only flags, got %q", args[0])}
	}
	if strings.TrimSpace(d.entrants) == "" {
		return usageError{"draw needs --entrants, the CSV file of entrants"}
	}
	if strings.TrimSpace(d.seed) == "" {
		return usageError{"draw needs --seed: a value announced before the draw, or a new random one such as " + draw.NewSeed()}
	}
	if err := draw.CheckSeed(d.seed); err != nil {
		return usageError{strings.TrimSuffix(err.Error(), ".")}
	}
	if d.winners < 1 {
		return usageError{fmt.Sprintf("--winners must be 1 or more, not %d", d.winners)}
	}
	if d.alternates < 0 {
		return usageError{fmt.Sprintf("--alternates must be 0 or more, not %d", d.alternates)}
	}
	order := draw.DateOrder(strings.ToLower(strings.TrimSpace(d.dates)))
	if order != draw.Auto && order != draw.DayFirst && order != draw.MonthFirst {
		return usageError{fmt.Sprintf("unknown --dates %q: use dmy (day/month/year) or mdy (month/day/year)", d.dates)}
	}
	var zone *time.Location
	if z := strings.TrimSpace(d.zone); z != "" {
		var err error
		if zone, err = time.LoadLocation(z); err != nil || z == "Local" {
			return usageError{fmt.Sprintf("unknown --zone %q: use a name such as Europe/Athens", d.zone)}
		}
	}
	spec, err := parseMapSpec(d.columns)
	if err != nil {
		return err
	}
	if spec != nil && d.noHeader {
		for _, col := range spec {
			if _, err := strconv.Atoi(col); err != nil {
				return usageError{fmt.Sprintf("--map names the column %q, but --no-header says the file has no column names", col)}
			}
		}
	}

	rows, err := readEntrantFile(d.entrants)
	if err != nil {
		return err
	}
	first := draw.FirstRow(rows)
	if first == nil {
		return draw.ErrNoEntrants
	}
	var m draw.Mapping
	switch {
	case spec != nil:
		if m, err = spec.mapping(first); err != nil {
			return err
		}
		m.Header = !d.noHeader
	case d.noHeader:
		m = draw.PositionalMapping(first)
	default:
		m = draw.GuessMapping(first)
	}
	m.Dates, m.Zone = order, zone
	list, err := draw.ParseEntrants(rows, m)
	var rowErrs draw.RowErrors
	switch {
	case errors.Is(err, draw.ErrNoHandleColumn):
		return usageError{"no column of the file is titled as the handles (handle, username, @...): say which it is with --map handle=COL"}
	case errors.As(err, &rowErrs):
		// "3 rows could not be read: line 4: ...; line 7: ..."
		return errors.New(strings.Replace(rowErrs.Error(), ":\n", ": ", 1))
	case err != nil:
		return err
	}

	var exclude []string
	for _, h := range strings.Split(d.exclude, ",") {
		if h = strings.TrimSpace(h); h != "" {
			exclude = append(exclude, h)
		}
	}
	pool := draw.Prepare(list, exclude)
	res, err := draw.Run(pool, d.seed, d.winners, d.alternates)
	if err != nil {
		return err
	}
	printDraw(env.Stdout, pool, res, exclude)
	return nil
}

// readEntrantFile reads the rows of the CSV file at path.
func readEntrantFile(path string) ([][]string, error) {
	f, err := os.Open(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("There is no file %q.", path)
	case err != nil:
		return nil, fmt.Errorf("The file %q could not be opened: %w", path, err)
	}
	defer f.Close()
	return draw.ReadRows(f)
}

func printDraw(w io.Writer, pool draw.Pool, res draw.Result, exclude []string) {
	fmt.Fprintf(w, "Entries counted: %d\n", len(pool.Entrants)+len(pool.Duplicates)+len(pool.Excluded))
	fmt.Fprintf(w, "Duplicates removed: %d\n", len(pool.Duplicates))
	var handles []string
	for _, h := range exclude {
		if h = "@" + draw.NormalizeHandle(h); h != "@" && !slices.Contains(handles, h) {
			handles = append(handles, h)
		}
	}
	if len(handles) > 0 {
		fmt.Fprintf(w, "Excluded: %d (%s)\n", len(pool.Excluded), strings.Join(handles, ", "))
	} else {
		fmt.Fprintf(w, "Excluded: %d\n", len(pool.Excluded))
	}
	fmt.Fprintf(w, "Entrants in the draw: %d\n", res.Count)
	fmt.Fprintf(w, "SHA-256 of the entrant list: %s\n", res.Hash)
	fmt.Fprintf(w, "Seed: %s\n", res.Seed)
	fmt.Fprintf(w, "Algorithm: %s\n", res.Algorithm)
	fmt.Fprintf(w, "\nWinners:\n")
	for i, e := range res.Winners {
		fmt.Fprintf(w, "%d. %s\n", i+1, draw.Label(e))
	}
	if len(res.Alternates) > 0 {
		fmt.Fprintf(w, "\nAlternates:\n")
		for i, e := range res.Alternates {
			fmt.Fprintf(w, "%d. %s\n", i+1, draw.Label(e))
		}
	}
}

// mapSpec is --map: the column ("3" or a column name) of each of name,
// handle and time.
type mapSpec map[string]string

// parseMapSpec reads "name=COL,handle=COL,time=COL"; nil when s is empty.
func parseMapSpec(s string) (mapSpec, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	spec := mapSpec{}
	for _, part := range strings.Split(s, ",") {
		key, col, ok := strings.Cut(part, "=")
		key, col = strings.ToLower(strings.TrimSpace(key)), strings.TrimSpace(col)
		switch {
		case !ok || col == "":
			return nil, usageError{fmt.Sprintf("--map wants name=COL,handle=COL,time=COL, got %q", strings.TrimSpace(part))}
		case key != "name" && key != "handle" && key != "time":
			return nil, usageError{fmt.Sprintf("--map knows name, handle and time, not %q", key)}
		case spec[key] != "":
			return nil, usageError{fmt.Sprintf("--map gives %s twice", key)}
		}
		if n, err := strconv.Atoi(col); err == nil && n < 1 {
			return nil, usageError{fmt.Sprintf("--map: columns are numbered from 1, so %s=%d is not one", key, n)}
		}
		spec[key] = col
	}
	if spec["handle"] == "" {
		return nil, usageError{"--map needs handle=COL, the column of the handles"}
	}
	return spec, nil
}

// mapping places the columns, finding named ones in the file's first row.
func (s mapSpec) mapping(first []string) (draw.Mapping, error) {
	m := draw.Mapping{Name: -1, Handle: -1, Time: -1}
	used := map[int]string{}
	for _, key := range []string{"name", "handle", "time"} {
		col, ok := s[key]
		if !ok {
			continue
		}
		i := -1
		if n, err := strconv.Atoi(col); err == nil {
			if n > len(first) {
				return m, usageError{fmt.Sprintf("--map %s=%d: the file's first row has only %d %s", key, n, len(first), plural(len(first), "column", "columns"))}
			}
			i = n - 1
		} else {
			for j, title := range first {
				if strings.EqualFold(strings.TrimSpace(title), col) {
					i = j
					break
				}
			}
			if i < 0 {
				return m, usageError{fmt.Sprintf("--map %s=%s: no column is called %q; the columns are %s", key, col, col, strings.Join(quoteAll(first), ", "))}
			}
		}
		if other, dup := used[i]; dup {
			return m, usageError{fmt.Sprintf("--map puts %s and %s in the same column", other, key)}
		}
		used[i] = key
		switch key {
		case "name":
			m.Name = i
		case "handle":
			m.Handle = i
		case "time":
			m.Time = i
		}
	}
	return m, nil
}

func quoteAll(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = strconv.Quote(s)
	}
	return out
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func printDrawHelp(w io.Writer) {
	fmt.Fprint(w, `Usage: kairos draw --entrants FILE --seed S [--winners N] [--alternates M]
                   [--exclude h1,h2] [--map name=COL,handle=COL,time=COL]
                   [--no-header] [--dates dmy|mdy] [--zone ZONE]

Draw giveaway winners from a CSV file of entrants. The same file and seed
always give the same winners, on any computer: this is how a draw
certificate is checked. Each handle counts once (its earliest entry), and
the order of the file does not matter.

Flags:
  --entrants FILE   the CSV file: comma, semicolon or tab separated (required)
  --seed S          the seed of the draw: a value announced before it, or the
                    certificate's seed (required)
  --winners N       how many winners (default 1)
  --alternates M    how many alternates, drawn after the winners (default 0)
  --exclude LIST    handles that may not win, separated by commas
  --map SPEC        which columns hold the name, handle and entry time, by
                    number (from 1) or by column name, e.g.
                    --map 'handle=2,time=Commented at'; the file's first row is
                    then its column names, unless --no-header
  --no-header       the first row is an entrant, not column names
  --zone ZONE       where entry times without a zone were taken (default UTC),
                    for example Europe/Athens
  --dates dmy|mdy   how dates with slashes read: 04/03/2025 is 4 March (dmy)
                    or April 3 (mdy); by default a date above 12 decides
  -h, --help        show this help

Without --map, Kairos finds the columns by their names (name, handle,
username, time, date...); a file without column names is read as handle;
name,handle; or name,handle,time.

It prints the number of entrants, duplicates and exclusions, the SHA-256 of
the normalised entrant list (compare it with the certificate's), the seed,
then the winners and alternates in the order drawn.
`)
}

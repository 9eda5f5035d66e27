package ui

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kairos/model/contest"
	"kairos/model/draw"
	"kairos/storage"
)

// drawPanel imports a contest's entrants, draws winners and alternates
// with a recorded seed, and lists the recorded draws with their
// certificates.
type drawPanel struct {
	s          *contestsScreen
	c          contest.Contest
	box        *fyne.Container
	entrants   []draw.Entrant // imported, not yet drawn from
	source     string         // the file they came from
	summary    *widget.Label
	exclude    *widget.Entry
	late       *widget.Check
	winners    *widget.Entry
	alternates *widget.Entry
	seed       *widget.Entry
	records    *fyne.Container
	drawn      int // recorded draws, as showRecords last read them
	problems   problemLabel
	mapping    *mappingDialog // the mapping dialog opened last, for tests
}

func newDrawPanel(s *contestsScreen) *drawPanel {
	p := &drawPanel{s: s, summary: widget.NewLabel(""), exclude: widget.NewEntry(), winners: widget.NewEntry(),
		alternates: widget.NewEntry(), seed: widget.NewEntry(), records: container.NewVBox(), problems: newProblemLabel()}
	p.summary.Wrapping = fyne.TextWrapWord
	p.exclude.SetPlaceHolder(lang.L("Handles to leave out, e.g. @staff, @partner"))
	p.late = widget.NewCheck(lang.L("Leave out entries made after the contest closed"), nil)
	p.late.SetChecked(true)
	newSeed := widget.NewButtonWithIcon(lang.L("New seed"), theme.ViewRefreshIcon(), func() { p.seed.SetText(draw.NewSeed()) })
	importBtn := widget.NewButtonWithIcon(lang.L("Import entrants…"), theme.FolderOpenIcon(), func() {
		openFile(s.k, []string{".csv", ".txt", ".tsv"}, func(r io.Reader, name string) error {
			rows, err := draw.ReadRows(r)
			if err != nil {
				return err
			}
			p.askMapping(name, rows)
			return nil
		})
	})
	drawBtn := widget.NewButtonWithIcon(lang.L("Draw winners"), theme.ConfirmIcon(), func() { p.problems.show(p.drawNow()) })
	drawBtn.Importance = widget.HighImportance
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Exclude"), p.exclude),
		widget.NewFormItem("", p.late),
		widget.NewFormItem(lang.L("Winners"), p.winners),
		widget.NewFormItem(lang.L("Alternates"), p.alternates),
		widget.NewFormItem(lang.L("Seed"), container.NewBorder(nil, nil, nil, newSeed, p.seed)),
	)
	p.box = container.NewVBox(
		container.NewBorder(nil, nil, nil, importBtn, heading(lang.L("Entrants"))),
		p.summary, form, container.NewHBox(drawBtn), p.problems.Label,
		heading(lang.L("Recorded draws")), p.records)
	return p
}

func (p *drawPanel) object() fyne.CanvasObject { return p.box }

// show switches the panel to c; imported entrants stay only for the same
// contest.
func (p *drawPanel) show(c contest.Contest) {
	if c.ID != p.c.ID {
		p.entrants, p.source = nil, ""
		p.exclude.SetText("")
		p.winners.SetText(strconv.Itoa(c.Prize.Quantity))
		p.alternates.SetText("2")
		p.seed.SetText(draw.NewSeed())
		p.problems.show(nil)
	}
	p.c = c
	p.showRecords() // and the summary, which mentions them
}

func (p *drawPanel) showSummary() {
	if len(p.entrants) == 0 {
		p.summary.SetText(lang.L("Import the entrants as a CSV file (name, handle, entry time): exported comments, " +
			"a form's responses or a giveaway tool's list."))
		return
	}
	text := lang.N("{{.Count}} entries read from {{.Source}} (times without a zone read in {{.Zone}}).", len(p.entrants),
		map[string]any{"Count": len(p.entrants), "Source": p.source, "Zone": p.c.Zone})
	if p.drawn > 0 {
		text += " " + lang.L("This contest already has a recorded draw: a new one is recorded too, and both stay in the record.")
	}
	p.summary.SetText(text)
}

// setEntrants takes a parsed list as the one to draw from.
func (p *drawPanel) setEntrants(list []draw.Entrant, source string) {
	p.entrants, p.source = list, source
	p.problems.show(nil)
	p.showSummary()
}

// pool is the list to draw from: exclusions, late entries and duplicates
// removed, in canonical order. late counts the entries made after the
// close, cutoff is the first moment that counts as late.
func (p *drawPanel) pool() (pool draw.Pool, excluded []string, late int, cutoff time.Time) {
	excluded = strings.FieldsFunc(p.exclude.Text, func(r rune) bool { return r == ',' || r == ' ' || r == ';' })
	list := p.entrants
	if p.late.Checked {
		// Rules say "closes 23:59": that whole minute is still on time.
		cutoff = p.c.End
		if cutoff.Second() == 0 && cutoff.Nanosecond() == 0 {
			cutoff = cutoff.Add(time.Minute)
		}
		list = nil
		for _, e := range p.entrants {
			if !e.EntryTime.IsZero() && !e.EntryTime.Before(cutoff) {
				late++
				continue
			}
			list = append(list, e)
		}
	}
	return draw.Prepare(list, excluded), excluded, late, cutoff
}

// drawNow draws from the imported entrants and records the draw.
func (p *drawPanel) drawNow() error {
	if len(p.entrants) == 0 {
		return errors.New(lang.L("Import the entrants first."))
	}
	winners, err := strconv.Atoi(strings.TrimSpace(p.winners.Text))
	if err != nil {
		return errors.New(lang.L("Write how many winners to draw as a whole number, for example 1."))
	}
	alternates, err := strconv.Atoi(strings.TrimSpace(p.alternates.Text))
	if err != nil {
		return errors.New(lang.L("Write how many alternates to draw as a whole number, for example 2."))
	}
	pool, excluded, late, cutoff := p.pool()
	res, err := draw.Run(pool, strings.TrimSpace(p.seed.Text), winners, alternates)
	if err != nil {
		return err
	}
	rec := draw.Record{Contest: p.c.Name, Sponsor: p.c.SponsorName + ", " + p.c.SponsorAddress, DrawnAt: p.s.k.now().UTC(),
		Result: res, Duplicates: len(pool.Duplicates), Excluded: len(pool.Excluded), ExcludedHandles: excluded,
		Source: p.source, Late: late, Cutoff: cutoff, Zone: p.c.Zone}
	if _, err := p.s.k.store.SaveDraw(p.c.ID, &rec, pool); err != nil {
		return err
	}
	p.seed.SetText(draw.NewSeed()) // the next draw, if any, gets its own seed
	p.showRecords()
	return nil
}

// showRecords lists the contest's recorded draws, read once for the list
// and the summary's note that a new draw joins them.
func (p *drawPanel) showRecords() {
	p.records.RemoveAll()
	list, err := p.s.k.store.Draws(p.c.ID)
	if err != nil {
		p.s.k.showError(err)
		return
	}
	p.drawn = len(list)
	p.showSummary()
	if len(list) == 0 {
		p.records.Add(widget.NewLabel(lang.L("None yet.")))
	}
	for _, d := range list {
		p.records.Add(p.recordRow(d))
	}
}

func (p *drawPanel) recordRow(d storage.StoredDraw) fyne.CanvasObject {
	r := d.Record
	var names []string
	for i, w := range r.Result.Winners {
		names = append(names, fmt.Sprintf("%d. @%s", i+1, w.Handle))
	}
	for i, a := range r.Result.Alternates {
		names = append(names, lang.L("alternate {{.Number}}. @{{.Handle}}", map[string]any{"Number": i + 1, "Handle": a.Handle}))
	}
	facts := wrappedLabel(lang.N("Drawn {{.When}} UTC from {{.Count}} entrants · seed {{.Seed}} · SHA-256 {{.Hash}}", r.Result.Count,
		map[string]any{"When": dateTime(r.DrawnAt.UTC()), "Count": r.Result.Count, "Seed": r.Result.Seed,
			"Hash": shortHash(r.Result.Hash)}) + "\n" + strings.Join(names, "  "))
	cert := widget.NewButtonWithIcon(lang.L("Save certificate…"), theme.DocumentSaveIcon(), func() {
		saveFileAs(p.s.k, safeFileName(lang.L("Draw certificate {{.Contest}}", map[string]any{"Contest": p.c.Name})), ".txt", func(w io.Writer) error {
			_, err := io.WriteString(w, draw.Certificate(r))
			return err
		}, func(name string) {
			p.s.say(lang.L("Saved the certificate to {{.File}}.", map[string]any{"File": name}))
		})
	})
	list := widget.NewButtonWithIcon(lang.L("Save entrant list…"), theme.DocumentSaveIcon(), func() {
		saveFileAs(p.s.k, safeFileName(lang.L("Entrants {{.Contest}}", map[string]any{"Contest": p.c.Name})), ".csv", func(w io.Writer) error { return p.writeEntrants(w, d.ID) },
			func(name string) {
				p.s.say(lang.L("Saved the entrant list to {{.File}}.", map[string]any{"File": name}))
			})
	})
	return container.NewVBox(facts, container.NewHBox(cert, list))
}

// writeEntrants writes the exact list a draw was made from.
func (p *drawPanel) writeEntrants(w io.Writer, drawID int64) error {
	list, err := p.s.k.store.DrawEntrants(drawID)
	if err != nil {
		return err
	}
	return draw.WriteEntrantsCSV(w, list)
}

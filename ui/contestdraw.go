package ui

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
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
	problems   problemLabel
	mapping    *mappingDialog // the mapping dialog opened last, for tests
}

func newDrawPanel(s *contestsScreen) *drawPanel {
	p := &drawPanel{s: s, summary: widget.NewLabel(""), exclude: widget.NewEntry(), winners: widget.NewEntry(),
		alternates: widget.NewEntry(), seed: widget.NewEntry(), records: container.NewVBox(), problems: newProblemLabel()}
	p.summary.Wrapping = fyne.TextWrapWord
	p.exclude.SetPlaceHolder("Handles to leave out, e.g. @staff, @partner")
	p.late = widget.NewCheck("Leave out entries made after the contest closed", nil)
	p.late.SetChecked(true)
	newSeed := widget.NewButtonWithIcon("New seed", theme.ViewRefreshIcon(), func() { p.seed.SetText(draw.NewSeed()) })
	importBtn := widget.NewButtonWithIcon("Import entrants…", theme.FolderOpenIcon(), func() {
		openFile(s.k, []string{".csv", ".txt", ".tsv"}, func(r io.Reader, name string) error {
			rows, err := draw.ReadRows(r)
			if err != nil {
				return err
			}
			p.askMapping(name, rows)
			return nil
		})
	})
	drawBtn := widget.NewButtonWithIcon("Draw winners", theme.ConfirmIcon(), func() { p.problems.show(p.drawNow()) })
	drawBtn.Importance = widget.HighImportance
	form := widget.NewForm(
		widget.NewFormItem("Exclude", p.exclude),
		widget.NewFormItem("", p.late),
		widget.NewFormItem("Winners", p.winners),
		widget.NewFormItem("Alternates", p.alternates),
		widget.NewFormItem("Seed", container.NewBorder(nil, nil, nil, newSeed, p.seed)),
	)
	p.box = container.NewVBox(
		container.NewBorder(nil, nil, nil, importBtn, heading("Entrants")),
		p.summary, form, container.NewHBox(drawBtn), p.problems.Label,
		heading("Recorded draws"), p.records)
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
	p.showSummary()
	p.showRecords()
}

func (p *drawPanel) showSummary() {
	if len(p.entrants) == 0 {
		p.summary.SetText("Import the entrants as a CSV file (name, handle, entry time): exported comments, " +
			"a form's responses or a giveaway tool's list.")
		return
	}
	p.summary.SetText(fmt.Sprintf("%s read from %s.", plural(len(p.entrants), "entry", "entries"), p.source))
}

// setEntrants takes a parsed list as the one to draw from.
func (p *drawPanel) setEntrants(list []draw.Entrant, source string) {
	p.entrants, p.source = list, source
	p.problems.show(nil)
	p.showSummary()
}

// pool is the list to draw from: exclusions, late entries and duplicates
// removed, in canonical order. late counts the entries after the close.
func (p *drawPanel) pool() (pool draw.Pool, excluded []string, late int) {
	excluded = strings.FieldsFunc(p.exclude.Text, func(r rune) bool { return r == ',' || r == ' ' || r == ';' })
	list := p.entrants
	if p.late.Checked {
		list = nil
		for _, e := range p.entrants {
			if !e.EntryTime.IsZero() && e.EntryTime.After(p.c.End) {
				late++
				continue
			}
			list = append(list, e)
		}
	}
	return draw.Prepare(list, excluded), excluded, late
}

// drawNow draws from the imported entrants and records the draw.
func (p *drawPanel) drawNow() error {
	if len(p.entrants) == 0 {
		return fmt.Errorf("Import the entrants first.")
	}
	winners, err := strconv.Atoi(strings.TrimSpace(p.winners.Text))
	if err != nil {
		return fmt.Errorf("Write how many winners to draw as a whole number, for example 1.")
	}
	alternates, err := strconv.Atoi(strings.TrimSpace(p.alternates.Text))
	if err != nil {
		return fmt.Errorf("Write how many alternates to draw as a whole number, for example 2.")
	}
	pool, excluded, late := p.pool()
	res, err := draw.Run(pool, strings.TrimSpace(p.seed.Text), winners, alternates)
	if err != nil {
		return err
	}
	source := p.source
	if late > 0 {
		source += fmt.Sprintf("; %s after the close left out", plural(late, "entry", "entries"))
	}
	rec := draw.Record{Contest: p.c.Name, Sponsor: p.c.SponsorName, DrawnAt: p.s.k.now().UTC(), Result: res,
		Duplicates: len(pool.Duplicates), Excluded: len(pool.Excluded) + late, ExcludedHandles: excluded, Source: source}
	if _, err := p.s.k.store.SaveDraw(p.c.ID, &rec, pool); err != nil {
		return err
	}
	p.seed.SetText(draw.NewSeed()) // the next draw, if any, gets its own seed
	p.showRecords()
	return nil
}

func (p *drawPanel) showRecords() {
	p.records.RemoveAll()
	list, err := p.s.k.store.Draws(p.c.ID)
	if err != nil {
		p.s.k.showError(err)
		return
	}
	if len(list) == 0 {
		p.records.Add(widget.NewLabel("None yet."))
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
		names = append(names, fmt.Sprintf("alternate %d. @%s", i+1, a.Handle))
	}
	facts := wrappedLabel(fmt.Sprintf("Drawn %s UTC from %s · seed %s · SHA-256 %s\n%s",
		r.DrawnAt.UTC().Format("2 Jan 2006 15:04"), plural(r.Result.Count, "entrant", "entrants"), r.Result.Seed,
		shortHash(r.Result.Hash), strings.Join(names, "  ")))
	cert := widget.NewButtonWithIcon("Save certificate…", theme.DocumentSaveIcon(), func() {
		saveFileAs(p.s.k, "Draw certificate "+p.c.Name, ".txt", func(w io.Writer) error {
			_, err := io.WriteString(w, draw.Certificate(r))
			return err
		}, func(name string) { p.s.say("Saved the certificate to " + name + ".") })
	})
	list := widget.NewButtonWithIcon("Save entrant list…", theme.DocumentSaveIcon(), func() {
		saveFileAs(p.s.k, "Entrants "+p.c.Name, ".csv", func(w io.Writer) error { return p.writeEntrants(w, d.ID) },
			func(name string) { p.s.say("Saved the entrant list to " + name + ".") })
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

package ui

import (
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
)

// maxChipsPerCell bounds the chips a day cell creates; a taller window
// shows more of them, and "+N more" opens the whole day.
const maxChipsPerCell = 8

// dayMark is what a day cell says about the day's holiday or special day.
type dayMark struct {
	name   string
	public bool
}

// dayState is how a day cell looks apart from its posts.
type dayState struct {
	day        model.Date
	inMonth    bool // days of the neighbouring months are dimmed
	today      bool
	noNumber   bool // the week view's all-day row names days in its header
	overbooked bool // a channel has more posts than its guard allows
	// marker names the day's holiday or observance, if any; a public
	// holiday also tints the day, since posts may need another tone.
	marker string
	public bool
}

// dayCell is one day of the month view.
type dayCell struct {
	widget.BaseWidget
	state     dayState
	posts     []model.Post
	chips     []*postChip
	more      *widget.Button
	bg        *canvas.Rectangle
	number    *canvas.Text
	marker    *canvas.Text
	warning   *canvas.Text
	highlight bool
	onNew     func(model.Date)
	onMore    func(model.Date)
	colorOf   func(model.Post) color.NRGBA
	events    chipEvents
	renderer  *dayCellRenderer
}

func newDayCell(events chipEvents, colorOf func(model.Post) color.NRGBA, onNew, onMore func(model.Date)) *dayCell {
	c := &dayCell{onNew: onNew, onMore: onMore, colorOf: colorOf,
		bg: canvas.NewRectangle(color.Transparent), number: canvas.NewText("", color.White),
		marker:  canvas.NewText("", color.White),
		warning: canvas.NewText("", color.White)}
	c.bg.CornerRadius = 4
	c.number.TextSize = 12
	c.marker.TextSize = 11
	c.warning.TextSize = 11
	c.warning.TextStyle.Bold = true
	c.events = events
	c.more = widget.NewButton("", func() { c.onMore(c.state.day) })
	c.more.Importance = widget.LowImportance
	c.more.Hide()
	c.ExtendBaseWidget(c)
	return c
}

// set shows a day and its posts (already sorted by time).
func (c *dayCell) set(state dayState, posts []model.Post) {
	c.state, c.posts = state, posts
	c.number.Text = strconv.Itoa(state.day.Day)
	if state.noNumber {
		c.number.Text = ""
	} else if state.day.Day == 1 {
		c.number.Text = dayMonthShort(state.day)
	}
	c.Refresh()
}

// warningText flags a day that breaks a channel's posting guard.
func (c *dayCell) warningText() string {
	if c.state.overbooked {
		return lang.L("Too many posts")
	}
	return ""
}

// setHighlight marks the cell as the drop target under the pointer.
func (c *dayCell) setHighlight(on bool) {
	if c.highlight != on {
		c.highlight = on
		c.Refresh()
	}
}

// DoubleTapped starts a new post on this day.
func (c *dayCell) DoubleTapped(*fyne.PointEvent) { c.onNew(c.state.day) }

func (c *dayCell) CreateRenderer() fyne.WidgetRenderer {
	c.renderer = &dayCellRenderer{c: c}
	c.renderer.collect()
	return c.renderer
}

// ensureChips grows the chip pool to n: a cell makes only the chips it has
// had to show, which keeps start-up and memory low.
func (c *dayCell) ensureChips(n int) {
	if n <= len(c.chips) {
		return
	}
	for len(c.chips) < n {
		c.chips = append(c.chips, newPostChip(c.events))
	}
	if c.renderer != nil {
		c.renderer.collect()
	}
}

type dayCellRenderer struct {
	c       *dayCell
	objects []fyne.CanvasObject
}

// collect lists the cell's objects after its chip pool changed.
func (r *dayCellRenderer) collect() {
	c := r.c
	r.objects = append(r.objects[:0], c.bg, c.number, c.marker, c.warning)
	for _, chip := range c.chips {
		r.objects = append(r.objects, chip)
	}
	r.objects = append(r.objects, c.more)
}

const (
	cellHeaderHeight float32 = 20
	chipGap          float32 = 2
)

// capacity is how many chips fit in a cell of the given height when the
// "+N more" line is or is not needed.
func capacity(height, header float32, withMore bool) int {
	room := height - header - 2
	if withMore {
		room -= chipHeight
	}
	return max(0, min(maxChipsPerCell, int((room+chipGap)/(chipHeight+chipGap))))
}

func (r *dayCellRenderer) Layout(size fyne.Size) {
	c := r.c
	c.bg.Resize(size)
	c.number.Move(fyne.NewPos(6, 3))
	// The warning takes the room the day number leaves, shortened to fit.
	room := size.Width - c.number.MinSize().Width - 18
	c.warning.Text = fitText(c.warningText(), max(room, 0), c.warning.TextSize, c.warning.TextStyle)
	c.warning.Move(fyne.NewPos(size.Width-c.warning.MinSize().Width-6, 4))
	// The holiday's name fills the gap between the number and the warning.
	left := 6 + c.number.MinSize().Width + 6
	markerRoom := size.Width - left - 6
	if c.warning.Text != "" {
		markerRoom -= c.warning.MinSize().Width + 6
	}
	c.marker.Text = fitText(c.state.marker, max(markerRoom, 0), c.marker.TextSize, c.marker.TextStyle)
	c.marker.Move(fyne.NewPos(left, 4))
	header := cellHeaderHeight
	if c.state.noNumber && !c.state.overbooked {
		header = 0
	}
	shown := len(c.posts)
	if shown > capacity(size.Height, header, false) {
		shown = capacity(size.Height, header, true)
	}
	y := header + 2
	c.ensureChips(shown)
	for i, chip := range c.chips {
		if i >= shown {
			chip.Hide()
			continue
		}
		chip.setPost(c.posts[i], c.colorOf(c.posts[i]))
		chip.Move(fyne.NewPos(3, y))
		chip.Resize(fyne.NewSize(size.Width-6, chipHeight))
		chip.Show()
		y += chipHeight + chipGap
	}
	if hidden := len(c.posts) - shown; hidden > 0 {
		c.more.SetText(lang.N("+{{.Count}} more", hidden, count(hidden)))
		c.more.Move(fyne.NewPos(3, y))
		c.more.Resize(fyne.NewSize(size.Width-6, chipHeight))
		c.more.Show()
	} else {
		c.more.Hide()
	}
}

// MinSize has room for one chip (or "+N more"): six weeks of such cells
// keep the window within a 768-pixel-high laptop screen.
func (r *dayCellRenderer) MinSize() fyne.Size {
	return fyne.NewSize(60, cellHeaderHeight+chipHeight+2*chipGap)
}

func (r *dayCellRenderer) Refresh() {
	c := r.c
	th := c.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	bg := th.Color(theme.ColorNameInputBackground, v)
	fg := th.Color(theme.ColorNameForeground, v)
	if !c.state.inMonth {
		bg = th.Color(theme.ColorNameBackground, v)
		fg = th.Color(theme.ColorNameDisabled, v)
	}
	if c.state.public && c.state.inMonth {
		bg = withAlpha(th.Color(theme.ColorNameWarning, v), 38)
	}
	c.bg.FillColor = bg
	c.bg.StrokeWidth = 0
	c.marker.Color = th.Color(theme.ColorNamePrimary, v)
	if c.state.public {
		c.marker.Color = th.Color(theme.ColorNameWarning, v)
	}
	switch {
	case c.highlight:
		c.bg.FillColor = withAlpha(th.Color(theme.ColorNamePrimary, v), 70)
		c.bg.StrokeColor = th.Color(theme.ColorNamePrimary, v)
		c.bg.StrokeWidth = 2
	case c.state.today:
		c.bg.StrokeColor = th.Color(theme.ColorNamePrimary, v)
		c.bg.StrokeWidth = 2
	case c.state.overbooked:
		c.bg.StrokeColor = th.Color(theme.ColorNameError, v)
		c.bg.StrokeWidth = 1
	}
	c.number.Color = fg
	c.number.TextStyle.Bold = c.state.today
	if c.state.today {
		c.number.Color = th.Color(theme.ColorNamePrimary, v)
	}
	c.warning.Color = th.Color(theme.ColorNameError, v)
	c.marker.Refresh()
	c.bg.Refresh()
	c.number.Refresh()
	c.warning.Refresh()
	r.Layout(c.Size())
}

func (r *dayCellRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *dayCellRenderer) Destroy()                     {}

// withAlpha returns c with its alpha replaced.
func withAlpha(c color.Color, a uint8) color.NRGBA {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = a
	return n
}

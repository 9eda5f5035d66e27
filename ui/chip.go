package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
)

// chipHeight is the height of one post chip; cells size themselves in chips.
const chipHeight float32 = 22

// chipEvents receives what the user does to a chip. The calendar screen
// implements it: chips carry no behaviour of their own, so one drag
// controller serves the month view, the week view, the tray and lists.
type chipEvents interface {
	chipDragged(c *postChip, ev *fyne.DragEvent)
	chipDragEnd(c *postChip)
	chipOpen(c *postChip)
	chipMenu(c *postChip, at fyne.Position)
	// cancelDrag abandons a drag in progress (Escape).
	cancelDrag()
	// chipFlag says why a post needs attention ("" when it does not): its
	// testimonial's permission no longer covers it.
	chipFlag(p model.Post) string
}

// postChip shows one post: its channel colour, status, time and first words.
type postChip struct {
	widget.BaseWidget
	post    model.Post
	color   color.NRGBA
	events  chipEvents
	focused bool
	flag    string

	bg, stripe *canvas.Rectangle
	status     *widget.Icon
	text       *canvas.Text
	label      string // the whole text; text shows as much as fits
}

func newPostChip(events chipEvents) *postChip {
	c := &postChip{events: events,
		bg: canvas.NewRectangle(color.Transparent), stripe: canvas.NewRectangle(color.Transparent),
		status: widget.NewIcon(nil), text: canvas.NewText("", color.White)}
	c.bg.CornerRadius = 4
	c.ExtendBaseWidget(c)
	return c
}

// setPost shows p; stripe is the colour of its first channel's platform.
func (c *postChip) setPost(p model.Post, stripe color.NRGBA) { c.setPostLabelled(p, "", stripe) }

// setPostLabelled shows label instead of p's own words: a holiday
// suggestion's chip carries the draft it would create, but names the day.
func (c *postChip) setPostLabelled(p model.Post, label string, stripe color.NRGBA) {
	c.post, c.color = p, stripe
	c.flag = c.events.chipFlag(p)
	if label != "" {
		c.label = label
		c.status.SetResource(statusIcon(p.Status))
		c.Refresh()
		return
	}
	label = p.Summary(60)
	if label == "" {
		label = lang.L("(no text yet)")
	}
	if p.Time.Valid() {
		label = p.Time.String() + "  " + label
	}
	c.label = label
	c.status.SetResource(statusIcon(p.Status))
	if c.flag != "" {
		c.status.SetResource(theme.WarningIcon())
	}
	c.Refresh()
}

// statusIcon tells the statuses apart at a glance.
func statusIcon(s model.Status) fyne.Resource {
	switch s {
	case model.Published:
		return theme.ConfirmIcon()
	case model.Scheduled:
		return theme.HistoryIcon()
	case model.Idea:
		return theme.InfoIcon()
	}
	return theme.DocumentCreateIcon()
}

func (c *postChip) Dragged(ev *fyne.DragEvent) { c.events.chipDragged(c, ev) }
func (c *postChip) DragEnd()                   { c.events.chipDragEnd(c) }
func (c *postChip) Tapped(*fyne.PointEvent)    { c.events.chipOpen(c) }
func (c *postChip) TappedSecondary(ev *fyne.PointEvent) {
	c.events.chipMenu(c, ev.AbsolutePosition)
}

// Cursor shows a hand: chips are picked up and moved.
func (c *postChip) Cursor() desktop.Cursor { return desktop.PointerCursor }

// Keyboard use: Tab reaches a chip, Enter opens it, F10 or the menu key
// offers Move to date and Duplicate to date. A focused widget receives the
// keys, so the chip passes Escape on to cancel a drag.
func (c *postChip) FocusGained()   { c.focused = true; c.Refresh() }
func (c *postChip) FocusLost()     { c.focused = false; c.Refresh() }
func (c *postChip) TypedRune(rune) {}
func (c *postChip) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		c.events.chipOpen(c)
	case fyne.KeyEscape:
		c.events.cancelDrag()
	case fyne.KeyF10, "Menu":
		abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(c)
		c.events.chipMenu(c, abs.Add(fyne.NewPos(0, c.Size().Height)))
	}
}

func (c *postChip) MinSize() fyne.Size { return fyne.NewSize(40, chipHeight) }

func (c *postChip) CreateRenderer() fyne.WidgetRenderer {
	return &chipRenderer{c: c}
}

type chipRenderer struct{ c *postChip }

func (r *chipRenderer) Layout(size fyne.Size) {
	c := r.c
	c.bg.Resize(size)
	c.stripe.Move(fyne.NewPos(0, 0))
	c.stripe.Resize(fyne.NewSize(4, size.Height))
	icon := size.Height - 8
	c.status.Move(fyne.NewPos(7, 4))
	c.status.Resize(fyne.NewSize(icon, icon))
	left := 7 + icon + 4
	c.text.Text = fitText(c.label, size.Width-left-4, c.text.TextSize, c.text.TextStyle)
	textH := lineHeight(c.text.TextSize, c.text.TextStyle)
	c.text.Move(fyne.NewPos(left, (size.Height-textH)/2))
	c.text.Resize(fyne.NewSize(size.Width-left-4, textH))
	c.text.Refresh()
}

func (r *chipRenderer) MinSize() fyne.Size { return r.c.MinSize() }

func (r *chipRenderer) Refresh() {
	c := r.c
	fill := c.color
	fill.A = 60
	if c.post.Status == model.Published {
		fill.A = 30
	}
	c.bg.FillColor = fill
	c.bg.StrokeWidth = 0
	if c.flag != "" {
		c.bg.StrokeWidth = 2
		c.bg.StrokeColor = theme.Color(theme.ColorNameError)
	}
	if c.focused {
		c.bg.StrokeWidth = 2
		c.bg.StrokeColor = theme.Color(theme.ColorNameFocus)
	}
	c.stripe.FillColor = c.color
	c.text.TextSize = c.Theme().Size(theme.SizeNameCaptionText)
	c.text.Color = c.Theme().Color(theme.ColorNameForeground, fyne.CurrentApp().Settings().ThemeVariant())
	c.bg.Refresh()
	c.stripe.Refresh()
	r.Layout(c.Size())
}

func (r *chipRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.c.bg, r.c.stripe, r.c.status, r.c.text}
}

func (r *chipRenderer) Destroy() {}

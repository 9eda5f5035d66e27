package ui

import (
	"fyne.io/fyne/v2"

	"kairos/model"
)

// gridGeometry describes an equal-cell grid: the month view's days or the
// week view's all-day row. Layout and hit-testing share it, so a drop
// lands on exactly the cell the user sees under the pointer.
type gridGeometry struct {
	size       fyne.Size
	cols, rows int
	gap        float32
}

// cellSize is the size of one cell.
func (g gridGeometry) cellSize() fyne.Size {
	return fyne.NewSize(
		(g.size.Width-g.gap*float32(g.cols-1))/float32(g.cols),
		(g.size.Height-g.gap*float32(g.rows-1))/float32(g.rows))
}

// cellOrigin is the top-left corner of cell i (row-major).
func (g gridGeometry) cellOrigin(i int) fyne.Position {
	cs := g.cellSize()
	col, row := i%g.cols, i/g.cols
	return fyne.NewPos(float32(col)*(cs.Width+g.gap), float32(row)*(cs.Height+g.gap))
}

// cellAt maps a position relative to the grid's top-left corner to a cell
// index. A point in the gap between two cells belongs to the cell before
// it, so there is no dead zone; a point outside the grid gives false.
func (g gridGeometry) cellAt(p fyne.Position) (int, bool) {
	if g.cols <= 0 || g.rows <= 0 || p.X < 0 || p.Y < 0 || p.X >= g.size.Width || p.Y >= g.size.Height {
		return 0, false
	}
	cs := g.cellSize()
	col := min(int(p.X/(cs.Width+g.gap)), g.cols-1)
	row := min(int(p.Y/(cs.Height+g.gap)), g.rows-1)
	return row*g.cols + col, true
}

// monthDayAt maps a position in the month grid to the day shown there.
func monthDayAt(p fyne.Position, g gridGeometry, days []model.Date) (model.Date, bool) {
	i, ok := g.cellAt(p)
	if !ok || i >= len(days) {
		return model.Date{}, false
	}
	return days[i], true
}

// hourGeometry describes the week view's timed area: seven day columns of
// hourHeight-tall hours, 00:00 at the top.
type hourGeometry struct {
	width      float32
	hourHeight float32
}

// weekSlotAt maps a position in the week view's hour area to a day index
// (0..6) and a time snapped to 15 minutes. It answers false outside the
// 24 hours.
func weekSlotAt(p fyne.Position, g hourGeometry) (int, model.Clock, bool) {
	if g.width <= 0 || g.hourHeight <= 0 || p.X < 0 || p.Y < 0 || p.X >= g.width || p.Y >= 24*g.hourHeight {
		return 0, model.NoClock, false
	}
	col := min(int(p.X/(g.width/7)), 6)
	minutes := int(p.Y / g.hourHeight * 60)
	return col, model.SnapClock(model.Clock(minutes), 15), true
}

// yForClock is where a time of day sits in the hour area.
func yForClock(c model.Clock, g hourGeometry) float32 {
	return float32(c) / 60 * g.hourHeight
}

// gridLayout places cells with gridGeometry. minRows, when set, is the
// number of rows its minimum size makes room for whatever rows shows, so a
// month of five weeks and one of six ask the window for the same height.
type gridLayout struct {
	cols, rows, minRows int
	gap                 float32
}

func (l *gridLayout) geometry(size fyne.Size) gridGeometry {
	return gridGeometry{size: size, cols: l.cols, rows: l.rows, gap: l.gap}
}

func (l *gridLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	g := l.geometry(size)
	cs := g.cellSize()
	for i, o := range objects {
		o.Move(g.cellOrigin(i))
		o.Resize(cs)
	}
}

func (l *gridLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var cell fyne.Size
	for _, o := range objects {
		cell = cell.Max(o.MinSize())
	}
	rows := max(l.rows, l.minRows)
	return fyne.NewSize(cell.Width*float32(l.cols)+l.gap*float32(l.cols-1),
		cell.Height*float32(rows)+l.gap*float32(rows-1))
}

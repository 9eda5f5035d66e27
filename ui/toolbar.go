package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
)

// newToolbar lays the calendar's toolbar out in one row, the navigation
// left, the title in the middle and the actions right, when the title fits
// whole; else in two rows, the actions under the navigation and title.
// Greek and Russian buttons take far more room than English ones, and a
// narrow window has no room for a title beside them.
func newToolbar(title *widget.Label, nav, actions fyne.CanvasObject) *fyne.Container {
	return container.New(&toolbarLayout{title: title}, nav, title, actions)
}

type toolbarLayout struct {
	title   *widget.Label
	twoRows bool
}

// titleWidth is the room the title needs: the widest month's name in the
// interface's language, so that paging does not switch the rows, or the
// current title when it is longer.
func (t *toolbarLayout) titleWidth() float32 {
	name := t.title.SizeName
	if name == "" {
		name = theme.SizeNameText
	}
	size, style := theme.Size(name), t.title.TextStyle
	widest := fyne.MeasureText(t.title.Text, size, style).Width
	for m := time.January; m <= time.December; m++ {
		widest = max(widest, fyne.MeasureText(monthYear(model.NewDate(2026, m, 1)), size, style).Width)
	}
	return widest + 2*theme.InnerPadding()
}

func (t *toolbarLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	nav, title, actions := objs[0], objs[1], objs[2]
	n, a, pad := nav.MinSize(), actions.MinSize(), theme.Padding()
	two := n.Width+pad+t.titleWidth()+pad+a.Width > size.Width
	row := max(n.Height, title.MinSize().Height)
	if two {
		nav.Move(fyne.NewPos(0, 0))
		nav.Resize(fyne.NewSize(n.Width, row))
		title.Move(fyne.NewPos(n.Width+pad, 0))
		title.Resize(fyne.NewSize(max(size.Width-n.Width-pad, 0), row))
		actions.Move(fyne.NewPos(0, row+pad))
		actions.Resize(fyne.NewSize(min(a.Width, size.Width), a.Height))
	} else {
		nav.Move(fyne.NewPos(0, 0))
		nav.Resize(fyne.NewSize(n.Width, size.Height))
		title.Move(fyne.NewPos(n.Width+pad, 0))
		title.Resize(fyne.NewSize(max(size.Width-n.Width-a.Width-2*pad, 0), size.Height))
		actions.Move(fyne.NewPos(size.Width-a.Width, 0))
		actions.Resize(fyne.NewSize(a.Width, size.Height))
	}
	if two != t.twoRows {
		t.twoRows = two
		// The toolbar's height changed: lay the window out again.
		if c := fyne.CurrentApp().Driver().CanvasForObject(title); c != nil && c.Content() != nil {
			c.Content().Refresh()
		}
	}
}

func (t *toolbarLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	n, title, a := objs[0].MinSize(), objs[1].MinSize(), objs[2].MinSize()
	pad := theme.Padding()
	row := max(n.Height, title.Height)
	if t.twoRows {
		return fyne.NewSize(max(n.Width+pad+title.Width, a.Width), row+pad+a.Height)
	}
	return fyne.NewSize(max(n.Width+pad+title.Width, a.Width), max(row, a.Height))
}

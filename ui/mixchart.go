package ui

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
)

// typeColors gives each content type a stable colour in the mix bar.
var typeColors = map[model.ContentType]string{
	model.Text: "#7F8C8D", model.Photo: "#2E86AB", model.Video: "#C73E1D", model.Audio: "#8E44AD",
	model.LinkPost: "#117A65", model.Question: "#D68910", model.Poll: "#B7950B", model.Story: "#CB4335",
	model.Reel: "#E1306C", model.Testimonial: "#3B8B5A", model.Event: "#1F618D", model.Offer: "#A04000",
}

// mixChart shows the content mix of the visible range as one stacked bar
// of content types, the top pillars, and a hint when one type dominates.
type mixChart struct {
	bar     *fyne.Container
	legend  *widget.Label
	pillars *widget.Label
	hint    *widget.Label
	box     fyne.CanvasObject
	mix     model.Mix
}

func newMixChart() *mixChart {
	m := &mixChart{legend: widget.NewLabel(""), pillars: widget.NewLabel(""), hint: widget.NewLabel("")}
	m.bar = container.New(&shareLayout{m: m})
	m.legend.Truncation = fyne.TextTruncateEllipsis
	m.pillars.Truncation = fyne.TextTruncateEllipsis
	m.pillars.Importance = widget.LowImportance
	m.hint.Importance = widget.WarningImportance
	m.hint.Wrapping = fyne.TextWrapWord
	m.hint.Hide() // until a range is lopsided: an empty line would take room
	title := widget.NewLabelWithStyle(lang.L("Content mix"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	m.box = container.NewVBox(
		container.NewBorder(nil, nil, title, nil, container.New(&fixedHeight{14}, m.bar)),
		m.legend, m.pillars, m.hint)
	return m
}

func (m *mixChart) object() fyne.CanvasObject { return m.box }

func (m *mixChart) show(mix model.Mix) {
	m.mix = mix
	m.bar.Objects = nil
	legend := ""
	for _, s := range mix.Types {
		r := canvas.NewRectangle(parseHex(typeColors[model.ContentType(s.Key)]))
		m.bar.Objects = append(m.bar.Objects, r)
		if legend != "" {
			legend += " · "
		}
		legend += fmt.Sprintf("%s %.0f%%", typeName(model.ContentType(s.Key)), s.Percent)
	}
	if mix.Total == 0 {
		legend = lang.L("No posts in this range yet.")
		m.bar.Objects = []fyne.CanvasObject{canvas.NewRectangle(color.Transparent)}
	}
	m.legend.SetText(legend)
	pillars := ""
	for i, s := range mix.Pillars {
		if i == 4 {
			break
		}
		if pillars != "" {
			pillars += " · "
		}
		name := s.Key
		if name == model.NoPillar {
			name = lang.L("No pillar")
		}
		pillars += fmt.Sprintf("%s %.0f%%", name, s.Percent)
	}
	if pillars != "" {
		pillars = lang.L("Pillars: {{.Pillars}}", map[string]any{"Pillars": pillars})
	}
	m.pillars.SetText(pillars)
	m.hint.SetText(tr(mix.Hint))
	m.hint.Hidden = mix.Hint.Key == ""
	m.bar.Refresh()
	m.box.Refresh()
}

// shareLayout sizes each bar segment by its share of the total.
type shareLayout struct{ m *mixChart }

func (l *shareLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	x := float32(0)
	for i, o := range objs {
		w := size.Width
		if i < len(l.m.mix.Types) {
			w = size.Width * float32(l.m.mix.Types[i].Percent) / 100
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w
	}
}

func (l *shareLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(100, 14) }

package ui

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
)

// colorPicker offers the client palette as a row of swatches.
type colorPicker struct {
	widget.BaseWidget
	selected string
	swatches []*swatch
}

func newColorPicker() *colorPicker {
	p := &colorPicker{selected: model.ClientColors[0]}
	for _, hex := range model.ClientColors {
		p.swatches = append(p.swatches, newSwatch(hex, p.SetSelected))
	}
	p.ExtendBaseWidget(p)
	return p
}

// Selected is the chosen colour as #RRGGBB.
func (p *colorPicker) Selected() string { return p.selected }

// SetSelected chooses a colour; one outside the palette is kept as it is.
func (p *colorPicker) SetSelected(hex string) {
	p.selected = strings.ToUpper(hex)
	for _, s := range p.swatches {
		s.setChosen(s.hex == p.selected)
	}
}

func (p *colorPicker) CreateRenderer() fyne.WidgetRenderer {
	objs := make([]fyne.CanvasObject, len(p.swatches))
	for i, s := range p.swatches {
		objs[i] = s
	}
	p.SetSelected(p.selected)
	return widget.NewSimpleRenderer(container.NewHBox(objs...))
}

// swatch is one tappable colour square.
type swatch struct {
	widget.BaseWidget
	hex   string
	rect  *canvas.Rectangle
	onTap func(string)
}

func newSwatch(hex string, onTap func(string)) *swatch {
	s := &swatch{hex: hex, onTap: onTap, rect: canvas.NewRectangle(parseHex(hex))}
	s.rect.CornerRadius = 4
	s.ExtendBaseWidget(s)
	return s
}

func (s *swatch) setChosen(on bool) {
	s.rect.StrokeWidth = 0
	if on {
		s.rect.StrokeWidth = 3
		s.rect.StrokeColor = theme.Color(theme.ColorNameForeground)
	}
	s.rect.Refresh()
}

func (s *swatch) Tapped(*fyne.PointEvent) { s.onTap(s.hex) }
func (s *swatch) MinSize() fyne.Size      { return fyne.NewSize(28, 28) }
func (s *swatch) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(s.rect)
}

// parseHex reads #RRGGBB; anything else is grey.
func parseHex(hex string) color.NRGBA {
	var r, g, b uint8
	if len(hex) == 7 && hex[0] == '#' {
		if _, err := fmt.Sscanf(hex[1:], "%02x%02x%02x", &r, &g, &b); err == nil {
			return color.NRGBA{r, g, b, 255}
		}
	}
	return color.NRGBA{128, 128, 128, 255}
}

package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The screens behind the sidebar, in sidebar order.
const (
	screenCalendar     = "Calendar"
	screenIdeas        = "Ideas"
	screenTestimonials = "Testimonials"
	screenContests     = "Contests"
	screenSettings     = "Settings"
)

var screenOrder = []string{screenCalendar, screenIdeas, screenTestimonials, screenContests, screenSettings}

// screenIcon is a function, not a package-level map: theme icons need the
// running app, which does not exist while packages initialise.
func screenIcon(name string) fyne.Resource {
	switch name {
	case screenCalendar:
		return theme.CalendarIcon()
	case screenIdeas:
		return theme.DocumentCreateIcon()
	case screenTestimonials:
		return theme.AccountIcon()
	case screenContests:
		return theme.ConfirmIcon()
	}
	return theme.SettingsIcon()
}

// screenLabel names a screen in the sidebar.
func screenLabel(name string) string {
	switch name {
	case screenCalendar:
		return lang.L("Calendar")
	case screenIdeas:
		return lang.L("Ideas")
	case screenTestimonials:
		return lang.L("Testimonials")
	case screenContests:
		return lang.L("Contests")
	}
	return lang.L("Settings")
}

// navBar is the sidebar: one button a screen, the active one highlighted.
type navBar struct {
	buttons map[string]*widget.Button
	box     *fyne.Container
}

func newNavBar(onSelect func(name string)) *navBar {
	n := &navBar{buttons: map[string]*widget.Button{}, box: container.NewVBox()}
	for _, name := range screenOrder {
		name := name
		b := widget.NewButtonWithIcon(screenLabel(name), screenIcon(name), func() { onSelect(name) })
		b.Alignment = widget.ButtonAlignLeading
		b.Importance = widget.LowImportance
		n.buttons[name] = b
		n.box.Add(b)
	}
	return n
}

func (n *navBar) object() fyne.CanvasObject { return container.NewPadded(n.box) }

func (n *navBar) setActive(name string) {
	for key, b := range n.buttons {
		want := widget.LowImportance
		if key == name {
			want = widget.HighImportance
		}
		if b.Importance != want {
			b.Importance = want
			b.Refresh()
		}
	}
}

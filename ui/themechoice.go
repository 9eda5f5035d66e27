package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

const settingTheme = "theme"

// The theme choices, as stored and as shown.
const (
	themeSystem = "system"
	themeLight  = "light"
	themeDark   = "dark"
)

// themeLabel names a theme choice in the interface's language.
func themeLabel(choice string) string {
	switch choice {
	case themeLight:
		return lang.L("Light")
	case themeDark:
		return lang.L("Dark")
	case themeSystem:
		return lang.L("Follow the system")
	}
	return ""
}

// fixedVariant is Fyne's theme with the light or dark variant forced,
// whatever the system prefers.
type fixedVariant struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (f fixedVariant) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return f.Theme.Color(n, f.variant)
}

// applyTheme sets the stored theme choice on the app.
func applyTheme(a fyne.App, choice string) {
	switch choice {
	case themeLight:
		a.Settings().SetTheme(fixedVariant{theme.DefaultTheme(), theme.VariantLight})
	case themeDark:
		a.Settings().SetTheme(fixedVariant{theme.DefaultTheme(), theme.VariantDark})
	default:
		a.Settings().SetTheme(theme.DefaultTheme())
	}
}

// storedTheme is the user's choice, "system" when none was made.
func storedTheme(k *Kairos) string {
	v, err := k.store.Setting(settingTheme)
	if err != nil || themeLabel(v) == "" {
		return themeSystem
	}
	return v
}

// newThemeChoice lets the user follow the system's light or dark mode or
// fix one; the change applies at once and is remembered.
func newThemeChoice(k *Kairos) *widget.RadioGroup {
	keys := []string{themeSystem, themeLight, themeDark}
	var labels []string
	for _, key := range keys {
		labels = append(labels, themeLabel(key))
	}
	r := widget.NewRadioGroup(labels, nil)
	r.Horizontal = true
	r.SetSelected(themeLabel(storedTheme(k)))
	r.OnChanged = func(label string) {
		for _, key := range keys {
			if themeLabel(key) == label && key != storedTheme(k) {
				if err := k.store.SetSetting(settingTheme, key); err != nil {
					k.showError(err)
					return
				}
				applyTheme(k.app, key)
			}
		}
	}
	return r
}

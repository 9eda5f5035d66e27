package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
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

var themeLabels = map[string]string{themeSystem: "Follow the system", themeLight: "Light", themeDark: "Dark"}

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
	if err != nil || themeLabels[v] == "" {
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
		labels = append(labels, themeLabels[key])
	}
	r := widget.NewRadioGroup(labels, nil)
	r.Horizontal = true
	r.SetSelected(themeLabels[storedTheme(k)])
	r.OnChanged = func(label string) {
		for _, key := range keys {
			if themeLabels[key] == label && key != storedTheme(k) {
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

package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// languageChoice is the Settings line that picks the interface's language:
// the system's, or one Kairos speaks. A change applies at once.
type languageChoice struct {
	k     *Kairos
	radio *widget.RadioGroup
	box   fyne.CanvasObject
}

func newLanguageChoice(k *Kairos) *languageChoice {
	l := &languageChoice{k: k}
	options := []string{lang.L("Follow the system")}
	for _, code := range languages {
		options = append(options, languageNames[code])
	}
	l.radio = widget.NewRadioGroup(options, nil)
	l.radio.Horizontal = true
	l.radio.SetSelected(l.label(storedLanguage(k)))
	l.radio.OnChanged = l.onChanged
	l.box = container.NewHBox(widget.NewLabel(lang.L("Language")), l.radio)
	return l
}

func (l *languageChoice) object() fyne.CanvasObject { return l.box }

// label is how the choice shows a stored value.
func (l *languageChoice) label(code string) string {
	if name := languageNames[code]; name != "" {
		return name
	}
	return lang.L("Follow the system")
}

// onChanged stores the choice and shows every screen in it.
func (l *languageChoice) onChanged(label string) {
	code := languageSystem
	for _, c := range languages {
		if languageNames[c] == label {
			code = c
		}
	}
	if label == "" || code == storedLanguage(l.k) {
		return
	}
	if err := l.k.store.SetSetting(settingLanguage, code); err != nil {
		l.k.showError(err)
		return
	}
	l.k.relanguage()
}

// storedLanguage is the language chosen in Settings, "system" when none.
func storedLanguage(k *Kairos) string {
	v, err := k.store.Setting(settingLanguage)
	if err != nil || languageNames[v] == "" {
		return languageSystem
	}
	return v
}

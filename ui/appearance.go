package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// languageChoice is the Settings line that picks the interface's language:
// the system's, or one Kairos speaks. Fyne settles the language when the
// translations load, at start-up, so a change applies the next time.
type languageChoice struct {
	k     *Kairos
	radio *widget.RadioGroup
	note  *widget.Label
	box   fyne.CanvasObject
}

func newLanguageChoice(k *Kairos) *languageChoice {
	l := &languageChoice{k: k, note: widget.NewLabel(lang.L("Kairos will use this language the next time it starts."))}
	options := []string{lang.L("Follow the system")}
	for _, code := range languages {
		options = append(options, languageNames[code])
	}
	l.radio = widget.NewRadioGroup(options, nil)
	l.radio.Horizontal = true
	l.radio.SetSelected(l.label(storedLanguage(k)))
	l.radio.OnChanged = l.onChanged
	l.note.Importance = widget.LowImportance
	l.note.Wrapping = fyne.TextWrapWord
	l.note.Hide()
	l.box = container.NewVBox(container.NewHBox(widget.NewLabel(lang.L("Language")), l.radio), l.note)
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

// onChanged stores the choice; it takes effect at the next start.
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
	l.note.Show()
}

// storedLanguage is the language chosen in Settings, "system" when none.
func storedLanguage(k *Kairos) string {
	v, err := k.store.Setting(settingLanguage)
	if err != nil || languageNames[v] == "" {
		return languageSystem
	}
	return v
}

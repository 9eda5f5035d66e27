package ui

import (
	"strings"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"kairos/model"
)

// withFrequencyCheck runs apply at once, or after the user agrees when p
// would break a channel's posting guard.
func (k *Kairos) withFrequencyCheck(p model.Post, proceed string, apply func()) {
	warnings, err := k.frequencyWarnings(p)
	if err != nil {
		k.showError(err) // the guard could not be checked: change nothing
		return
	}
	if len(warnings) == 0 {
		apply()
		return
	}
	var lines []string
	for _, w := range warnings {
		lines = append(lines, tr(w.Message))
	}
	d := dialog.NewConfirm(lang.L("Posting too often?"), strings.Join(lines, "\n")+"\n\n"+lang.L("Do it anyway?"), func(yes bool) {
		if yes {
			apply()
		}
	}, k.win)
	d.SetConfirmText(proceed)
	d.SetDismissText(lang.L("Cancel"))
	d.Show()
}

func (k *Kairos) frequencyWarnings(p model.Post) ([]model.FrequencyWarning, error) {
	if p.Date.IsZero() || p.Status == model.Idea {
		return nil, nil
	}
	others, err := k.store.PostsAround(p.ClientID, p.Date)
	if err != nil {
		return nil, err
	}
	channels, err := k.store.Channels(p.ClientID)
	if err != nil {
		return nil, err
	}
	return model.CheckFrequency(p, others, channels), nil
}

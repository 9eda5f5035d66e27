package ui

import (
	"strings"

	"fyne.io/fyne/v2/dialog"

	"kairos/model"
)

// withFrequencyCheck runs apply at once, or after the user agrees when p
// would break a channel's posting guard.
func (k *Kairos) withFrequencyCheck(p model.Post, proceed string, apply func()) {
	warnings := k.frequencyWarnings(p)
	if len(warnings) == 0 {
		apply()
		return
	}
	var lines []string
	for _, w := range warnings {
		lines = append(lines, w.Message)
	}
	d := dialog.NewConfirm("Posting too often?", strings.Join(lines, "\n")+"\n\nDo it anyway?", func(yes bool) {
		if yes {
			apply()
		}
	}, k.win)
	d.SetConfirmText(proceed)
	d.SetDismissText("Cancel")
	d.Show()
}

func (k *Kairos) frequencyWarnings(p model.Post) []model.FrequencyWarning {
	if p.Date.IsZero() || p.Status == model.Idea {
		return nil
	}
	others, err := k.store.PostsAround(p.ClientID, p.Date)
	if err != nil {
		k.showError(err)
		return nil
	}
	channels, err := k.store.Channels(p.ClientID)
	if err != nil {
		k.showError(err)
		return nil
	}
	return model.CheckFrequency(p, others, channels)
}

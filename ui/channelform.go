package ui

import (
	"errors"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
)

// channelForm edits one channel: platform, handle and an optional text limit.
type channelForm struct {
	platform *widget.Select
	handle   *widget.Entry
	limit    *widget.Entry
	perDay   *widget.Entry
	gap      *widget.Entry
	problems problemLabel
	ch       model.Channel
}

func newChannelForm(ch model.Channel) *channelForm {
	f := &channelForm{handle: widget.NewEntry(), limit: widget.NewEntry(), perDay: widget.NewEntry(), gap: widget.NewEntry(),
		problems: newProblemLabel(), ch: ch}
	var names []string
	for _, p := range model.Platforms() {
		names = append(names, p.Name())
	}
	f.platform = widget.NewSelect(names, func(name string) {
		if p, err := model.ParsePlatform(name); err == nil {
			f.limit.SetPlaceHolder(lang.L("{{.Limit}} (the {{.Platform}} limit)", map[string]any{"Limit": p.Info().TextLimit, "Platform": p.Name()}))
			f.perDay.SetPlaceHolder(lang.L("{{.Number}} (suggested for {{.Platform}})", map[string]any{"Number": p.Info().MaxPerDay, "Platform": p.Name()}))
			f.gap.SetPlaceHolder(lang.L("{{.Number}} (suggested for {{.Platform}})", map[string]any{"Number": p.Info().MinGapHours, "Platform": p.Name()}))
		}
	})
	f.platform.PlaceHolder = lang.L("Choose a platform")
	f.handle.SetPlaceHolder(lang.L("@account or page name"))
	f.limit.SetPlaceHolder(lang.L("the platform's own limit"))
	if ch.Platform.Valid() {
		f.platform.SetSelected(ch.Platform.Name())
	}
	f.handle.SetText(ch.Handle)
	for entry, v := range map[*widget.Entry]int{f.limit: ch.TextLimit, f.perDay: ch.MaxPerDay, f.gap: ch.MinGapHours} {
		if v > 0 {
			entry.SetText(strconv.Itoa(v))
		}
	}
	return f
}

func (f *channelForm) object() fyne.CanvasObject {
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Platform"), f.platform),
		widget.NewFormItem(lang.L("Handle"), f.handle),
		widget.NewFormItem(lang.L("Text limit"), f.limit),
		widget.NewFormItem(lang.L("Posts a day"), f.perDay),
		widget.NewFormItem(lang.L("Hours between"), f.gap),
	)
	return container.NewVBox(form, f.problems.Label)
}

// read returns the channel as the form shows it, or why it cannot.
func (f *channelForm) read() (model.Channel, error) {
	ch := f.ch
	ch.Handle = f.handle.Text
	ch.Platform = ""
	if f.platform.Selected != "" {
		p, err := model.ParsePlatform(f.platform.Selected)
		if err != nil {
			return ch, err
		}
		ch.Platform = p
	}
	var err error
	if ch.TextLimit, err = optionalCount(f.limit.Text, lang.L("The text limit must be a whole number of characters, or empty for the platform's own limit.")); err != nil {
		return ch, err
	}
	if ch.MaxPerDay, err = optionalCount(f.perDay.Text, lang.L("Posts a day must be a whole number, or empty for the suggested number.")); err != nil {
		return ch, err
	}
	if ch.MinGapHours, err = optionalCount(f.gap.Text, lang.L("Hours between posts must be a whole number, or empty for the suggested gap.")); err != nil {
		return ch, err
	}
	if ch.Platform == "" {
		return ch, errors.New(lang.L("Choose the platform this account is on."))
	}
	return ch, nil
}

// showChannelDialog adds (ch.ID == 0) or edits a channel, then calls done.
func showChannelDialog(k *Kairos, ch model.Channel, done func()) *channelForm {
	f := newChannelForm(ch)
	title, confirm := lang.L("Edit channel"), lang.L("Save channel")
	if ch.ID == 0 {
		title, confirm = lang.L("New channel"), lang.L("Add channel")
	}
	showFormDialog(k.win, title, confirm, f.object(), func() error {
		c, err := f.read()
		if err != nil {
			return err
		}
		if c.ID == 0 {
			err = k.store.CreateChannel(&c)
		} else {
			err = k.store.UpdateChannel(c)
		}
		if err != nil {
			return err
		}
		done()
		return nil
	}, f.problems.show)
	return f
}

// optionalCount reads an optional positive whole number ("1,024" allowed,
// and "1.024" or "1 024" where the language groups digits so); empty means
// 0, "use the default".
func optionalCount(text, problem string) (int, error) {
	s := strings.NewReplacer(",", "", lang.X("number.thousands", ","), "", " ", "", "\u00a0", "").Replace(text)
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 {
		return 0, errors.New(problem)
	}
	return n, nil
}

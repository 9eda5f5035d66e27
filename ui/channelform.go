package ui

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
)

// channelForm edits one channel: platform, handle and an optional text limit.
type channelForm struct {
	platform *widget.Select
	handle   *widget.Entry
	limit    *widget.Entry
	problems problemLabel
	ch       model.Channel
}

func newChannelForm(ch model.Channel) *channelForm {
	f := &channelForm{handle: widget.NewEntry(), limit: widget.NewEntry(), problems: newProblemLabel(), ch: ch}
	var names []string
	for _, p := range model.Platforms() {
		names = append(names, p.Name())
	}
	f.platform = widget.NewSelect(names, func(name string) {
		if p, err := model.ParsePlatform(name); err == nil {
			f.limit.SetPlaceHolder(fmt.Sprintf("%d (the %s limit)", p.Info().TextLimit, p.Name()))
		}
	})
	f.platform.PlaceHolder = "Choose a platform"
	f.handle.SetPlaceHolder("@account or page name")
	f.limit.SetPlaceHolder("the platform's own limit")
	if ch.Platform.Valid() {
		f.platform.SetSelected(ch.Platform.Name())
	}
	f.handle.SetText(ch.Handle)
	if ch.TextLimit > 0 {
		f.limit.SetText(strconv.Itoa(ch.TextLimit))
	}
	return f
}

func (f *channelForm) object() fyne.CanvasObject {
	form := widget.NewForm(
		widget.NewFormItem("Platform", f.platform),
		widget.NewFormItem("Handle", f.handle),
		widget.NewFormItem("Text limit", f.limit),
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
	ch.TextLimit = 0
	if s := strings.TrimSpace(strings.ReplaceAll(f.limit.Text, ",", "")); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n <= 0 {
			return ch, errors.New("The text limit must be a whole number of characters, or empty for the platform's own limit.")
		}
		ch.TextLimit = n
	}
	if ch.Platform == "" {
		return ch, errors.New("Choose the platform this account is on.")
	}
	return ch, nil
}

// showChannelDialog adds (ch.ID == 0) or edits a channel, then calls done.
func showChannelDialog(k *Kairos, ch model.Channel, done func()) *channelForm {
	f := newChannelForm(ch)
	title, confirm := "Edit channel", "Save channel"
	if ch.ID == 0 {
		title, confirm = "New channel", "Add channel"
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

package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
)

// showFilters lets the user narrow the calendar by client, channel,
// status and content type. Nothing ticked in a group means "all".
func (c *calendarScreen) showFilters() {
	var channelNames []string
	channelIDs := map[string]int64{}
	for _, ch := range c.sortedChannels() {
		label := ch.Label()
		if c.allClients {
			label = c.clients[ch.ClientID].Name + ": " + label
		}
		channelNames = append(channelNames, label)
		channelIDs[label] = ch.ID
	}
	channels := widget.NewCheckGroup(channelNames, nil)
	for label, id := range channelIDs {
		if c.filter.ChannelIDs[id] {
			channels.Selected = append(channels.Selected, label)
		}
	}
	var statusNames []string
	for _, s := range model.Statuses() {
		statusNames = append(statusNames, statusName(s))
	}
	statuses := widget.NewCheckGroup(statusNames, nil)
	for s := range c.filter.Statuses {
		statuses.Selected = append(statuses.Selected, statusName(s))
	}
	statuses.Horizontal = true
	var typeNames []string
	for _, t := range model.ContentTypes() {
		typeNames = append(typeNames, typeName(t))
	}
	types := widget.NewCheckGroup(typeNames, nil)
	for t := range c.filter.Types {
		types.Selected = append(types.Selected, typeName(t))
	}
	all := widget.NewCheck(lang.L("Show every client's posts"), nil)
	all.Checked = c.allClients
	content := container.NewVBox(all,
		heading(lang.L("Channels")), channels,
		heading(lang.L("Status")), statuses,
		heading(lang.L("Content type")), container.NewGridWithColumns(3, checkColumns(types)...))
	d := dialog.NewCustomConfirm(lang.L("Filter the calendar"), lang.L("Apply"), lang.L("Cancel"), container.NewVScroll(content), func(ok bool) {
		if !ok {
			return
		}
		f := model.PostFilter{ChannelIDs: map[int64]bool{}, Statuses: map[model.Status]bool{}, Types: map[model.ContentType]bool{}}
		for _, l := range channels.Selected {
			f.ChannelIDs[channelIDs[l]] = true
		}
		for _, s := range statuses.Selected {
			f.Statuses[statusOf(s)] = true
		}
		for _, t := range types.Selected {
			f.Types[typeOf(t)] = true
		}
		c.setFilter(f, all.Checked)
	}, c.k.win)
	d.Resize(fyne.NewSize(560, 600))
	d.Show()
}

// checkColumns splits a vertical check group's options into separate
// checks bound to it, so twelve content types fit in three columns.
func checkColumns(g *widget.CheckGroup) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, opt := range g.Options {
		opt := opt
		chk := widget.NewCheck(opt, func(on bool) {
			sel := g.Selected[:0:0]
			for _, s := range g.Selected {
				if s != opt {
					sel = append(sel, s)
				}
			}
			if on {
				sel = append(sel, opt)
			}
			g.Selected = sel
		})
		for _, s := range g.Selected {
			if s == opt {
				chk.Checked = true
			}
		}
		out = append(out, chk)
	}
	return out
}

// setFilter applies a filter and says how much it hides.
func (c *calendarScreen) setFilter(f model.PostFilter, allClients bool) {
	c.useFilter(f, allClients)
	c.refresh()
	if f.Active() {
		c.say(lang.N("Filtered: {{.Count}} posts shown.", len(c.posts), count(len(c.posts))))
	}
}

// useFilter sets the filter and its button's label without redrawing.
func (c *calendarScreen) useFilter(f model.PostFilter, allClients bool) {
	c.filter, c.allClients = f, allClients
	c.filters.SetText(lang.L("Filters"))
	if f.Active() {
		c.filters.SetText(lang.L("Filters (on)"))
	}
}

// sortedChannels lists the loaded channels in platform order.
func (c *calendarScreen) sortedChannels() []model.Channel {
	list := make([]model.Channel, 0, len(c.channels))
	for _, ch := range c.channels {
		list = append(list, ch)
	}
	model.SortChannels(list)
	return list
}

package postcsv

import (
	"strings"

	"kairos/model"
	"kairos/model/draw"
	"kairos/model/msg"
)

// channelNames finds a client's channels by the names a file gives them.
type channelNames struct {
	byName map[string][]model.Channel
	labels []string // every channel's label, for the error message
}

// newChannelNames indexes the channels of clientID among channels. A
// channel answers to its label ("Instagram @olive.travel"), its handle with
// or without the @, its platform and handle without the @, and its
// platform's name or key when it is the client's only channel there; all
// in any case.
func newChannelNames(channels []model.Channel, clientID int64) channelNames {
	n := channelNames{byName: map[string][]model.Channel{}}
	index := func(name string, ch model.Channel) {
		k := nameKey(name)
		for _, seen := range n.byName[k] {
			if seen.ID == ch.ID {
				return
			}
		}
		n.byName[k] = append(n.byName[k], ch)
	}
	for _, ch := range channels {
		if ch.ClientID != clientID {
			continue
		}
		bare := strings.TrimPrefix(ch.Handle, "@")
		index(ch.Label(), ch)
		index(ch.Handle, ch)
		index(bare, ch)
		index("@"+bare, ch)
		index(ch.Platform.Name()+" "+bare, ch)
		index(ch.Platform.Name(), ch)
		index(string(ch.Platform), ch)
		n.labels = append(n.labels, ch.Label())
	}
	return n
}

// nameKey is how channel names are compared: lower case, one space.
func nameKey(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// find returns the IDs of the channels a cell names: the whole cell as one
// name, or names separated by commas, semicolons, "|" or new lines. ok
// when every name matched exactly one channel; else reason says why not.
func (n channelNames) find(cell string) (ids []int64, reason msg.Text, ok bool) {
	names := []string{cell}
	if len(n.byName[nameKey(cell)]) != 1 {
		names = strings.FieldsFunc(cell, func(r rune) bool { return strings.ContainsRune(",;|\n", r) })
	}
	seen := map[int64]bool{}
	for _, name := range names {
		if strings.TrimSpace(name) == "" {
			continue
		}
		matches := n.byName[nameKey(name)]
		quoted := draw.Quoted(strings.TrimSpace(name))
		switch {
		case len(matches) == 0 && len(n.labels) == 0:
			return nil, msg.New("The client has no channels yet, so \"{{.Name}}\" cannot be one: add it in Settings first.", "Name", quoted), false
		case len(matches) == 0:
			return nil, msg.New("The client has no channel \"{{.Name}}\"; its channels are {{.Channels}}.",
				"Name", quoted, "Channels", strings.Join(n.labels, ", ")), false
		case len(matches) > 1:
			var labels []string
			for _, ch := range matches {
				labels = append(labels, ch.Label())
			}
			return nil, msg.New("\"{{.Name}}\" could be more than one channel ({{.Channels}}): write the handle too.",
				"Name", quoted, "Channels", strings.Join(labels, ", ")), false
		}
		if ch := matches[0]; !seen[ch.ID] {
			seen[ch.ID] = true
			ids = append(ids, ch.ID)
		}
	}
	return ids, msg.Text{}, true
}

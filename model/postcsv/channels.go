package postcsv

import (
	"fmt"
	"strings"

	"kairos/model"
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
	add := func(name string, ch model.Channel) {
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
		add(ch.Label(), ch)
		add(ch.Handle, ch)
		add(bare, ch)
		add("@"+bare, ch)
		add(ch.Platform.Name()+" "+bare, ch)
		add(ch.Platform.Name(), ch)
		add(string(ch.Platform), ch)
		n.labels = append(n.labels, ch.Label())
	}
	return n
}

// nameKey is how channel names are compared: lower case, one space.
func nameKey(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// find returns the IDs of the channels a cell names: the whole cell as one
// name, or names separated by commas, semicolons, "|" or new lines. reason
// is "" when every name matched exactly one channel.
func (n channelNames) find(cell string) (ids []int64, reason string) {
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
		switch {
		case len(matches) == 0 && len(n.labels) == 0:
			return nil, fmt.Sprintf("the client has no channels yet, so %q cannot be one: add it in Settings first", strings.TrimSpace(name))
		case len(matches) == 0:
			return nil, fmt.Sprintf("the client has no channel %q; its channels are %s", strings.TrimSpace(name), strings.Join(n.labels, ", "))
		case len(matches) > 1:
			var labels []string
			for _, ch := range matches {
				labels = append(labels, ch.Label())
			}
			return nil, fmt.Sprintf("%q could be %s: write the handle too", strings.TrimSpace(name), strings.Join(labels, " or "))
		}
		if ch := matches[0]; !seen[ch.ID] {
			seen[ch.ID] = true
			ids = append(ids, ch.ID)
		}
	}
	return ids, ""
}

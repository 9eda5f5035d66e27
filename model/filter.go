package model

// PostFilter narrows the calendar to some channels, statuses and content
// types. An empty (or nil) set does not restrict; only true entries count.
type PostFilter struct {
	ChannelIDs map[int64]bool
	Statuses   map[Status]bool
	Types      map[ContentType]bool
}

// Match reports whether p passes every set filter; the channel filter
// passes a post on any of the chosen channels.
func (f PostFilter) Match(p Post) bool {
	if restricts(f.ChannelIDs) {
		onChosen := false
		for _, id := range p.ChannelIDs {
			onChosen = onChosen || f.ChannelIDs[id]
		}
		if !onChosen {
			return false
		}
	}
	if restricts(f.Statuses) && !f.Statuses[p.Status] {
		return false
	}
	return !restricts(f.Types) || f.Types[p.Type]
}

// Active reports whether any filter is set, so the UI can show that some
// posts may be hidden.
func (f PostFilter) Active() bool {
	return restricts(f.ChannelIDs) || restricts(f.Statuses) || restricts(f.Types)
}

// restricts reports whether set has any true entry.
func restricts[K comparable](set map[K]bool) bool {
	for _, on := range set {
		if on {
			return true
		}
	}
	return false
}

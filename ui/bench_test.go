package ui

import (
	"testing"

	"kairos/model"
)

// BenchmarkMonthViewRefresh rebuilds a month view that holds 2,000 posts:
// filter and group them, find overbooked days, count the content mix and
// lay out every day cell with its chips. Target: under 16 ms (one frame).
func BenchmarkMonthViewRefresh(b *testing.B) {
	t := &testing.T{}
	k, _ := newTestKairos(t, true)
	c := k.calendar
	client, _ := k.currentClient()
	var channelIDs []int64
	for id := range c.channels {
		channelIDs = append(channelIDs, id)
	}
	types := model.ContentTypes()
	posts := make([]model.Post, 2000)
	for i := range posts {
		posts[i] = model.Post{ID: int64(i + 1), ClientID: client.ID, ChannelIDs: []int64{channelIDs[i%len(channelIDs)]},
			Date: model.NewDate(2026, 11, 1+i%30), Time: model.Clock(i % (24 * 60)), Status: model.Scheduled,
			Type: types[i%len(types)], Pillar: "Tips", Text: "Sunset over the harbour, and a table for two by the water"}
	}
	b.ReportAllocs()
	for b.Loop() {
		c.arrange(posts)
		c.redraw()
	}
}

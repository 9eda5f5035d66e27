package model

import "testing"

func TestPostFilter(t *testing.T) {
	post := Post{ChannelIDs: []int64{1, 2}, Status: Draft, Type: Photo}
	tests := []struct {
		name   string
		f      PostFilter
		active bool
		match  bool
	}{
		{"no filter", PostFilter{}, false, true},
		{"empty sets", PostFilter{ChannelIDs: map[int64]bool{}, Statuses: map[Status]bool{}}, false, true},
		{"only false entries", PostFilter{Types: map[ContentType]bool{Photo: false}}, false, true},
		{"one of the post's channels", PostFilter{ChannelIDs: map[int64]bool{2: true, 7: true}}, true, true},
		{"another channel", PostFilter{ChannelIDs: map[int64]bool{7: true}}, true, false},
		{"channel switched off", PostFilter{ChannelIDs: map[int64]bool{1: false, 7: true}}, true, false},
		{"status matches", PostFilter{Statuses: map[Status]bool{Draft: true, Idea: true}}, true, true},
		{"status differs", PostFilter{Statuses: map[Status]bool{Published: true}}, true, false},
		{"type matches", PostFilter{Types: map[ContentType]bool{Photo: true}}, true, true},
		{"type differs", PostFilter{Types: map[ContentType]bool{Video: true}}, true, false},
		{"all three match", PostFilter{ChannelIDs: map[int64]bool{1: true}, Statuses: map[Status]bool{Draft: true}, Types: map[ContentType]bool{Photo: true}}, true, true},
		{"one of three fails", PostFilter{ChannelIDs: map[int64]bool{1: true}, Statuses: map[Status]bool{Draft: true}, Types: map[ContentType]bool{Reel: true}}, true, false},
	}
	for _, tt := range tests {
		if got := tt.f.Active(); got != tt.active {
			t.Errorf("%s: Active() = %v, want %v", tt.name, got, tt.active)
		}
		if got := tt.f.Match(post); got != tt.match {
			t.Errorf("%s: Match() = %v, want %v", tt.name, got, tt.match)
		}
	}
	noChannels := Post{Status: Idea, Type: Text}
	if (PostFilter{ChannelIDs: map[int64]bool{1: true}}).Match(noChannels) {
		t.Error("a post without channels matched a channel filter")
	}
}

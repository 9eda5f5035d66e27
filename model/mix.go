package model

import (
	"fmt"
	"sort"
	"strings"
)

// Share is how many posts in a range have one content type or pillar.
type Share struct {
	Key     string
	Count   int
	Percent float64 // 0..100
}

// Mix is the content mix of a range of posts.
type Mix struct {
	Total   int
	Types   []Share
	Pillars []Share
	// Hint suggests how to vary the feed when one type dominates; "" if not.
	Hint string
}

// NoPillar is the key under which posts without a pillar are counted.
const NoPillar = "No pillar"

// Below minHintPosts a range is too small to call lopsided; above
// dominantPercent one type crowds out the rest.
const (
	minHintPosts    = 5
	dominantPercent = 60
)

// ContentMix counts the dated posts in posts that are planned to go out
// (ideas are left out) by content type and by pillar, most used first.
func ContentMix(posts []Post) Mix {
	types, pillars := map[string]int{}, map[string]int{}
	var m Mix
	for _, p := range posts {
		if !goesOut(p) {
			continue
		}
		m.Total++
		types[string(p.Type)]++
		pillar := p.Pillar
		if pillar == "" {
			pillar = NoPillar
		}
		pillars[pillar]++
	}
	m.Types, m.Pillars = shares(types, m.Total), shares(pillars, m.Total)
	if m.Total >= minHintPosts && m.Types[0].Percent > dominantPercent {
		m.Hint = mixHint(m.Types[0], types)
	}
	return m
}

func shares(counts map[string]int, total int) []Share {
	var list []Share
	for k, n := range counts {
		list = append(list, Share{k, n, float64(n) * 100 / float64(total)})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Key < list[j].Key
	})
	return list
}

// variety lists the types to suggest for a lopsided feed, most engaging
// first, with how a sentence names one of them.
var variety = []struct {
	t    ContentType
	name string
}{
	{Question, "a question"}, {Video, "a video"}, {LinkPost, "a link"}, {Poll, "a poll"},
	{Testimonial, "a customer testimonial"}, {Photo, "a photo"}, {Reel, "a reel"}, {Text, "a short text post"},
}

// mixHint names the dominant type and up to three types the range barely uses.
func mixHint(top Share, counts map[string]int) string {
	var total int
	for _, n := range counts {
		total += n
	}
	var picks []string
	for _, v := range variety {
		if string(v.t) != top.Key && counts[string(v.t)]*10 < total && len(picks) < 3 {
			picks = append(picks, v.name)
		}
	}
	label := "Untyped"
	if top.Key != "" {
		label = strings.ToUpper(top.Key[:1]) + top.Key[1:]
	}
	return fmt.Sprintf("%s posts make up %.0f%% of this range: mix in %s to keep the feed varied.",
		label, top.Percent, joinOr(picks))
}

// joinOr writes "a, b or c".
func joinOr(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " or " + items[len(items)-1]
}

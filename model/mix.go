package model

import (
	"sort"

	"kairos/model/msg"
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
	// Hint suggests how to vary the feed when one type dominates; its Key
	// is "" if not.
	Hint msg.Text
}

// NoPillar is the key under which posts without a pillar are counted.
const NoPillar = "No pillar" // i18n:key (the interface names it)

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
	name msg.Text
}{
	{Question, msg.New("a question")}, {Video, msg.New("a video")}, {LinkPost, msg.New("a link")}, {Poll, msg.New("a poll")},
	{Testimonial, msg.New("a customer testimonial")}, {Photo, msg.New("a photo")}, {Reel, msg.New("a reel")}, {Text, msg.New("a short text post")},
}

// mixHint names the dominant type and up to three types the range barely uses.
func mixHint(top Share, counts map[string]int) msg.Text {
	var total int
	for _, n := range counts {
		total += n
	}
	var picks []msg.Text
	for _, v := range variety {
		if string(v.t) != top.Key && counts[string(v.t)]*10 < total && len(picks) < 3 {
			picks = append(picks, v.name)
		}
	}
	if top.Key == "" {
		return msg.New("{{.Percent}}% of the posts in this range have no type: mix in {{.Ideas}} to keep the feed varied.",
			"Percent", int(top.Percent+0.5), "Ideas", joinOr(picks))
	}
	kind := ContentType(top.Key)
	return msg.New("{{.Percent}}% of the posts in this range are {{.Type}} posts: mix in {{.Ideas}} to keep the feed varied.",
		"Percent", int(top.Percent+0.5), "Type", kind, "Ideas", joinOr(picks))
}

// joinOr lists "a", "a or b", "a, b or c" as one Text.
func joinOr(items []msg.Text) msg.Text {
	switch len(items) {
	case 0:
		return msg.Text{}
	case 1:
		return items[0]
	case 2:
		return msg.New("{{.A}} or {{.B}}", "A", items[0], "B", items[1])
	}
	return msg.New("{{.A}}, {{.B}} or {{.C}}", "A", items[0], "B", items[1], "C", items[2])
}

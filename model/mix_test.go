package model

import (
	"reflect"
	"strings"
	"testing"
)

func mixPost(t ContentType, pillar string) Post {
	return Post{Date: NewDate(2027, 3, 1), Status: Draft, Type: t, Pillar: pillar}
}

func TestContentMixCounts(t *testing.T) {
	posts := []Post{
		mixPost(Photo, "Menu"), mixPost(Photo, ""), mixPost(Video, "Menu"), mixPost(Question, "Team"),
		{Status: Draft, Type: Photo}, // undated: not in the range
		{Date: NewDate(2027, 3, 2), Status: Idea, Type: Photo, Pillar: "Menu"}, // ideas do not count
	}
	m := ContentMix(posts)
	if m.Total != 4 {
		t.Fatalf("Total = %d, want 4", m.Total)
	}
	wantTypes := []Share{{"photo", 2, 50}, {"question", 1, 25}, {"video", 1, 25}}
	if !reflect.DeepEqual(m.Types, wantTypes) {
		t.Errorf("Types = %+v, want %+v", m.Types, wantTypes)
	}
	wantPillars := []Share{{"Menu", 2, 50}, {NoPillar, 1, 25}, {"Team", 1, 25}}
	if !reflect.DeepEqual(m.Pillars, wantPillars) {
		t.Errorf("Pillars = %+v, want %+v", m.Pillars, wantPillars)
	}
	if m.Hint.Key != "" {
		t.Errorf("Hint = %q for a small, varied range", m.Hint)
	}
}

func TestContentMixEmpty(t *testing.T) {
	m := ContentMix([]Post{{Status: Idea, Type: Photo}})
	if m.Total != 0 || len(m.Types) != 0 || len(m.Pillars) != 0 || m.Hint.Key != "" {
		t.Errorf("mix of nothing = %+v", m)
	}
}

func TestContentMixHint(t *testing.T) {
	many := func(t ContentType, n int) []Post {
		var list []Post
		for range n {
			list = append(list, mixPost(t, ""))
		}
		return list
	}
	join := func(groups ...[]Post) []Post {
		var all []Post
		for _, g := range groups {
			all = append(all, g...)
		}
		return all
	}
	tests := []struct {
		name  string
		posts []Post
		want  string // "" = no hint
	}{
		{"seven photos of ten",
			join(many(Photo, 7), many(Text, 3)),
			"70% of the posts in this range are photo posts: mix in a question, a video or a link to keep the feed varied."},
		{"videos and questions already used",
			join(many(Photo, 8), many(Video, 1), many(Question, 1)),
			"80% of the posts in this range are photo posts: mix in a link, a poll or a customer testimonial to keep the feed varied."},
		{"a feed of only questions",
			join(many(Question, 5)),
			"100% of the posts in this range are question posts: mix in a video, a link or a poll to keep the feed varied."},
		{"exactly 60% is fine", join(many(Photo, 6), many(Video, 4)), ""},
		{"too few posts to judge", many(Photo, 4), ""},
		{"link posts", join(many(LinkPost, 9), many(Photo, 1)), "90% of the posts in this range are link posts"},
		{"posts without a type", join(many("", 8), many(Photo, 2)),
			"80% of the posts in this range have no type: mix in a question, a video or a link to keep the feed varied."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ContentMix(tt.posts).Hint.String()
			if tt.want == "" && got != "" || !strings.HasPrefix(got, tt.want) {
				t.Errorf("Hint = %q, want %q", got, tt.want)
			}
		})
	}
}

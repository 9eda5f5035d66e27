package model

import (
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// Status is where a post stands in the workflow.
type Status string

// The statuses, in workflow order.
const (
	Idea      Status = "idea"
	Draft     Status = "draft"
	Scheduled Status = "scheduled"
	Published Status = "published"
)

// Statuses lists every status in workflow order.
func Statuses() []Status { return []Status{Idea, Draft, Scheduled, Published} }

// Valid reports whether s is a known status.
func (s Status) Valid() bool {
	switch s {
	case Idea, Draft, Scheduled, Published:
		return true
	}
	return false
}

// ContentType is the kind of post, used for the content mix.
type ContentType string

// The content types.
const (
	Text        ContentType = "text"
	Photo       ContentType = "photo"
	Video       ContentType = "video"
	Audio       ContentType = "audio"
	LinkPost    ContentType = "link"
	Question    ContentType = "question"
	Poll        ContentType = "poll"
	Story       ContentType = "story"
	Reel        ContentType = "reel"
	Testimonial ContentType = "testimonial"
	Event       ContentType = "event"
	Offer       ContentType = "offer"
)

// ContentTypes lists every content type in menu order.
func ContentTypes() []ContentType {
	return []ContentType{Text, Photo, Video, Audio, LinkPost, Question, Poll, Story, Reel, Testimonial, Event, Offer}
}

// Valid reports whether t is a known content type.
func (t ContentType) Valid() bool {
	for _, c := range ContentTypes() {
		if c == t {
			return true
		}
	}
	return false
}

// Post is one planned piece of content for a client, on one or more channels.
type Post struct {
	ID         int64
	ClientID   int64
	ChannelIDs []int64
	// Date is the zero Date for undated ideas and drafts.
	Date   Date
	Time   Clock
	Status Status
	Type   ContentType
	// Pillar is the content pillar or category (education, behind the scenes...).
	Pillar   string
	Text     string
	Hashtags []string
	Link     string
	Media    []string
	Notes    string
	Created  time.Time
	Updated  time.Time
}

var (
	hashtagRE     = regexp.MustCompile(`^#[\p{L}\p{N}_]+$`)
	hashtagInText = regexp.MustCompile(`#[\p{L}\p{N}_]+`)
)

// ParseHashtags splits s on spaces and commas and adds a missing '#'.
func ParseHashtags(s string) []string {
	var tags []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '\n' || r == '\t' }) {
		if !strings.HasPrefix(f, "#") {
			f = "#" + f
		}
		tags = append(tags, f)
	}
	return tags
}

// Normalize trims text fields, drops empty media paths and repeated hashtags.
func (p *Post) Normalize() {
	p.Pillar = strings.TrimSpace(p.Pillar)
	p.Text = strings.TrimSpace(p.Text)
	p.Link = strings.TrimSpace(p.Link)
	p.Notes = strings.TrimSpace(p.Notes)
	if p.Date.IsZero() {
		p.Time = NoClock
	}
	p.Hashtags = uniqueTags(p.Hashtags)
	media := p.Media[:0:0]
	for _, m := range p.Media {
		if m = strings.TrimSpace(m); m != "" {
			media = append(media, m)
		}
	}
	p.Media = media
}

// badHashtag returns the first tag that is not # followed by letters,
// digits or _.
func badHashtag(tags []string) (string, bool) {
	for _, t := range tags {
		if !hashtagRE.MatchString(t) {
			return t, true
		}
	}
	return "", false
}

// uniqueTags trims hashtags and drops empty ones and repeats (in any case).
func uniqueTags(in []string) []string {
	seen := map[string]bool{}
	tags := in[:0:0]
	for _, t := range in {
		t = strings.TrimSpace(t)
		if t != "" && !seen[strings.ToLower(t)] {
			seen[strings.ToLower(t)] = true
			tags = append(tags, t)
		}
	}
	return tags
}

// FullText is what gets published: the text, then any hashtags the text does
// not already contain.
func (p Post) FullText() string {
	inText := map[string]bool{}
	for _, t := range hashtagInText.FindAllString(p.Text, -1) {
		inText[strings.ToLower(t)] = true
	}
	var extra []string
	for _, t := range p.Hashtags {
		if !inText[strings.ToLower(t)] {
			extra = append(extra, t)
		}
	}
	if len(extra) == 0 {
		return p.Text
	}
	if p.Text == "" {
		return strings.Join(extra, " ")
	}
	return p.Text + "\n\n" + strings.Join(extra, " ")
}

// Length is the published text's length in characters.
func (p Post) Length() int { return utf8.RuneCountInString(p.FullText()) }

// StrictestChannel returns the selected channel with the smallest text limit.
func StrictestChannel(selected []Channel) (Channel, bool) {
	var best Channel
	for i, ch := range selected {
		if i == 0 || ch.Limit() < best.Limit() {
			best = ch
		}
	}
	return best, len(selected) > 0
}

// Validate reports every problem with p. channels are the client's channels;
// the post's ChannelIDs must be among them. Call Normalize first.
func (p Post) Validate(channels []Channel) error {
	var pr Problems
	if p.ClientID == 0 {
		pr.add("client", "Choose the client this post is for.")
	}
	if !p.Status.Valid() {
		pr.add("status", "\"{{.Status}}\" is not a status; use idea, draft, scheduled or published.", "Status", string(p.Status))
	}
	if !p.Type.Valid() {
		pr.add("type", "\"{{.Type}}\" is not a content type.", "Type", string(p.Type))
	}
	byID := map[int64]Channel{}
	for _, ch := range channels {
		byID[ch.ID] = ch
	}
	var selected []Channel
	for _, id := range p.ChannelIDs {
		ch, ok := byID[id]
		if !ok || ch.ClientID != p.ClientID {
			pr.add("channels", "One of the chosen channels does not belong to this client.")
			break
		}
		selected = append(selected, ch)
	}
	if p.Time != NoClock && !p.Time.Valid() {
		pr.add("time", "The time must be between 00:00 and 23:59.")
	}
	if p.Date.IsZero() && p.Time.Valid() {
		pr.add("time", "A post with a time needs a date too.")
	}
	committed := p.Status == Scheduled || p.Status == Published
	switch {
	case committed && p.Date.IsZero() && p.Status == Scheduled:
		pr.add("date", "A scheduled post needs a date.")
	case committed && p.Date.IsZero():
		pr.add("date", "A published post needs a date.")
	}
	if p.Status == Scheduled && p.Text == "" {
		pr.add("text", "A scheduled post needs its text.")
	}
	switch {
	case committed && len(p.ChannelIDs) == 0 && p.Status == Scheduled:
		pr.add("channels", "Choose at least one channel for a scheduled post.")
	case committed && len(p.ChannelIDs) == 0:
		pr.add("channels", "Choose at least one channel for a published post.")
	}
	if ch, ok := StrictestChannel(selected); ok && committed && p.Length() > ch.Limit() {
		pr.add("text", "The text is {{.Length}} characters; {{.Platform}} allows {{.Limit}}. Shorten it by {{.Over}} or untick that channel.",
			"Length", p.Length(), "Platform", ch.Platform.Name(), "Limit", ch.Limit(), "Over", p.Length()-ch.Limit())
	}
	if t, bad := badHashtag(p.Hashtags); bad {
		pr.add("hashtags", "\"{{.Tag}}\" is not a hashtag: use # followed by letters, digits or _.", "Tag", t)
	}
	if p.Link != "" {
		if u, err := url.Parse(p.Link); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			pr.add("link", "\"{{.Link}}\" is not a web address: it should start with https://", "Link", p.Link)
		}
	}
	if len([]rune(p.Pillar)) > 60 {
		pr.add("pillar", "Keep the pillar to 60 characters or fewer.")
	}
	return pr.err()
}

// Summary is the first words of the post, for chips and lists.
func (p Post) Summary(maxRunes int) string {
	s := strings.Join(strings.Fields(p.Text), " ")
	if s == "" {
		s = strings.Join(p.Hashtags, " ")
	}
	if maxRunes < 1 {
		return ""
	}
	if r := []rune(s); len(r) > maxRunes {
		return strings.TrimSpace(string(r[:maxRunes-1])) + "…"
	}
	return s
}

// NewIdea is a blank, undated idea for a client.
func NewIdea(clientID int64) Post {
	return Post{ClientID: clientID, Status: Idea, Type: Text, Time: NoClock}
}

package contest

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"kairos/model"
)

var (
	fb   = []model.Platform{model.Facebook}
	ig   = []model.Platform{model.Instagram}
	both = []model.Platform{model.Facebook, model.Instagram}
	vk   = []model.Platform{model.VK}
)

// rulesOf lists the Rule names of the warnings, in order, and checks
// each message is a sentence.
func rulesOf(t *testing.T, ws []Warning) []string {
	t.Helper()
	var rules []string
	for _, w := range ws {
		rules = append(rules, w.Rule)
		if m := w.Message.String(); !strings.HasSuffix(m, ".") && !strings.HasSuffix(m, ".\"") {
			t.Errorf("%s: message %q is not a sentence", w.Rule, m)
		}
	}
	return rules
}

// linked is a post carrying the base contest's rules link.
func linked(text string, tags ...string) model.Post {
	return model.Post{Text: text, Hashtags: tags, Link: "https://olive.example/rules"}
}

func TestCheckPostPhrasings(t *testing.T) {
	tests := []struct {
		text      string
		platforms []model.Platform
		want      []string
	}{
		// Sharing on Facebook.
		{"Share this post on your timeline to enter!", fb, []string{"facebook.share-timeline"}},
		{"Share on a friend's timeline for an extra entry.", fb, []string{"facebook.share-timeline"}},
		{"Share it on your friend’s wall to win", fb, []string{"facebook.share-timeline"}},
		{"Post it on your timeline and you are in", fb, []string{"facebook.share-timeline"}},
		{"Share to enter!", fb, []string{"facebook.share-timeline"}},
		{"SHARE THIS POST TO WIN a hamper", fb, []string{"facebook.share-timeline"}},
		{"Like, share and comment to enter.", fb, []string{"facebook.share-timeline"}},
		{"Like & share to win!", fb, []string{"facebook.share-timeline"}},
		{"Reshare this\nto be entered", fb, []string{"facebook.share-timeline"}},
		{"Share it with 3 friends to enter", fb, []string{"facebook.share-timeline"}},
		{"Shares earn you bonus entries: share for an extra chance", fb, []string{"facebook.share-timeline"}},
		{"Κάντε share για να συμμετάσχετε!", fb, []string{"facebook.share-timeline"}},
		{"Κοινοποιήστε την ανάρτηση για να συμμετάσχετε", fb, []string{"facebook.share-timeline"}},
		{"Κάντε share στο χρονολόγιό σας", fb, []string{"facebook.share-timeline"}},
		{"Сделайте репост этой записи, чтобы участвовать", fb, []string{"facebook.share-timeline"}},
		{"Поделитесь этим постом на своей странице!", fb, []string{"facebook.share-timeline"}},
		{"Share on Facebook to enter", fb, []string{"facebook.share-timeline"}},
		{"Share this on your page to enter", fb, []string{"facebook.share-timeline"}},
		{"share to your story to enter", fb, []string{"facebook.share-timeline"}},
		{"Share it to your stories for a bonus entry!", fb, []string{"facebook.share-timeline"}},
		{"Share your favourite recipe", fb, nil},
		{"share your thoughts below", fb, nil},
		{"Share your story with us in the comments to enter", fb, nil},
		{"Share this post to enter", ig, nil},
		{"Share on Facebook to enter", ig, nil},
		{"Share your favourite recipe in the comments to enter!", fb, nil},
		{"Share your photo below for a chance to win.", fb, nil},
		{"Share your thoughts below.", fb, nil},
		{"We love to share our timeline of events. Comment to enter.", fb, nil},
		{"Comment to enter. And share the love!", fb, nil},
		{"Shared workspace giveaway: comment below to enter", fb, nil},
		{"Поделитесь своим рецептом в комментариях, чтобы участвовать", fb, nil},
		{"Μοιραστείτε τη συνταγή σας στα σχόλια για να συμμετάσχετε", fb, nil},
		// Tagging friends on Facebook.
		{"Tag a friend to enter!", fb, []string{"facebook.tag-friends"}},
		{"Tag 3 friends below", fb, []string{"facebook.tag-friends"}},
		{"To enter: tag two friends in the comments.", fb, []string{"facebook.tag-friends"}},
		{"Tag your bestie who needs this", fb, []string{"facebook.tag-friends"}},
		{"Tag friends to win", fb, []string{"facebook.tag-friends"}},
		{"Tag someone who loves olives", fb, []string{"facebook.tag-friends"}},
		{"Mention a friend in the comments to win", fb, []string{"facebook.tag-friends"}},
		{"Отметьте друга в комментариях", fb, []string{"facebook.tag-friends"}},
		{"Κάνε tag 2 φίλους σου στα σχόλια", fb, []string{"facebook.tag-friends"}},
		{"Tag a friend to enter!", ig, nil},
		{"Tag us in your photos!", fb, nil},
		{"Use the tag #olivesummer when you post.", fb, nil},
		{"Price tag: €20. Comment to enter.", fb, nil},
		{"Tag @olive.travel in your story.", fb, nil},
		{"Tag!", fb, nil},
		{"Tagged as the best bakery in town", fb, nil},
		// Tagging people in content they are not in.
		{"Tag yourself in this photo!", ig, []string{"instagram.inaccurate-tag"}},
		{"Tag yourself to enter", ig, []string{"instagram.inaccurate-tag"}},
		{"Tag your friends in this picture", ig, []string{"instagram.inaccurate-tag"}},
		{"tag a friend on the post", ig, []string{"instagram.inaccurate-tag"}},
		{"Отметь себя на этом фото", ig, []string{"instagram.inaccurate-tag"}},
		{"Κάνε tag τον εαυτό σου στη φωτογραφία", ig, []string{"instagram.inaccurate-tag"}},
		{"Tag yourself in this photo!", fb, []string{"facebook.inaccurate-tag"}},
		{"Tag your friends in this picture", both, []string{"facebook.tag-friends", "facebook.inaccurate-tag", "instagram.inaccurate-tag"}},
		{"Tag a friend in the comments to enter", ig, nil},
		{"Tag us in your photo", ig, nil},
		{"Tag yourself in this photo!", vk, nil},
		{"Tag yourself in this photo!", nil, nil},
	}
	c := baseContest()
	for _, tc := range tests {
		got := rulesOf(t, CheckPost(c, linked(tc.text), tc.platforms))
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q on %v: %v, want %v", tc.text, tc.platforms, got, tc.want)
		}
	}
}

func TestCheckPostMessages(t *testing.T) {
	c := baseContest()
	w := CheckPost(c, linked("Share on your timeline to enter"), fb)
	if len(w) != 1 || w[0].Message.String() != "Facebook does not allow asking people to share the post, or to share on their own or a friend's timeline, to enter. Ask them to comment on or like the post instead." {
		t.Errorf("share warning: %+v", w)
	}
	w = CheckPost(c, linked("Tag a friend to enter"), fb)
	if len(w) != 1 || w[0].Message.String() != "Facebook does not allow asking people to tag friends to enter. Ask them to comment on or like the post instead." {
		t.Errorf("tag warning: %+v", w)
	}
}

func TestCheckPostRulesLink(t *testing.T) {
	tests := []struct {
		name   string
		rules  string
		p      model.Post
		want   []string
		substr string
	}{
		{"post links the rules", "https://olive.example/rules", model.Post{Link: "https://olive.example/rules"}, nil, ""},
		{"text quotes the rules", "https://olive.example/rules", model.Post{Text: "Rules: olive.example/rules"}, nil, ""},
		{"scheme, www and slash ignored", "https://olive.example/rules/", model.Post{Link: "http://www.Olive.example/rules"}, nil, ""},
		{"another link", "https://olive.example/rules", model.Post{Text: "See you", Link: "https://olive.example/shop"}, []string{"rules-link"},
			"This post does not link to the official rules. Add the rules' link (https://olive.example/rules) to the post."},
		{"no link at all", "https://olive.example/rules", model.Post{Text: "Comment to enter"}, []string{"rules-link"}, "official rules"},
		{"quoted with a full stop after", "https://olive.example/rules", model.Post{Text: "Rules: https://olive.example/rules."}, nil, ""},
		{"quoted in brackets", "https://olive.example/rules", model.Post{Text: "Comment to enter (rules: https://olive.example/rules)"}, nil, ""},
		{"quoted with a query", "https://olive.example/rules", model.Post{Text: "https://olive.example/rules?ref=fb"}, nil, ""},
		{"quoted with a fragment", "https://olive.example/rules", model.Post{Text: "https://www.olive.example/rules#prizes"}, nil, ""},
		{"quoted at the end of a line", "https://olive.example/rules", model.Post{Text: "Rules: olive.example/rules\nGood luck"}, nil, ""},
		{"a longer path is another link", "https://olive.example/rules", model.Post{Text: "Rules: https://olive.example/rules-2023"}, []string{"rules-link"}, "official rules"},
		{"another page with the same start", "https://olive.example/rules", model.Post{Text: "Rules: https://olive.example/rules.html"}, []string{"rules-link"}, "official rules"},
		{"another host ending the same", "https://olive.example/rules", model.Post{Text: "Rules: https://myolive.example/rules"}, []string{"rules-link"}, "official rules"},
		{"a longer link quoted before the right one", "https://olive.example/rules", model.Post{Text: "Old: olive.example/rules-2023, new: olive.example/rules"}, nil, ""},
		{"contest without rules link", "", model.Post{Text: "Comment to enter", Link: "https://olive.example"}, []string{"rules-link"},
			"Add the official rules' link to the contest, then to every post."},
	}
	for _, tc := range tests {
		c := baseContest()
		c.RulesLink = tc.rules
		w := CheckPost(c, tc.p, fb)
		if got := rulesOf(t, w); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
			continue
		}
		if tc.substr != "" && !strings.Contains(w[0].Message.String(), tc.substr) {
			t.Errorf("%s: message %q lacks %q", tc.name, w[0].Message.String(), tc.substr)
		}
	}
}

func TestCheckPostUSHashtags(t *testing.T) {
	giveaway := "#giveaway alone may not tell US audiences that this is a promotion. Add #contest or #sweepstakes."
	missing := "Posts for US entrants must make clear this is a promotion. Add #contest or #sweepstakes."
	tests := []struct {
		name    string
		regions []string
		p       model.Post
		want    []string
		msg     string
	}{
		{"#contest in text", []string{"US"}, linked("Win! #contest"), nil, ""},
		{"#Sweepstakes in hashtags", []string{"US"}, linked("Win!", "#Sweepstakes"), nil, ""},
		{"#contest then punctuation", []string{"US"}, linked("Win (#contest)."), nil, ""},
		{"#giveaway only", []string{"US"}, linked("Win!", "#giveaway"), []string{"us.hashtag"}, giveaway},
		{"nothing", []string{"US", "CA"}, linked("Win!"), []string{"us.hashtag"}, missing},
		{"#contestwinner is not #contest", []string{"US"}, linked("Win! #contestwinner"), []string{"us.hashtag"}, missing},
		{"#sweeps only", []string{"US"}, linked("Win! #sweeps"), []string{"us.hashtag", "us.sweeps"}, missing},
		{"#sweeps beside #sweepstakes", []string{"US"}, linked("Win! #sweepstakes #sweeps"), []string{"us.sweeps"},
			"#sweeps may not be understood as a promotion. Write #sweepstakes instead."},
		{"not open to the US", []string{"GR", "EU"}, linked("Win! #sweeps"), nil, ""},
	}
	for _, tc := range tests {
		c := baseContest()
		c.Regions = tc.regions
		w := CheckPost(c, tc.p, fb)
		if got := rulesOf(t, w); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
			continue
		}
		if tc.msg != "" && w[0].Message.String() != tc.msg {
			t.Errorf("%s: message %q", tc.name, w[0].Message.String())
		}
	}
}

func TestCheckPostPaidEntry(t *testing.T) {
	tests := []struct {
		text string
		kind Kind
		want bool
	}{
		{"Buy any coffee to enter!", Chance, true},
		{"Order now for a chance to win a hamper", Chance, true},
		{"Spend €20 to enter the draw", Chance, true},
		{"Pay £1 to enter", InstantWin, true},
		{"With every purchase you get an entry", Chance, true},
		{"Each order counts as an entry", Chance, true},
		{"Purchase required.", Chance, true},
		{"Proof of purchase needed at the shop", Chance, true},
		{"Купите любой товар, чтобы участвовать", Chance, true},
		{"При покупке от 1000 рублей вы участвуете в розыгрыше", Chance, true},
		{"Με κάθε αγορά μπαίνετε στην κλήρωση", Chance, true},
		{"Buy any coffee to enter!", Skill, false},
		{"No purchase necessary. Comment to enter.", Chance, false},
		{"NO PURCHASE OR PAYMENT NECESSARY to enter", Chance, false},
		{"No purchase is required to enter or win.", Chance, false},
		{"A purchase will not improve your chances of winning.", Chance, false},
		{"In order to enter, comment below.", Chance, false},
		{"You don't need to buy anything to enter", Chance, false},
		{"Buy one, get one free! Comment to enter.", Chance, false},
		{"We pay the shipping to winners.", Chance, false},
		{"Без покупки. Оставьте комментарий, чтобы участвовать", Chance, false},
		{"Χωρίς αγορά: σχολιάστε για να συμμετάσχετε", Chance, false},
		{"NO PURCHASE OR PAYMENT OF ANY KIND IS NECESSARY TO ENTER OR WIN.", Chance, false},
		{"You don't have to buy anything to enter.", Chance, false},
		{"Purchase not necessary to enter.", Chance, false},
		{"No purchase required.", Chance, false},
	}
	for _, tc := range tests {
		c := baseContest()
		c.Kind = tc.kind
		got := rulesOf(t, CheckPost(c, linked(tc.text), vk))
		if has := reflect.DeepEqual(got, []string{"chance.paid-entry"}); has != tc.want || (!tc.want && len(got) > 0) {
			t.Errorf("%q (%s): %v, want paid-entry %v", tc.text, tc.kind, got, tc.want)
		}
	}
}

func TestCheckKeyPostNoPurchase(t *testing.T) {
	msg := "A US prize draw's announcement must say \"No purchase necessary.\" Add it to the post."
	tests := []struct {
		name string
		kind Kind
		key  KeyKind
		text string
		want bool
	}{
		{"announcement without it", Chance, Announcement, "Win! Comment to enter.", true},
		{"instant win without it", InstantWin, Announcement, "Win! Comment to enter.", true},
		{"announcement with it", Chance, Announcement, "Win! NO PURCHASE NECESSARY.", false},
		{"with 'is required'", Chance, Announcement, "Win! No purchase is required.", false},
		{"no purchase or payment of any kind", Chance, Announcement, "NO PURCHASE OR PAYMENT OF ANY KIND IS NECESSARY TO ENTER OR WIN.", false},
		{"don't have to buy anything", Chance, Announcement, "You don't have to buy anything to enter.", false},
		{"purchase not necessary", Chance, Announcement, "Purchase not necessary to enter.", false},
		{"no purchase required", Chance, Announcement, "No purchase required.", false},
		{"buying is merely mentioned", Chance, Announcement, "Win! Buy our oil in the shop.", true},
		{"reminder without it", Chance, Reminder, "Win! Comment to enter.", false},
		{"skill contest", Skill, Announcement, "Win! Comment to enter.", false},
	}
	for _, tc := range tests {
		c := baseContest()
		c.Kind, c.Regions = tc.kind, []string{"US"}
		w := CheckKeyPost(c, linked(tc.text, "#contest"), fb, tc.key)
		got := rulesOf(t, w)
		if tc.want && (!reflect.DeepEqual(got, []string{"us.no-purchase"}) || w[0].Message.String() != msg) {
			t.Errorf("%s: %+v, want us.no-purchase", tc.name, w)
		}
		if !tc.want && len(got) != 0 {
			t.Errorf("%s: %v, want none", tc.name, got)
		}
	}
}

func TestCheckKeyPostClosingDate(t *testing.T) {
	london, _ := time.LoadLocation("Europe/London")
	uk, wrong := []string{"uk.key-conditions"}, []string{"closing-date", "uk.key-conditions"}
	tests := []struct {
		text string
		key  KeyKind
		want []string
	}{
		{"Comment to enter!", Announcement, uk},
		{"Comment to enter! Winner drawn 8 July.", Announcement, uk},
		{"Comment to enter by 18 June.", Announcement, wrong},
		{"Closes 9 June. Comment to enter!", Announcement, wrong},
		{"Comment to enter! Ends soon!", Announcement, uk},
		{"Comment to enter by 8 June.", Announcement, nil},
		{"Comment to enter by 8th of June", Announcement, nil},
		{"Comment to enter by June 8th", Announcement, nil},
		{"Comment to enter by Jun. 8", Announcement, nil},
		{"Comment to enter by 08/06", Announcement, nil},
		{"Comment to enter by 8.6.2027", Announcement, nil},
		{"Comment to enter by 6/8", Announcement, nil},
		{"Comment to enter by 2027-06-08", Announcement, nil},
		{"Closes 8 June 2027 at 23:59 BST.", Announcement, nil},
		{"Closes Tuesday night.", Announcement, uk},
		{"Open until the weekend.", Announcement, uk},
		{"Entries close at midnight.", Announcement, uk},
		{"Комментируйте до 8 июня", Announcement, nil},
		{"Σχολιάστε έως 8 Ιουνίου", Announcement, nil},
		{"Comment to enter!", Reminder, nil},
		{"Comment to enter! Closes 18 June.", Reminder, []string{"closing-date"}},
		{"Comment to enter!", Winners, nil},
		{"It closed on 18 June.", Winners, nil},
	}
	for _, tc := range tests {
		c := baseContest()
		c.Zone, c.Regions = "Europe/London", []string{"GB"}
		c.End = time.Date(2027, 6, 8, 23, 59, 0, 0, london)
		w := CheckKeyPost(c, linked(tc.text), fb, tc.key)
		got := rulesOf(t, w)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q (%s): %v, want %v", tc.text, tc.key, got, tc.want)
			continue
		}
		if len(got) > 0 && got[len(got)-1] == "uk.key-conditions" && !strings.Contains(w[len(w)-1].Message.String(), "\"Closes 8 June 2027 at 23:59 BST.\"") {
			t.Errorf("%q: message %q", tc.text, w[len(w)-1].Message.String())
		}
	}
	// Outside the UK the first post need not give the date.
	c := baseContest()
	if got := rulesOf(t, CheckKeyPost(c, linked("Comment to enter!"), fb, Announcement)); len(got) != 0 {
		t.Errorf("Greek contest: %v", got)
	}
}

package ui

import (
	"fyne.io/fyne/v2/lang"

	"kairos/model"
	"kairos/model/consent"
	"kairos/model/contest"
)

// The model names its values in English words that are also stored in the
// database ("draft", "photo"). These name them for people, in the
// interface's language; lists that offer them map the name back.

// statusName names a post status: "draft", "πρόχειρο", "черновик".
func statusName(s model.Status) string {
	switch s {
	case model.Idea:
		return lang.L("idea")
	case model.Draft:
		return lang.L("draft")
	case model.Scheduled:
		return lang.L("scheduled")
	case model.Published:
		return lang.L("published")
	}
	return string(s)
}

// statusOf reads a status back from its name ("" when none matches).
func statusOf(name string) model.Status {
	for _, s := range model.Statuses() {
		if statusName(s) == name {
			return s
		}
	}
	return model.Status(name)
}

// typeName names a content type: "photo", "φωτογραφία", "фото".
func typeName(t model.ContentType) string {
	switch t {
	case model.Text:
		return lang.L("text")
	case model.Photo:
		return lang.L("photo")
	case model.Video:
		return lang.L("video")
	case model.Audio:
		return lang.L("audio")
	case model.LinkPost:
		return lang.L("link")
	case model.Question:
		return lang.L("question")
	case model.Poll:
		return lang.L("poll")
	case model.Story:
		return lang.L("story")
	case model.Reel:
		return lang.L("reel")
	case model.Testimonial:
		return lang.L("testimonial")
	case model.Event:
		return lang.L("event")
	case model.Offer:
		return lang.L("offer")
	}
	return string(t)
}

// typeOf reads a content type back from its name.
func typeOf(name string) model.ContentType {
	for _, t := range model.ContentTypes() {
		if typeName(t) == name {
			return t
		}
	}
	return model.ContentType(name)
}

// contestKindName names a kind of contest.
func contestKindName(k contest.Kind) string { return tr(k.Label()) }

// keyKindName names a contest's key moment: "Announcement".
func keyKindName(k contest.KeyKind) string { return tr(k.Label()) }

// planKeyPost is the button that plans a missing key-date post.
func planKeyPost(k contest.KeyKind) string {
	switch k {
	case contest.Announcement:
		return lang.L("Plan announcement post")
	case contest.Reminder:
		return lang.L("Plan reminder post")
	case contest.LastCall:
		return lang.L("Plan last call post")
	case contest.Winners:
		return lang.L("Plan winner announcement post")
	}
	return keyKindName(k)
}

// purposeName names where a testimonial may be used, inside a sentence.
func purposeName(p consent.Purpose) string {
	switch p {
	case consent.Organic:
		return lang.L("organic posts")
	case consent.PaidAds:
		return lang.L("paid ads")
	case consent.Website:
		return lang.L("the website")
	case consent.Email:
		return lang.L("email")
	case consent.Print:
		return lang.L("print")
	}
	return p.Label()
}

// starterText is a post starter's title and prompt in the interface's
// language; a starter without a translation keeps the model's words.
func starterText(st model.Starter) (title, prompt string) {
	switch st.Key {
	case "question":
		return lang.L("Ask your followers a question"), lang.L("Ask one easy question your followers can answer in a word: their favourite product, season or place. Reply to the first answers so the conversation keeps going.")
	case "poll":
		return lang.L("Run a poll"), lang.L("Offer two to four choices, such as which new flavour or colour to try next. Say when the poll closes and share the result afterwards.")
	case "useful-link":
		return lang.L("Share a useful link"), lang.L("Share an article, guide or video from someone else that your followers will find useful, and add one sentence on why you like it.")
	case "local-event":
		return lang.L("Promote a local event"), lang.L("Tell followers about an event nearby that you take part in or enjoy: what it is, when and where. Mention how they can join you there.")
	case "faq":
		return lang.L("Answer a frequent question"), lang.L("Pick a question customers often ask you and answer it in a few friendly sentences. End by inviting followers to ask their own.")
	case "news":
		return lang.L("Share your news"), lang.L("Announce something new: a product, opening hours, a team member or a milestone. Say what changes for your customers.")
	case "offer":
		return lang.L("Offer a discount to followers"), lang.L("Give followers a discount or small gift with a clear end date and how to claim it, for example a code to show at the till.")
	case "testimonial":
		return lang.L("Share a customer testimonial"), lang.L("Quote a happy customer in their own words, with their permission, and add a photo if you have one. Thank them by name.")
	case "behind-the-scenes":
		return lang.L("Show behind the scenes"), lang.L("Post a photo of your work in progress, your workspace or your team, and say in a sentence or two what is going on.")
	}
	return st.Title, st.Prompt
}

package model

// Starter is a ready-made post idea for users who do not know what to post:
// the prompt tells them what to write.
type Starter struct {
	Key, Title, Prompt string
	Type               ContentType
	Hashtags           []string
}

// Starters lists the post ideas offered in the ideas bank.
func Starters() []Starter {
	return []Starter{
		{"question", "Ask your followers a question", "Ask one easy question your followers can answer in a word: their favourite product, season or place. Reply to the first answers so the conversation keeps going.", Question, nil},
		{"poll", "Run a poll", "Offer two to four choices, such as which new flavour or colour to try next. Say when the poll closes and share the result afterwards.", Poll, nil},
		{"useful-link", "Share a useful link", "Share an article, guide or video from someone else that your followers will find useful, and add one sentence on why you like it.", LinkPost, nil},
		{"local-event", "Promote a local event", "Tell followers about an event nearby that you take part in or enjoy: what it is, when and where. Mention how they can join you there.", Event, []string{"#LocalEvents"}},
		{"faq", "Answer a frequent question", "Pick a question customers often ask you and answer it in a few friendly sentences. End by inviting followers to ask their own.", Text, []string{"#FAQ"}},
		{"news", "Share your news", "Announce something new: a product, opening hours, a team member or a milestone. Say what changes for your customers.", Text, []string{"#News"}},
		{"offer", "Offer a discount to followers", "Give followers a discount or small gift with a clear end date and how to claim it, for example a code to show at the till.", Offer, nil},
		{"testimonial", "Share a customer testimonial", "Quote a happy customer in their own words, with their permission, and add a photo if you have one. Thank them by name.", Testimonial, []string{"#HappyCustomers"}},
		{"behind-the-scenes", "Show behind the scenes", "Post a photo of your work in progress, your workspace or your team, and say in a sentence or two what is going on.", Photo, []string{"#BehindTheScenes"}},
	}
}

// NewIdea starts an undated idea for client from s, with the prompt in the
// notes so the user sees what to write.
func (s Starter) NewIdea(clientID int64) Post {
	return Post{
		ClientID: clientID,
		Status:   Idea,
		Type:     s.Type,
		Notes:    s.Prompt,
		Hashtags: cloneSlice(s.Hashtags),
		Time:     NoClock,
	}
}

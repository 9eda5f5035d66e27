package consent

import (
	"kairos/model"
	"kairos/model/msg"
)

// PostLink records that a post quotes a testimonial, and how: for which
// purpose, which identity elements it shows, and the quoted words. The
// post's own date, channels and text complete the Use the rule checks.
// TestimonialID 0 means the testimonial was erased after the post used it.
type PostLink struct {
	PostID, TestimonialID int64
	Purpose               Purpose
	Name                  NameUse
	Photo                 bool
	VideoVoice            bool
	TitleCompany          bool
	LinkProfile           bool
	Quote                 string
}

// UseFor is the Use a post makes of its testimonial on the given platforms.
func (l PostLink) UseFor(p model.Post, platforms []model.Platform) Use {
	return Use{Platforms: platforms, Purpose: l.Purpose, Date: p.Date, Name: l.Name, Photo: l.Photo,
		VideoVoice: l.VideoVoice, TitleCompany: l.TitleCompany, LinkProfile: l.LinkProfile,
		Quote: l.Quote, PostText: p.FullText()}
}

// MayPublish allows the use when any of the testimonial's consent records
// covers it. Otherwise it refuses with the reasons of the newest record
// (the one the person gave last), or says no permission was recorded.
func MayPublish(t Testimonial, consents []Consent, u Use) error {
	if len(consents) == 0 {
		return Refusal{msg.New("No permission is recorded for this testimonial: request it first.")}
	}
	var last error
	for _, c := range consents {
		if last = Check(t, c, u); last == nil {
			return nil
		}
	}
	return last
}

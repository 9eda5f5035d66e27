// Package consent decides whether a post may publish a customer's
// testimonial: only with a recorded, granted, unexpired permission that
// covers the post's platforms, purpose, date and the identity shown, and
// with the quote as the person approved it. Facts behind the rules:
// FTC 16 CFR 255 and 465, GDPR Art. 7 and 9, NY Civil Rights Law 50-51,
// UK CAP 3.45/3.48 (see shared/research/rules.md). Pure Go.
package consent

import "kairos/model"

// Status is where a permission stands.
type Status string

// The statuses of a consent record.
const (
	NotRequested Status = "not_requested"
	Requested    Status = "requested"
	Granted      Status = "granted"
	Declined     Status = "declined"
	Withdrawn    Status = "withdrawn"
	Expired      Status = "expired"
)

// NameUse is how much of the person's name may appear.
type NameUse string

// From most to least identifying.
const (
	FullName  NameUse = "full_name"
	Initials  NameUse = "initials"
	Anonymous NameUse = "anonymous"
)

// Purpose is where the testimonial is used.
type Purpose string

// The purposes a permission can cover.
const (
	Organic Purpose = "organic" // ordinary posts on the client's channels
	PaidAds Purpose = "paid_ads"
	Website Purpose = "website"
	Email   Purpose = "email"
	Print   Purpose = "print"
)

// Person is who gave the testimonial.
type Person struct {
	Name, Contact string
	Minor         bool
	Guardian      string // who consents for a minor
}

// Testimonial is what a customer said, kept verbatim.
type Testimonial struct {
	ID, ClientID int64
	Person       Person
	// Original is the verbatim text; OriginalFile a media file copied into
	// the data folder, with its SHA-256 so it can be shown to be unchanged.
	Original, OriginalFile, OriginalSHA256 string
	// Approved is an edited version the person approved ("" when none).
	Approved                         string
	EditsAllowed, TranslationAllowed bool
	Product, Photo, ProfileLink      string
	Source                           string // review site, email, DM...
	// Incentive given for the testimonial, and the disclosure a post must
	// carry because of it (FTC: material connection).
	Incentive, Disclosure string
	Insider               bool // employee, relative, business partner
	SpecialCategory       bool // health and other GDPR Art. 9 data
	ResultsClaim          bool // states results others may not get
}

// Permissions are the identity elements a person allowed.
type Permissions struct {
	Name         NameUse
	Photo        bool
	VideoVoice   bool
	TitleCompany bool
	LinkProfile  bool // link or tag their profile
}

// Consent is one permission record for a testimonial.
type Consent struct {
	ID, TestimonialID int64
	Status            Status
	Permissions       Permissions
	Platforms         []model.Platform
	Purposes          []Purpose
	Granted           model.Date
	// How it was obtained and the evidence: a note, a file copied into the
	// data folder with its SHA-256, and the wording shown to the person.
	Method, EvidenceNote, EvidenceFile, EvidenceSHA256, Wording string
	// Expires is the expiry or review-by date (zero: none).
	Expires           model.Date
	WithdrawnOn       model.Date
	WithdrawalChannel string
}

// Use is how one post uses a testimonial.
type Use struct {
	Platforms    []model.Platform
	Purpose      Purpose
	Date         model.Date
	Name         NameUse
	Photo        bool
	VideoVoice   bool
	TitleCompany bool
	LinkProfile  bool
	// Quote is the testimonial text as the post quotes it; PostText the
	// whole post, which must carry the incentive disclosure when needed.
	Quote, PostText string
}

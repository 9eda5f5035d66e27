package storage

import (
	"errors"
	"strings"
	"testing"

	"kairos/model"
	"kairos/model/consent"
)

// quotingPost is a post of the client on Instagram quoting tm on day.
func quotingPost(t *testing.T, s *Store, clientID int64, status model.Status, day model.Date) (model.Post, *consent.PostLink) {
	t.Helper()
	ig := mustChannel(t, s, clientID, model.Instagram, "@olive"+string(status)+day.String())
	p := model.Post{ClientID: clientID, ChannelIDs: []int64{ig.ID}, Date: day, Time: model.At(10, 0),
		Status: status, Type: model.Testimonial, Text: "“The boat trip was the best day of our holiday.” Maria K."}
	return p, &consent.PostLink{Purpose: consent.Organic, Name: consent.FullName,
		Quote: "The boat trip was the best day of our holiday."}
}

func TestSchedulingAQuotedPostNeedsConsent(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Olive & Sea")
	tm := mustTestimonial(t, s, c.ID)
	p, link := quotingPost(t, s, c.ID, model.Scheduled, model.NewDate(2027, 3, 1))
	link.TestimonialID = tm.ID

	var refusal consent.Refusal
	if err := s.SavePostWithTestimonial(&p, link); !errors.As(err, &refusal) || !strings.Contains(err.Error(), "No permission") {
		t.Fatalf("scheduling without consent: %v", err)
	}
	if n, _ := s.PostCount(c.ID); n != 0 {
		t.Fatalf("the refused post was stored (%d posts)", n)
	}
	draft := p
	draft.ID, draft.Status = 0, model.Draft
	if err := s.SavePostWithTestimonial(&draft, link); err != nil {
		t.Fatalf("a draft may quote before consent: %v", err)
	}
	cs := grantedConsent(tm.ID) // Instagram and Facebook, organic, until 2027-11-01
	if err := s.SaveConsent(&cs); err != nil {
		t.Fatal(err)
	}
	draft.Status = model.Scheduled
	if err := s.SavePostWithTestimonial(&draft, link); err != nil {
		t.Fatalf("a covered post was refused: %v", err)
	}
	if got, ok, _ := s.PostTestimonial(draft.ID); !ok || got.TestimonialID != tm.ID || got.Quote != link.Quote {
		t.Errorf("stored link: %+v", got)
	}

	// Moving it past the expiry, or editing the quote, is refused with the reason.
	if _, _, err := s.MovePost(draft.ID, model.NewDate(2027, 12, 1), model.At(10, 0)); err == nil || !strings.Contains(err.Error(), "expire") {
		t.Errorf("move past expiry: %v", err)
	}
	if got, _ := s.Post(draft.ID); got.Date != model.NewDate(2027, 3, 1) {
		t.Errorf("the refused move changed the date to %s", got.Date)
	}
	edited := *link
	edited.Quote = "The boat trip was the best day of our whole life."
	if err := s.SavePostWithTestimonial(&draft, &edited); err == nil {
		t.Error("an altered quote was accepted")
	}
	// A copy keeps the link and the rule.
	if _, err := s.DuplicatePost(draft.ID, model.NewDate(2027, 12, 2)); err == nil {
		t.Error("a copy after the expiry was scheduled")
	}
	copyOK, err := s.DuplicatePost(draft.ID, model.NewDate(2027, 4, 2))
	if err != nil {
		t.Fatal(err)
	}
	if l, ok, _ := s.PostTestimonial(copyOK.ID); !ok || l.TestimonialID != tm.ID {
		t.Errorf("the copy lost its testimonial: %+v", l)
	}
}

func TestErasingATestimonialFlagsItsPosts(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Olive & Sea")
	tm := mustTestimonial(t, s, c.ID)
	cs := grantedConsent(tm.ID)
	s.SaveConsent(&cs)
	p, link := quotingPost(t, s, c.ID, model.Scheduled, model.NewDate(2027, 3, 1))
	link.TestimonialID = tm.ID
	if err := s.SavePostWithTestimonial(&p, link); err != nil {
		t.Fatal(err)
	}
	if _, err := s.EraseTestimonial(tm.ID); err != nil {
		t.Fatal(err)
	}
	got, err := s.Post(p.ID)
	if err != nil || got.Text != p.Text || got.Status != model.Scheduled {
		t.Fatalf("the post was changed by the erasure: %+v, %v", got, err)
	}
	if l, ok, _ := s.PostTestimonial(p.ID); !ok || l.TestimonialID != 0 {
		t.Errorf("the post is not flagged as quoting an erased testimonial: %+v %v", l, ok)
	}
	got.Time = model.At(11, 0)
	if err := s.UpdatePost(&got); err == nil || !strings.Contains(err.Error(), "erased") {
		t.Errorf("saving it as scheduled: %v", err)
	}
}

func TestPostsUsingTestimonial(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Olive & Sea")
	tm := mustTestimonial(t, s, c.ID)
	p, link := quotingPost(t, s, c.ID, model.Draft, model.NewDate(2027, 3, 1))
	link.TestimonialID = tm.ID
	if err := s.SavePostWithTestimonial(&p, link); err != nil {
		t.Fatal(err)
	}
	other := model.Post{ClientID: c.ID, Status: model.Idea, Type: model.Text, Text: "unrelated"}
	s.CreatePost(&other)
	posts, err := s.PostsUsingTestimonial(tm.ID)
	if err != nil || len(posts) != 1 || posts[0].ID != p.ID {
		t.Errorf("posts using it: %+v, %v", posts, err)
	}
}

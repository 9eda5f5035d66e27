package storage

import (
	"strings"
	"testing"

	"kairos/model"
	"kairos/model/consent"
)

func TestWithdrawalFlagsFuturePostsAndPublishedOnesForTakedown(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Olive & Sea")
	tm := mustTestimonial(t, s, c.ID)
	cs := grantedConsent(tm.ID)
	s.SaveConsent(&cs)
	future, link := quotingPost(t, s, c.ID, model.Scheduled, model.NewDate(2027, 3, 1))
	link.TestimonialID = tm.ID
	if err := s.SavePostWithTestimonial(&future, link); err != nil {
		t.Fatal(err)
	}
	past := future
	past.ID, past.Date, past.Status = 0, model.NewDate(2026, 12, 1), model.Published
	if err := s.SavePostWithTestimonial(&past, link); err != nil {
		t.Fatal(err)
	}
	today := model.NewDate(2027, 1, 10)
	from, to := model.NewDate(2026, 11, 1), model.NewDate(2027, 12, 31)
	if flags, _ := s.TestimonialFlags(c.ID, from, to, today); len(flags) != 0 {
		t.Fatalf("flags while the consent stands: %v", flags)
	}
	cs.Status, cs.WithdrawnOn, cs.WithdrawalChannel = consent.Withdrawn, today, "email"
	if err := s.SaveConsent(&cs); err != nil {
		t.Fatal(err)
	}
	flags, err := s.TestimonialFlags(c.ID, from, to, today)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(flags[future.ID].String(), "withdrawn") || !strings.HasPrefix(flags[past.ID].String(), "Take this post down") {
		t.Errorf("flags after withdrawal: %v", flags)
	}
}

func TestNeedsAttentionAndTakedownTicks(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Olive & Sea")
	tm := mustTestimonial(t, s, c.ID)
	cs := grantedConsent(tm.ID)
	s.SaveConsent(&cs)
	future, link := quotingPost(t, s, c.ID, model.Scheduled, model.NewDate(2027, 3, 1))
	link.TestimonialID = tm.ID
	s.SavePostWithTestimonial(&future, link)
	past := future
	past.ID, past.Date, past.Status = 0, model.NewDate(2026, 12, 1), model.Published
	s.SavePostWithTestimonial(&past, link)
	today := model.NewDate(2027, 1, 10)
	if list, _ := s.NeedsAttention(c.ID, today); len(list) != 0 {
		t.Fatalf("attention while the consent stands: %+v", list)
	}
	cs.Status, cs.WithdrawnOn, cs.WithdrawalChannel = consent.Withdrawn, today, "email"
	s.SaveConsent(&cs)
	list, err := s.NeedsAttention(c.ID, today)
	if err != nil || len(list) != 2 || !list[0].Takedown || list[0].Post.ID != past.ID || list[1].Takedown || list[0].Done {
		t.Fatalf("attention after withdrawal: %+v, %v", list, err)
	}
	if err := s.SetTakedownDone(past.ID, true); err != nil {
		t.Fatal(err)
	}
	if list, _ := s.NeedsAttention(c.ID, today); !list[0].Done {
		t.Error("the tick was not kept")
	}
	s.SetTakedownDone(past.ID, false)
	if list, _ := s.NeedsAttention(c.ID, today); list[0].Done {
		t.Error("the tick could not be undone")
	}
}

package consent

import (
	"errors"
	"strings"
	"testing"

	"kairos/model"
)

func TestMayPublishNeedsOneCoveringConsent(t *testing.T) {
	tm := Testimonial{ID: 1, Person: Person{Name: "Maria K."}, Original: "Best day of our holiday."}
	post := model.Post{Date: model.NewDate(2027, 3, 1), Status: model.Scheduled, Text: "“Best day of our holiday.” Maria K."}
	link := PostLink{TestimonialID: 1, Purpose: Organic, Name: FullName, Quote: "Best day of our holiday."}
	u := link.UseFor(post, []model.Platform{model.Instagram})
	if u.Date != post.Date || u.PostText != post.FullText() || u.Purpose != Organic {
		t.Fatalf("UseFor = %+v", u)
	}
	var refusal Refusal
	if err := MayPublish(tm, nil, u); !errors.As(err, &refusal) || !strings.Contains(err.Error(), "No permission") {
		t.Errorf("without consents: %v", err)
	}
	old := Consent{TestimonialID: 1, Status: Withdrawn, Permissions: Permissions{Name: FullName},
		Platforms: []model.Platform{model.Instagram}, Purposes: []Purpose{Organic}, Granted: model.NewDate(2026, 1, 1),
		Method: "email", EvidenceNote: "reply", WithdrawnOn: model.NewDate(2026, 6, 1), WithdrawalChannel: "email"}
	if err := MayPublish(tm, []Consent{old}, u); err == nil {
		t.Fatal("a withdrawn consent allowed the post")
	}
	renewed := old
	renewed.Status, renewed.Granted, renewed.WithdrawnOn, renewed.WithdrawalChannel = Granted, model.NewDate(2027, 1, 10), model.Date{}, ""
	if err := MayPublish(tm, []Consent{old, renewed}, u); err != nil {
		t.Errorf("a renewed consent should allow it: %v", err)
	}
}

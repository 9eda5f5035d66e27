package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
	"kairos/model/consent"
	"kairos/storage"
)

func TestEditorRefusesToScheduleAQuoteWithoutConsent(t *testing.T) {
	k, store, c, chs := calendarWith(t)
	tm := consent.Testimonial{ClientID: c.ID, Person: consent.Person{Name: "Maria K."},
		Original: "The boat trip was the best day of our holiday."}
	if err := store.SaveTestimonial(&tm); err != nil {
		t.Fatal(err)
	}
	saved := false
	e := showPostEditor(k, model.Post{ClientID: c.ID, Date: nov27, Time: model.At(10, 0), Status: model.Draft, Type: model.Testimonial}, func() { saved = true })
	e.channelChecks.SetSelected([]string{chs[0].Label()})
	e.status.SetSelected(string(model.Scheduled))
	e.text.SetText("“The boat trip was the best day of our holiday.” Maria K.")
	e.testimonial.pick.SetSelected(testimonialLabel(tm))
	if e.testimonial.quote.Text != tm.Original {
		t.Errorf("the quote was not prefilled: %q", e.testimonial.quote.Text)
	}
	test.Tap(findButton(t, overlay(t, k), "Save"))
	if saved || !strings.Contains(e.problems.Text, "No permission is recorded") {
		t.Fatalf("saved %v; the editor says %q", saved, e.problems.Text)
	}
	if n, _ := store.PostCount(c.ID); n != 0 {
		t.Fatalf("%d posts stored", n)
	}

	granted := consent.Consent{TestimonialID: tm.ID, Status: consent.Granted,
		Permissions: consent.Permissions{Name: consent.FullName}, Platforms: []model.Platform{model.Instagram},
		Purposes: []consent.Purpose{consent.Organic}, Granted: model.NewDate(2026, 11, 1), Method: "email",
		EvidenceNote: "Her reply of 1 Nov"}
	if err := store.SaveConsent(&granted); err != nil {
		t.Fatal(err)
	}
	e.testimonial.photo.SetChecked(true) // she did not allow a photo
	test.Tap(findButton(t, overlay(t, k), "Save"))
	if saved || !strings.Contains(strings.ToLower(e.problems.Text), "photo") {
		t.Fatalf("a photo use without permission: saved %v, says %q", saved, e.problems.Text)
	}
	e.testimonial.photo.SetChecked(false)
	test.Tap(findButton(t, overlay(t, k), "Save"))
	if !saved {
		t.Fatalf("a covered post was refused: %q", e.problems.Text)
	}
	posts, _ := store.PostsBetween(c.ID, nov27, nov27)
	if len(posts) != 1 || posts[0].Status != model.Scheduled {
		t.Fatalf("stored %+v", posts)
	}
	if l, ok, _ := store.PostTestimonial(posts[0].ID); !ok || l.TestimonialID != tm.ID || l.Purpose != consent.Organic {
		t.Errorf("link %+v", l)
	}
}

func TestAnErasedTestimonialStaysFlaggedUntilTakenOut(t *testing.T) {
	k, store, c, chs := calendarWith(t)
	tm := consent.Testimonial{ClientID: c.ID, Person: consent.Person{Name: "Maria K."}, Original: "Lovely."}
	store.SaveTestimonial(&tm)
	p := model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[0].ID}, Date: nov27, Status: model.Draft, Type: model.Testimonial, Text: "“Lovely.”"}
	if err := store.SavePostWithTestimonial(&p, &consent.PostLink{TestimonialID: tm.ID, Purpose: consent.Organic, Quote: "Lovely."}); err != nil {
		t.Fatal(err)
	}
	store.EraseTestimonial(tm.ID)
	e := showPostEditor(k, p, func() {})
	if e.testimonial.pick.Selected != erasedTestimonial {
		t.Fatalf("the editor shows %q for an erased testimonial", e.testimonial.pick.Selected)
	}
	e.status.SetSelected(string(model.Scheduled))
	test.Tap(findButton(t, overlay(t, k), "Save"))
	if !strings.Contains(e.problems.Text, "erased") {
		t.Fatalf("scheduling with an erased quote: %q", e.problems.Text)
	}
	e.testimonial.pick.SetSelected(noTestimonial)
	e.text.SetText("Thank you to all our guests this season!")
	test.Tap(findButton(t, overlay(t, k), "Save"))
	if _, ok, _ := store.PostTestimonial(p.ID); ok {
		t.Error("choosing None did not take the erased testimonial out")
	}
}

func TestAWithdrawalFlagsTheScheduledPostInTheCalendar(t *testing.T) {
	k, store, c, chs := calendarWith(t)
	tm, cs := grantedTestimonial(t, store, c.ID)
	p := model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[0].ID}, Date: nov27, Time: model.At(9, 0), Status: model.Scheduled,
		Type: model.Testimonial, Text: "“Lovely trip.” Maria K."}
	if err := store.SavePostWithTestimonial(&p, &consent.PostLink{TestimonialID: tm.ID, Purpose: consent.Organic, Name: consent.FullName, Quote: "Lovely trip."}); err != nil {
		t.Fatal(err)
	}
	k.calendar.refresh()
	if chip := chipOf(t, k, p.ID); chip.flag != "" {
		t.Fatalf("flagged while the consent stands: %q", chip.flag)
	}
	cs.Status, cs.WithdrawnOn, cs.WithdrawalChannel = consent.Withdrawn, model.NewDate(2026, 11, 25), "phone"
	if err := store.SaveConsent(&cs); err != nil {
		t.Fatal(err)
	}
	k.calendar.refresh()
	chip := chipOf(t, k, p.ID)
	if !strings.Contains(chip.flag, "withdrawn") || chip.bg.StrokeWidth == 0 {
		t.Fatalf("after the withdrawal the chip shows flag %q, outline %v", chip.flag, chip.bg.StrokeWidth)
	}
	test.Tap(chip)
	if !strings.Contains(k.calendar.status.Text, "Needs attention") {
		t.Errorf("opening it says %q", k.calendar.status.Text)
	}
}

func TestNeedsAttentionListsTakedownsWithADoneBox(t *testing.T) {
	k, store, c, chs := calendarWith(t)
	tm, cs := grantedTestimonial(t, store, c.ID)
	published := model.Post{ClientID: c.ID, ChannelIDs: []int64{chs[0].ID}, Date: model.NewDate(2026, 11, 10), Status: model.Published,
		Type: model.Testimonial, Text: "“Lovely trip.” Maria K."}
	store.SavePostWithTestimonial(&published, &consent.PostLink{TestimonialID: tm.ID, Purpose: consent.Organic, Name: consent.FullName, Quote: "Lovely trip."})
	cs.Status, cs.WithdrawnOn, cs.WithdrawalChannel = consent.Withdrawn, model.NewDate(2026, 11, 20), "email"
	store.SaveConsent(&cs)

	k.show(screenTestimonials)
	s := k.screens[screenTestimonials].(*testimonialsScreen)
	var box *widget.Check
	walk(s.attention.object(), func(o fyne.CanvasObject) bool {
		if c, ok := o.(*widget.Check); ok && strings.HasPrefix(c.Text, "Taken down") {
			box = c
		}
		return true
	})
	if box == nil {
		t.Fatalf("no takedown task; the list shows %q", texts(s.attention.object()))
	}
	test.Tap(box)
	items, _ := store.NeedsAttention(c.ID, model.DateOf(testToday))
	if len(items) != 1 || !items[0].Done {
		t.Errorf("ticking the takedown was not stored: %+v", items)
	}
}

// grantedTestimonial stores Maria's "Lovely trip." with permission for
// organic Instagram posts under her full name since 1 Nov 2026.
func grantedTestimonial(t *testing.T, store *storage.Store, clientID int64) (consent.Testimonial, consent.Consent) {
	t.Helper()
	tm := consent.Testimonial{ClientID: clientID, Person: consent.Person{Name: "Maria K."}, Original: "Lovely trip."}
	if err := store.SaveTestimonial(&tm); err != nil {
		t.Fatal(err)
	}
	cs := consent.Consent{TestimonialID: tm.ID, Status: consent.Granted, Permissions: consent.Permissions{Name: consent.FullName},
		Platforms: []model.Platform{model.Instagram}, Purposes: []consent.Purpose{consent.Organic},
		Granted: model.NewDate(2026, 11, 1), Method: "email", EvidenceNote: "reply"}
	if err := store.SaveConsent(&cs); err != nil {
		t.Fatal(err)
	}
	return tm, cs
}

package ui

import (
	"bytes"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"kairos/model"
	"kairos/model/consent"
	"kairos/storage"
)

func openTestimonials(t *testing.T) (*Kairos, *storage.Store, model.Client, *testimonialsScreen) {
	t.Helper()
	k, store, c, _ := calendarWith(t)
	k.show(screenTestimonials)
	return k, store, c, k.screens[screenTestimonials].(*testimonialsScreen)
}

func addTestimonial(t *testing.T, store *storage.Store, clientID int64, name string) consent.Testimonial {
	t.Helper()
	tm := consent.Testimonial{ClientID: clientID, Person: consent.Person{Name: name}, Original: "Lovely boat trip."}
	if err := store.SaveTestimonial(&tm); err != nil {
		t.Fatal(err)
	}
	return tm
}

func grantedConsent(tid int64, granted, expires model.Date) consent.Consent {
	return consent.Consent{TestimonialID: tid, Status: consent.Granted, Permissions: consent.Permissions{Name: consent.FullName},
		Platforms: []model.Platform{model.Instagram}, Purposes: []consent.Purpose{consent.Organic},
		Granted: granted, Expires: expires, Method: "email", EvidenceNote: "reply saved"}
}

func TestAddTestimonialThroughTheDialog(t *testing.T) {
	k, store, c, s := openTestimonials(t)
	if !strings.Contains(texts(s.list), "No testimonials yet") {
		t.Fatalf("empty state missing: %q", texts(s.list))
	}
	test.Tap(s.add)
	f := s.tForm
	f.original.SetText("The best sunset cruise.")
	test.Tap(findButton(t, overlay(t, k), "Add testimonial"))
	if !strings.Contains(f.problems.Text, "Give the name") {
		t.Fatalf("an unnamed testimonial is not explained: %q", f.problems.Text)
	}
	if list, _ := store.Testimonials(c.ID); len(list) != 0 {
		t.Fatalf("stored %+v", list)
	}
	f.name.SetText("Maria K.")
	f.product.SetText("Sunset cruise")
	test.Tap(findButton(t, overlay(t, k), "Add testimonial"))
	list, _ := store.Testimonials(c.ID)
	if len(list) != 1 || list[0].Person.Name != "Maria K." || list[0].Product != "Sunset cruise" {
		t.Fatalf("stored %+v", list)
	}
	if got := texts(s.list); !strings.Contains(got, "Not requested") {
		t.Errorf("the list shows %q", got)
	}
}

func TestRecordConsentRefusesExpiryBeforeGrant(t *testing.T) {
	k, store, c, _ := openTestimonials(t)
	tm := addTestimonial(t, store, c.ID, "Maria K.")
	k.refreshShown()
	s := k.screens[screenTestimonials].(*testimonialsScreen)
	test.Tap(findButton(t, s.detail, "Record permission…"))
	f := s.cForm
	f.name.SetSelected("Full name")
	f.platforms[model.Instagram].SetChecked(true)
	f.purposes[consent.Organic].SetChecked(true)
	f.method.SetText("email")
	f.note.SetText("reply of 20 Nov saved")
	early := testToday.AddDate(0, 0, -10)
	f.expires.SetDate(&early)
	test.Tap(findButton(t, overlay(t, k), "Save permission"))
	if !strings.Contains(f.problems.Text, "The expiry date is before") {
		t.Fatalf("problem shown: %q", f.problems.Text)
	}
	if cs, _ := store.Consents(tm.ID); len(cs) != 0 {
		t.Fatalf("stored %+v", cs)
	}
	later := testToday.AddDate(1, 0, 0)
	f.expires.SetDate(&later)
	test.Tap(findButton(t, overlay(t, k), "Save permission"))
	cs, _ := store.Consents(tm.ID)
	if len(cs) != 1 || cs[0].Status != consent.Granted || cs[0].Platforms[0] != model.Instagram {
		t.Fatalf("stored %+v", cs)
	}
	if got := texts(s.list); !strings.Contains(got, "Granted until 24 Nov 2027") {
		t.Errorf("the badge reads %q", got)
	}
}

func TestWithdrawAppendsHistory(t *testing.T) {
	k, store, c, _ := openTestimonials(t)
	tm := addTestimonial(t, store, c.ID, "Maria K.")
	cn := grantedConsent(tm.ID, model.NewDate(2026, 11, 1), model.Date{})
	if err := store.SaveConsent(&cn); err != nil {
		t.Fatal(err)
	}
	k.refreshShown()
	s := k.screens[screenTestimonials].(*testimonialsScreen)
	test.Tap(findButton(t, s.detail, "Withdraw…"))
	test.Tap(findButton(t, overlay(t, k), "Withdraw"))
	if !strings.Contains(s.wForm.problems.Text, "withdrew") {
		t.Fatalf("a missing channel is not explained: %q", s.wForm.problems.Text)
	}
	s.wForm.channel.SetText("phone")
	test.Tap(findButton(t, overlay(t, k), "Withdraw"))
	h, _ := store.ConsentHistory(cn.ID)
	if len(h) != 2 || h[1].State.Status != consent.Withdrawn || h[1].State.WithdrawnOn != model.DateOf(testToday) {
		t.Fatalf("history %+v", h)
	}
	if got := texts(s.list); !strings.Contains(got, "Withdrawn") {
		t.Errorf("the badge reads %q", got)
	}
	if got := texts(s.detail); !strings.Contains(got, ":") || !strings.Contains(got, "· Withdrawn\n") || !strings.Contains(got, "· Granted\n") {
		t.Errorf("the history shows %q", got)
	}
}

func TestCopyRequestMessage(t *testing.T) {
	k, store, c, _ := openTestimonials(t)
	addTestimonial(t, store, c.ID, "Maria K.")
	k.refreshShown()
	s := k.screens[screenTestimonials].(*testimonialsScreen)
	test.Tap(findButton(t, s.detail, "Copy request message"))
	if got := k.app.Clipboard().Content(); !strings.Contains(got, "Hello Maria K.") || !strings.Contains(got, "Olive & Sea") {
		t.Fatalf("clipboard holds %q", got)
	}
	if !strings.Contains(texts(s.detail), "Copied to the clipboard.") {
		t.Error("no confirmation")
	}
}

func TestEraseAsksThenRemoves(t *testing.T) {
	k, store, c, _ := openTestimonials(t)
	tm := addTestimonial(t, store, c.ID, "Maria K.")
	k.refreshShown()
	s := k.screens[screenTestimonials].(*testimonialsScreen)
	test.Tap(findButton(t, s.detail, "Erase person…"))
	if !strings.Contains(texts(overlay(t, k)), "Erase Maria K.") {
		t.Fatalf("the question reads %q", texts(overlay(t, k)))
	}
	test.Tap(findButton(t, overlay(t, k), "Cancel"))
	if list, _ := store.Testimonials(c.ID); len(list) != 1 {
		t.Fatal("cancel erased")
	}
	test.Tap(findButton(t, s.detail, "Erase person…"))
	test.Tap(findButton(t, overlay(t, k), "Erase"))
	if list, _ := store.Testimonials(c.ID); len(list) != 0 {
		t.Fatalf("after erase: %+v", list)
	}
	if _, err := store.Testimonial(tm.ID); err == nil {
		t.Error("the testimonial is still readable")
	}
	if !strings.Contains(texts(s.list), "No testimonials yet") {
		t.Errorf("the list shows %q", texts(s.list))
	}
}

func TestExpiringListAndExport(t *testing.T) {
	k, store, c, _ := openTestimonials(t)
	tm := addTestimonial(t, store, c.ID, "Maria K.")
	in10 := model.DateOf(testToday).AddDays(10)
	cn := grantedConsent(tm.ID, model.NewDate(2026, 1, 1), in10)
	if err := store.SaveConsent(&cn); err != nil {
		t.Fatal(err)
	}
	k.refreshShown()
	s := k.screens[screenTestimonials].(*testimonialsScreen)
	want := "Maria K. · last day " + in10.AddDays(-1).Time().Format("2 Jan 2006")
	if got := texts(s.expiring); !strings.Contains(got, want) {
		t.Errorf("expiring list %q, want %q", got, want)
	}
	s.filter.SetSelected(filterNone)
	if strings.Contains(texts(s.list), "Maria") {
		t.Error("the filter keeps a granted testimonial under Not requested")
	}
	var b bytes.Buffer
	if err := s.export(tm, &b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `"Name": "Maria K."`) || !strings.Contains(b.String(), `"History"`) {
		t.Errorf("export: %s", b.String())
	}
}

func TestTestimonialFormKeepsPhotoAndProfileLink(t *testing.T) {
	k, _ := newTestKairos(t, true)
	f := newTestimonialForm(k, consent.Testimonial{ClientID: 1, Person: consent.Person{Name: "Ana"}, Original: "Great."})
	f.photo.SetText("files/ana.jpg")
	f.profile.SetText("https://example.com/ana")
	got := f.read()
	if got.Photo != "files/ana.jpg" || got.ProfileLink != "https://example.com/ana" {
		t.Errorf("read %+v", got)
	}
}

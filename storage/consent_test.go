package storage

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"kairos/model"
	"kairos/model/consent"
)

func mustTestimonial(t *testing.T, s *Store, clientID int64) consent.Testimonial {
	t.Helper()
	tm := consent.Testimonial{ClientID: clientID, Person: consent.Person{Name: "Maria K."},
		Original: "The boat trip was the best day of our holiday.", Source: "Google review"}
	if err := s.SaveTestimonial(&tm); err != nil {
		t.Fatal(err)
	}
	return tm
}

func grantedConsent(testimonialID int64) consent.Consent {
	return consent.Consent{TestimonialID: testimonialID, Status: consent.Granted,
		Permissions: consent.Permissions{Name: consent.FullName, Photo: true},
		Platforms:   []model.Platform{model.Instagram, model.Facebook}, Purposes: []consent.Purpose{consent.Organic},
		Granted: model.NewDate(2026, 11, 1), Method: "email", EvidenceNote: "Reply to our email of 30 Oct",
		Wording: "May we quote your review on Instagram and Facebook?", Expires: model.NewDate(2027, 11, 1)}
}

func TestTestimonialRoundTripAndRefusals(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Olive & Sea")
	tm := mustTestimonial(t, s, c.ID)
	got, err := s.Testimonial(tm.ID)
	if err != nil || got.Person.Name != "Maria K." || got.Original != tm.Original || got.ClientID != c.ID {
		t.Fatalf("stored %+v, %v", got, err)
	}
	bad := consent.Testimonial{ClientID: c.ID, Original: "no name"}
	if err := s.SaveTestimonial(&bad); err == nil {
		t.Error("a testimonial without a person was saved")
	}
	if list, _ := s.Testimonials(c.ID); len(list) != 1 {
		t.Errorf("%d testimonials", len(list))
	}
}

func TestEveryConsentChangeIsAppendedToAHistoryThatCannotBeEdited(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Olive & Sea")
	tm := mustTestimonial(t, s, c.ID)
	cs := grantedConsent(tm.ID)
	if err := s.SaveConsent(&cs); err != nil {
		t.Fatal(err)
	}
	cs.Status, cs.WithdrawnOn, cs.WithdrawalChannel = consent.Withdrawn, model.NewDate(2027, 2, 2), "email"
	if err := s.SaveConsent(&cs); err != nil {
		t.Fatal(err)
	}
	history, err := s.ConsentHistory(cs.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(history) != 2 || history[0].State.Status != consent.Granted || history[1].State.Status != consent.Withdrawn ||
		history[1].State.WithdrawalChannel != "email" || history[0].At.After(history[1].At) {
		t.Fatalf("history = %+v", history)
	}
	if _, err := s.db.Exec(`UPDATE consent_history SET status = 'granted'`); err == nil {
		t.Fatal("the history could be edited")
	}
	if list, _ := s.Consents(tm.ID); len(list) != 1 || list[0].Status != consent.Withdrawn {
		t.Errorf("current state: %+v", list)
	}
}

func TestInvalidConsentChangesNothing(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Olive & Sea")
	tm := mustTestimonial(t, s, c.ID)
	for name, edit := range map[string]func(*consent.Consent){
		"expiry before grant":  func(c *consent.Consent) { c.Expires = model.NewDate(2026, 10, 1) },
		"unknown platform":     func(c *consent.Consent) { c.Platforms = []model.Platform{"myspace"} },
		"granted, no evidence": func(c *consent.Consent) { c.EvidenceNote, c.EvidenceFile = "", "" },
	} {
		cs := grantedConsent(tm.ID)
		edit(&cs)
		if err := s.SaveConsent(&cs); err == nil {
			t.Errorf("%s: saved", name)
		}
	}
	if list, _ := s.Consents(tm.ID); len(list) != 0 {
		t.Errorf("%d consents stored", len(list))
	}
	var n int
	s.db.QueryRow(`SELECT count(*) FROM consent_history`).Scan(&n)
	if n != 0 {
		t.Errorf("%d history rows for refused saves", n)
	}
}

func TestEraseRemovesThePersonCompletely(t *testing.T) {
	s := mustOpen(t)
	c := mustClient(t, s, "Olive & Sea")
	tm := mustTestimonial(t, s, c.ID)
	cs := grantedConsent(tm.ID)
	cs.EvidenceFile = "files/abc.pdf"
	if err := s.SaveConsent(&cs); err != nil {
		t.Fatal(err)
	}
	files, err := s.EraseTestimonial(tm.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 || files[0] != "files/abc.pdf" {
		t.Errorf("files to remove: %v", files)
	}
	for _, table := range []string{"testimonials", "consents", "consent_history"} {
		var n int
		s.db.QueryRow(`SELECT count(*) FROM ` + table).Scan(&n)
		if n != 0 {
			t.Errorf("%s keeps %d rows after erasure", table, n)
		}
	}
	if _, err := s.EraseTestimonial(tm.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("erasing twice: %v", err)
	}
}

func TestImportFileCopiesAndHashes(t *testing.T) {
	s := mustOpen(t)
	src := filepath.Join(t.TempDir(), "consent email.pdf")
	content := []byte("%PDF-1.4 yes, you may quote me")
	os.WriteFile(src, content, 0o600)
	rel, sum, err := s.ImportFile(src)
	if err != nil {
		t.Fatal(err)
	}
	want := sha256.Sum256(content)
	if sum != hex.EncodeToString(want[:]) || filepath.Ext(rel) != ".pdf" {
		t.Fatalf("rel %q sum %q", rel, sum)
	}
	copied, err := os.ReadFile(filepath.Join(filepath.Dir(s.Path()), rel))
	if err != nil || string(copied) != string(content) {
		t.Fatalf("copy: %q, %v", copied, err)
	}
	if ok, err := s.VerifyFile(rel, sum); !ok || err != nil {
		t.Errorf("verify of an untouched file: %v, %v", ok, err)
	}
	os.WriteFile(filepath.Join(filepath.Dir(s.Path()), rel), []byte("edited"), 0o600)
	if ok, _ := s.VerifyFile(rel, sum); ok {
		t.Error("a changed file still verifies")
	}
	if _, _, err := s.ImportFile(filepath.Join(t.TempDir(), "missing.pdf")); err == nil {
		t.Error("a missing file imported")
	}
}

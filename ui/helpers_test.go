package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
	"kairos/model/sample"
	"kairos/storage"
)

// testToday is the fixed "today" of UI tests.
var testToday = time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)

// newTestKairos opens a fresh store and builds the window on Fyne's test
// app. With withSample, the store holds the sample workspace first.
func newTestKairos(t *testing.T, withSample bool) (*Kairos, *storage.Store) {
	t.Helper()
	a, store := newTestStore(t, withSample)
	// Tests place days by column: pin Monday-first weeks, whatever LANG says.
	if err := store.SetSetting(settingWeekStart, "monday"); err != nil {
		t.Fatal(err)
	}
	k := New(a, store, func() time.Time { return testToday })
	k.win.Resize(fyne.NewSize(1200, 800))
	return k, store
}

// newTestStore is Fyne's test app and a fresh store, closed when the test
// ends; with withSample, the store holds the sample workspace.
func newTestStore(t *testing.T, withSample bool) (fyne.App, *storage.Store) {
	t.Helper()
	t.Setenv("LANG", "en_US.UTF-8")
	a := test.NewTempApp(t)
	store, err := storage.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	if withSample {
		if err := store.InsertSample(sample.Workspace(model.DateOf(testToday)), sample.Contests(model.DateOf(testToday))); err != nil {
			t.Fatal(err)
		}
	}
	return a, store
}

// walk visits o and everything inside it, widgets included, until visit
// returns false.
func walk(o fyne.CanvasObject, visit func(fyne.CanvasObject) bool) bool {
	if o == nil || !visit(o) {
		return false
	}
	switch v := o.(type) {
	case *fyne.Container:
		for _, child := range v.Objects {
			if !walk(child, visit) {
				return false
			}
		}
	case fyne.Widget:
		for _, child := range test.WidgetRenderer(v).Objects() {
			if !walk(child, visit) {
				return false
			}
		}
	}
	return true
}

// findButton returns the visible button labelled text under root.
func findButton(t *testing.T, root fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	walk(root, func(o fyne.CanvasObject) bool {
		if b, ok := o.(*widget.Button); ok && b.Text == text && b.Visible() {
			found = b
			return false
		}
		return true
	})
	if found == nil {
		t.Fatalf("no button %q", text)
	}
	return found
}

// overlay is the top pop-up (a dialog), failing when none is shown.
func overlay(t *testing.T, k *Kairos) fyne.CanvasObject {
	t.Helper()
	top := k.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is shown")
	}
	return top
}

// texts gathers every label and rich text string under root.
func texts(root fyne.CanvasObject) string {
	var b strings.Builder
	walk(root, func(o fyne.CanvasObject) bool {
		switch v := o.(type) {
		case *widget.Label:
			if v.Visible() {
				b.WriteString(v.Text + "\n")
			}
		case *widget.RichText:
			b.WriteString(v.String() + "\n")
		case *canvas.Text:
			if v.Visible() {
				b.WriteString(v.Text + "\n")
			}
		}
		return true
	})
	return b.String()
}

// mustClients reads the clients from the store.
func mustClients(t *testing.T, s *storage.Store) []model.Client {
	t.Helper()
	list, err := s.Clients()
	if err != nil {
		t.Fatal(err)
	}
	return list
}

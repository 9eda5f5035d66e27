package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestFirstRunOffersBothStarts(t *testing.T) {
	k, _ := newTestKairos(t, false)
	content := k.win.Content()
	findButton(t, content, "Create your first client")
	findButton(t, content, "Open the sample workspace")
	if k.switcher != nil {
		t.Error("the main layout is shown on an empty database")
	}
}

func TestOpenSampleWorkspaceFillsTheStore(t *testing.T) {
	k, store := newTestKairos(t, false)
	test.Tap(findButton(t, k.win.Content(), "Open the sample workspace"))
	clients := mustClients(t, store)
	if len(clients) != 3 {
		t.Fatalf("%d clients after opening the sample", len(clients))
	}
	if k.switcher == nil || len(k.switcher.Options) != 3 || k.switcher.Selected != clients[0].Name {
		t.Fatalf("switcher = %+v", k.switcher)
	}
	if k.shown != screenCalendar {
		t.Errorf("shown screen = %q, want the calendar", k.shown)
	}
}

func TestCreateFirstClientThroughTheDialog(t *testing.T) {
	k, store := newTestKairos(t, false)
	test.Tap(findButton(t, k.win.Content(), "Create your first client"))
	dlg := overlay(t, k)

	// Saving the empty form explains every problem and stores nothing.
	test.Tap(findButton(t, dlg, "Create client"))
	shown := texts(dlg)
	for _, want := range []string{"Give the client a name.", "Choose the client's country", "Choose the client's time zone"} {
		if !strings.Contains(shown, want) {
			t.Errorf("dialog does not say %q; it shows:\n%s", want, shown)
		}
	}
	if n := len(mustClients(t, store)); n != 0 {
		t.Fatalf("%d clients stored from an empty form", n)
	}

	form := dialogClientForm(t, k)
	test.Type(form.name, "Olive & Sea Travel")
	form.country.SetSelected("Greece (GR)")
	if form.timeZone.Text != "Europe/Athens" {
		t.Errorf("choosing Greece set the zone to %q", form.timeZone.Text)
	}
	test.Tap(findButton(t, dlg, "Create client"))

	clients := mustClients(t, store)
	if len(clients) != 1 || clients[0].Name != "Olive & Sea Travel" || clients[0].Country != "GR" || clients[0].TimeZone != "Europe/Athens" {
		t.Fatalf("stored %+v", clients)
	}
	if k.shown != screenSettings {
		t.Errorf("after the first client the %q screen shows, want Settings to add channels", k.shown)
	}
	if k.win.Canvas().Overlays().Top() != nil {
		t.Error("the dialog stayed open after a successful save")
	}
}

// dialogClientForm finds the client form inside the shown dialog.
func dialogClientForm(t *testing.T, k *Kairos) *clientForm {
	t.Helper()
	f := &clientForm{}
	walk(overlay(t, k), func(o fyne.CanvasObject) bool {
		if form, ok := o.(*widget.Form); ok {
			f.name = form.Items[0].Widget.(*widget.Entry)
			f.country = form.Items[1].Widget.(*widget.Select)
			f.timeZone = form.Items[3].Widget.(*widget.SelectEntry)
			return false
		}
		return true
	})
	if f.name == nil {
		t.Fatal("no client form in the dialog")
	}
	return f
}

func TestWindowFirstLoadWaitsForStartThenLoads(t *testing.T) {
	_, store := newTestKairos(t, true)
	k := build(test.NewTempApp(t), store, func() time.Time { return testToday }, true)
	if len(k.calendar.posts) != 0 {
		t.Fatal("the month loaded before the app started")
	}
	k.started()
	if len(k.calendar.posts) == 0 {
		t.Fatal("the month did not load when the app started")
	}
}

func TestFirstRunSampleLoadsTheCalendarAfterStart(t *testing.T) {
	_, store := newTestKairos(t, false)
	k := build(test.NewTempApp(t), store, func() time.Time { return testToday }, true)
	k.started() // the app starts on the welcome screen
	test.Tap(findButton(t, k.win.Content(), "Open the sample workspace"))
	if len(k.calendar.posts) == 0 {
		t.Fatal("the calendar is empty after opening the sample workspace")
	}
}

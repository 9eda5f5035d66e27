package ui

import (
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
)

func openSettings(t *testing.T, k *Kairos) *settings {
	t.Helper()
	k.show(screenSettings)
	return k.screens[screenSettings].(*settings)
}

func TestEditClientInSettings(t *testing.T) {
	k, store := newTestKairos(t, true)
	s := openSettings(t, k)
	before := mustClients(t, store)[0]
	if s.form.name.Text != before.Name {
		t.Fatalf("form shows %q, current client is %q", s.form.name.Text, before.Name)
	}
	s.form.name.SetText("Olive and Sea Tours")
	s.form.region.SetText("Crete")
	test.Tap(s.save)
	got, _ := store.Client(before.ID)
	if got.Name != "Olive and Sea Tours" || got.Region != "Crete" {
		t.Errorf("stored %+v", got)
	}
	if k.switcher.Selected != "Olive and Sea Tours" {
		t.Errorf("switcher shows %q after the rename", k.switcher.Selected)
	}
}

func TestBadEditShowsWhyAndChangesNothing(t *testing.T) {
	k, store := newTestKairos(t, true)
	s := openSettings(t, k)
	clients := mustClients(t, store)
	s.form.name.SetText(clients[1].Name) // taken by another client
	test.Tap(s.save)
	if !s.form.problems.Visible() || !strings.Contains(s.form.problems.Text, "already a client called") {
		t.Errorf("problem shown: %q", s.form.problems.Text)
	}
	s.form.name.SetText("Fine name")
	s.form.timeZone.SetText("Europe/Atlantis")
	test.Tap(s.save)
	if !strings.Contains(s.form.problems.Text, "not a time zone") {
		t.Errorf("problem shown: %q", s.form.problems.Text)
	}
	if after := mustClients(t, store); after[0] != clients[0] {
		t.Errorf("client changed to %+v", after[0])
	}
}

func TestDeleteClientWithPostsAsksFirst(t *testing.T) {
	k, store := newTestKairos(t, true)
	s := openSettings(t, k)
	victim := mustClients(t, store)[0]
	posts, _ := store.PostCount(victim.ID)

	test.Tap(s.remove)
	question := texts(overlay(t, k))
	if !strings.Contains(question, victim.Name) || !strings.Contains(question, strconv.Itoa(posts)+" posts") {
		t.Fatalf("confirmation says %q; it should name the client and its %d posts", question, posts)
	}
	test.Tap(findButton(t, overlay(t, k), "Cancel"))
	if _, err := store.Client(victim.ID); err != nil {
		t.Fatal("Cancel deleted the client")
	}

	test.Tap(s.remove)
	test.Tap(findButton(t, overlay(t, k), "Delete"))
	if _, err := store.Client(victim.ID); err == nil {
		t.Fatal("confirmed delete kept the client")
	}
	if n, _ := store.PostCount(victim.ID); n != 0 {
		t.Errorf("%d posts left", n)
	}
	if len(k.switcher.Options) != 2 || k.switcher.Selected == victim.Name {
		t.Errorf("switcher after delete: %v, selected %q", k.switcher.Options, k.switcher.Selected)
	}
}

func TestDeletingTheLastClientReturnsToFirstRun(t *testing.T) {
	k, store := newTestKairos(t, false)
	c := model.Client{Name: "Solo", Country: "GB", TimeZone: "Europe/London", Color: "#2E86AB"}
	if err := store.CreateClient(&c); err != nil {
		t.Fatal(err)
	}
	k.clientsChanged(c.ID)
	s := openSettings(t, k)
	test.Tap(s.remove)
	test.Tap(findButton(t, overlay(t, k), "Delete"))
	findButton(t, k.win.Content(), "Open the sample workspace")
}

func TestAddEditAndDeleteChannel(t *testing.T) {
	k, store := newTestKairos(t, true)
	s := openSettings(t, k)
	client, _ := k.currentClient()
	before, _ := store.Channels(client.ID)

	test.Tap(s.addChannel)
	dlg := overlay(t, k)
	form := dialogChannelForm(t, dlg)
	form.platform.SetSelected("Telegram")
	form.handle.SetText("@olive_news")
	form.limit.SetText("a lot")
	test.Tap(findButton(t, dlg, "Add channel"))
	if !strings.Contains(texts(dlg), "whole number") {
		t.Errorf("a bad limit is not explained: %q", texts(dlg))
	}
	form.limit.SetText("1,024")
	test.Tap(findButton(t, dlg, "Add channel"))
	after, _ := store.Channels(client.ID)
	if len(after) != len(before)+1 {
		t.Fatalf("%d channels, want %d", len(after), len(before)+1)
	}
	var tg model.Channel
	for _, ch := range after {
		if ch.Platform == model.Telegram {
			tg = ch
		}
	}
	if tg.Handle != "@olive_news" || tg.Limit() != 1024 {
		t.Errorf("stored %+v", tg)
	}
	if !strings.Contains(texts(s.channels), "Telegram @olive_news") {
		t.Errorf("the list does not show the new channel: %q", texts(s.channels))
	}

	row := channelRowFor(t, s, "Telegram @olive_news")
	test.Tap(findButton(t, row, "Delete"))
	test.Tap(findButton(t, overlay(t, k), "Delete"))
	if final, _ := store.Channels(client.ID); len(final) != len(before) {
		t.Errorf("%d channels after delete, want %d", len(final), len(before))
	}
}

func TestSwitcherChoiceIsRemembered(t *testing.T) {
	k, store := newTestKairos(t, true)
	clients := mustClients(t, store)
	k.switcher.SetSelected(clients[2].Name)
	if k.current != clients[2].ID {
		t.Fatalf("current = %d, want %d", k.current, clients[2].ID)
	}
	again := New(test.NewTempApp(t), store, k.now)
	if again.current != clients[2].ID || again.switcher.Selected != clients[2].Name {
		t.Errorf("a new window starts on client %d (%q)", again.current, again.switcher.Selected)
	}
}

func TestNavigationByButtonAndShortcut(t *testing.T) {
	k, _ := newTestKairos(t, true)
	for _, name := range screenOrder {
		test.Tap(k.nav.buttons[name])
		if k.shown != name || k.nav.buttons[name].Importance != widget.HighImportance {
			t.Errorf("tapping %s shows %s", name, k.shown)
		}
		if strings.Contains(texts(k.body), "not built yet") {
			t.Errorf("%s still says it is not built yet", name)
		}
	}
	k.win.Canvas().(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(ctrl(fyne.Key5))
	if k.shown != screenSettings {
		t.Errorf("Ctrl+5 shows %s", k.shown)
	}
}

func dialogChannelForm(t *testing.T, dlg fyne.CanvasObject) *channelForm {
	t.Helper()
	f := &channelForm{}
	walk(dlg, func(o fyne.CanvasObject) bool {
		if form, ok := o.(*widget.Form); ok {
			f.platform = form.Items[0].Widget.(*widget.Select)
			f.handle = form.Items[1].Widget.(*widget.Entry)
			f.limit = form.Items[2].Widget.(*widget.Entry)
			return false
		}
		return true
	})
	if f.platform == nil {
		t.Fatal("no channel form in the dialog")
	}
	return f
}

func channelRowFor(t *testing.T, s *settings, label string) fyne.CanvasObject {
	t.Helper()
	for _, row := range s.channels.Objects {
		if strings.Contains(texts(row), label) {
			return row
		}
	}
	t.Fatalf("no channel row %q", label)
	return nil
}

func TestRegionChoicesFollowTheCountry(t *testing.T) {
	f := newClientForm()
	f.country.SetSelected("Germany (DE)")
	if len(f.regions) < 10 {
		t.Errorf("German regions offered: %v", f.regions)
	}
	f.country.SetSelected("Greece (GR)")
	if len(f.regions) != 0 {
		t.Errorf("Greece offers regions %v", f.regions)
	}
}
